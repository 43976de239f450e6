package org.reportlens.model;

/** An essay author as the byline and table of contents give them; affiliation may be null. */
public record Author(String name, String affiliation) {
  public Author {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("author name");
  }
}
