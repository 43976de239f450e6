package org.reportlens.model;

/** A half-open character range [begin, end) in one text. The one span type used everywhere. */
public record TextSpan(int begin, int end) {
  public TextSpan {
    if (begin < 0 || end < begin) throw new IllegalArgumentException(begin + ".." + end);
  }

  public int length() { return end - begin; }

  public boolean contains(TextSpan other) { return begin <= other.begin && other.end <= end; }
}
