package org.reportlens.model;

/**
 * A bookmark of the document outline (PDF bookmarks), with its nesting depth (1 = top) and the
 * 1-based page it points to (0 when unknown).
 */
public record OutlineEntry(String title, int depth, int page) {
  public OutlineEntry(String title, int depth) { this(title, depth, 0); }
}
