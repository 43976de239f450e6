package org.reportlens.model;

/** First and last page of an essay, 1-based, as the PDF numbers them. */
public record PageRange(int first, int last) {
  public PageRange {
    if (first < 1 || last < first) throw new IllegalArgumentException(first + ".." + last);
  }
}
