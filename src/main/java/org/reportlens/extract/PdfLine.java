package org.reportlens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A line of words on one baseline, in left-to-right order, with its box and dominant type. */
final class PdfLine {
  final List<PdfWord> words;
  final double x0;
  final double x1;
  final double top;
  final double baseline;
  final double size;
  final double boldShare;
  final double italicShare;
  final boolean rotated;
  final int chars;

  PdfLine(List<PdfWord> words) {
    if (words.isEmpty()) throw new IllegalArgumentException("empty line");
    this.words = List.copyOf(words);
    double a = Double.MAX_VALUE;
    double b = -Double.MAX_VALUE;
    double t = Double.MAX_VALUE;
    double base = -Double.MAX_VALUE;
    int n = 0;
    int bold = 0;
    int italic = 0;
    int rot = 0;
    java.util.Map<Long, Integer> sizes = new java.util.HashMap<>();
    for (PdfWord w : words) {
      a = Math.min(a, w.x0());
      b = Math.max(b, w.x1());
      t = Math.min(t, w.top());
      base = Math.max(base, w.baseline());
      n += w.chars();
      bold += w.boldChars();
      italic += w.italicChars();
      if (w.rotated()) rot += w.chars();
      sizes.merge(Math.round(w.size() * 2), w.chars(), Integer::sum);
    }
    x0 = a;
    x1 = b;
    top = t;
    baseline = base;
    chars = n;
    boldShare = n == 0 ? 0 : (double) bold / n;
    italicShare = n == 0 ? 0 : (double) italic / n;
    rotated = rot * 2 > n;
    size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(0.0);
  }

  static PdfLine of(PdfWord... words) { return new PdfLine(List.of(words)); }

  String text() { return words.stream().map(PdfWord::text).collect(Collectors.joining(" ")); }

  double width() { return x1 - x0; }

  double bottom() { return baseline + size * 0.25; }

  boolean bold() { return boldShare >= 0.6; }

  boolean italic() { return italicShare >= 0.6; }

  /** True when a word of this line covers {@code x}. */
  boolean covers(double x) {
    for (PdfWord w : words) if (w.x0() < x && w.x1() > x) return true;
    return false;
  }

  /**
   * The line cut at {@code x} when it has words on both sides of x and the gap there is wide (a
   * column gutter, not a word space); else the line itself.
   */
  List<PdfLine> splitAt(double x) {
    List<PdfWord> left = new ArrayList<>();
    List<PdfWord> right = new ArrayList<>();
    for (PdfWord w : words) (w.x1() <= x ? left : right).add(w);
    if (left.isEmpty() || right.isEmpty()) return List.of(this);
    double gap = right.get(0).x0() - left.get(left.size() - 1).x1();
    if (gap < size * 0.8) return List.of(this);
    return List.of(new PdfLine(left), new PdfLine(right));
  }
}
