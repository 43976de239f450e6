package org.reportlens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Style;

/**
 * Puts the lines of one PDF page in reading order and groups them into blocks.
 *
 * <p>Columns come from the page itself: an x position in the middle of the page that few lines
 * cross while many lines lie wholly on either side is a gutter (one or two of them: 2 or 3
 * columns). Lines PDFBox merged across a gutter are cut there. The page is then read top to bottom
 * in segments: a line that spans a gutter (a title, a full-width paragraph) or sits in the top or
 * bottom band (running heads, page numbers) is read where it stands, and between two such lines
 * each column is read in full before the next. Rotated lines come last, each its own block.
 *
 * <p>Within a column a new block starts at a wider vertical gap than the page's usual line
 * spacing, at a change of font size, between a bold line and a plain one, and at a first-line
 * indent. Each block carries its {@link Style}. Does not decide what a block is (heading,
 * footnote, furniture): the layout stage does, from the style. Stateless.
 */
final class PageLayout {
  /** Share of the page height at the top and bottom where running heads and page numbers sit. */
  static final double BAND = 0.08;

  private PageLayout() {}

  static List<Block> blocks(List<PdfLine> raw, int page, double width, double height) {
    List<PdfLine> upright = new ArrayList<>();
    List<PdfLine> rotated = new ArrayList<>();
    for (PdfLine l : raw) (l.rotated ? rotated : upright).add(l);
    // Gutters from the lines off the page's outer edges, then the bands from the lines cut at them:
    // a running head PDFBox merged with a column's first line has that line's baseline.
    List<Double> gutters = gutters(upright.stream().filter(l -> !atEdge(l, height)).toList(), width);
    List<PdfLine> lines = new ArrayList<>();
    for (PdfLine l : upright) lines.addAll(cut(l, gutters));
    lines = joinRaised(lines);
    java.util.Set<PdfLine> band = band(lines, height);
    lines.sort(Comparator.comparingDouble((PdfLine l) -> l.baseline).thenComparingDouble(l -> l.x0));

    double spacing = spacing(lines);
    List<List<PdfLine>> groups = new ArrayList<>();
    List<List<PdfLine>> columns = new ArrayList<>();
    for (int c = 0; c <= gutters.size(); c++) columns.add(new ArrayList<>());
    List<PdfLine> spanning = new ArrayList<>();
    for (PdfLine l : lines) {
      int col = column(l, gutters);
      boolean inBand = band.contains(l);
      if (col < 0 || inBand) {
        flushColumns(columns, groups, spacing);
        if (inBand) {
          flush(spanning, groups, spacing);
          groups.add(List.of(l));
        } else {
          spanning.add(l);
        }
      } else {
        flush(spanning, groups, spacing);
        columns.get(col).add(l);
      }
    }
    flush(spanning, groups, spacing);
    flushColumns(columns, groups, spacing);
    for (PdfLine l : rotated) groups.add(List.of(l));

    List<Block> out = new ArrayList<>();
    boolean first = true;
    for (List<PdfLine> g : groups) {
      boolean furniture = g.size() == 1 && band.contains(g.get(0));
      out.add(block(g, page, width, height, first && !furniture));
      if (!furniture) first = false;
    }
    return out;
  }

  private static void flushColumns(List<List<PdfLine>> columns, List<List<PdfLine>> groups, double spacing) {
    for (List<PdfLine> col : columns) flush(col, groups, spacing);
  }

  private static void flush(List<PdfLine> lines, List<List<PdfLine>> groups, double spacing) {
    if (lines.isEmpty()) return;
    groups.addAll(group(new ArrayList<>(lines), spacing));
    lines.clear();
  }

  /** Column index of a line, -1 when it spans a gutter. */
  private static int column(PdfLine l, List<Double> gutters) {
    int c = 0;
    for (double g : gutters) {
      if (l.x1 <= g) return c;
      if (l.x0 < g) return -1;
      c++;
    }
    return c;
  }

  private static List<PdfLine> cut(PdfLine l, List<Double> gutters) {
    List<PdfLine> parts = new ArrayList<>(List.of(l));
    for (double g : gutters) {
      List<PdfLine> next = new ArrayList<>();
      for (PdfLine p : parts) next.addAll(p.splitAt(g));
      parts = next;
    }
    return parts;
  }

  private static boolean atEdge(PdfLine l, double height) {
    return height > 0 && (l.bottom() < height * BAND || l.top > height * (1 - BAND));
  }

  /**
   * Lines of the top and bottom bands, where running heads, footers and page numbers sit: in the
   * outer 12% of the page and set apart from the text towards the middle of the page by a gap wider
   * than the page's line spacing (a footnote's last line follows its neighbours closely), or in the
   * outer {@link #BAND} whatever the gap.
   */
  static java.util.Set<PdfLine> band(List<PdfLine> lines, double height) {
    java.util.Set<PdfLine> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    if (height <= 0) return out;
    List<PdfLine> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble(l -> l.baseline));
    double spacing = spacing(sorted);
    List<Double> sizes = new ArrayList<>();
    for (PdfLine l : lines) sizes.add(l.size);
    sizes.sort(null);
    double typical = sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
    for (int dir = 0; dir < 2; dir++) {
      // Walk from the page edge inwards; stop at the first line that is part of the text.
      List<PdfLine> order = new ArrayList<>(sorted);
      if (dir == 1) java.util.Collections.reverse(order);
      for (int i = 0; i < order.size(); i++) {
        PdfLine l = order.get(i);
        boolean outer = atEdge(l, height);
        boolean zone = dir == 0 ? l.bottom() < height * 0.12 : l.top > height * 0.88;
        if (!zone || l.size > typical * 1.3) break; // a title in large type is not furniture
        double gap = Double.MAX_VALUE;
        for (int k = i + 1; k < order.size(); k++) {
          PdfLine m = order.get(k);
          double d = Math.abs(m.baseline - l.baseline);
          if (d > height * 0.2) break;
          if (m.x0 < l.x1 && m.x1 > l.x0 && d > l.size * 0.5) {
            gap = d;
            break;
          }
        }
        double usual = Math.max(spacing, Math.max(l.size, 1) * 1.15);
        if (outer || gap > usual * 1.4) out.add(l);
        else break;
      }
    }
    return out;
  }

  /**
   * Superscript numbers PDFBox read as lines of their own (a footnote's number at the foot, a
   * marker after a word) put back into the line they are raised above: glued to the word before
   * them, or as the first word.
   */
  static List<PdfLine> joinRaised(List<PdfLine> lines) {
    List<PdfLine> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      PdfLine r = out.get(i);
      if (r.chars > 3 || r.words.size() > 1 || !r.text().matches("[\\d*†‡]+")) continue;
      int host = -1;
      for (int k = Math.max(0, i - 3); k < Math.min(out.size(), i + 4); k++) {
        PdfLine h = out.get(k);
        if (k == i || h.size < r.size * 1.25 || h.rotated) continue;
        boolean raised = r.baseline < h.baseline && r.baseline > h.baseline - h.size;
        boolean beside = r.x0 >= h.x0 - h.size * 2 && r.x0 <= h.x1 + h.size;
        if (raised && beside) {
          host = k;
          break;
        }
      }
      if (host < 0) continue;
      PdfLine h = out.get(host);
      List<PdfWord> words = new ArrayList<>(h.words);
      PdfWord mark = r.words.get(0);
      int at = 0;
      while (at < words.size() && words.get(at).x0() < mark.x0()) at++;
      if (at > 0 && mark.x0() - words.get(at - 1).x1() < h.size * 0.25) {
        PdfWord w = words.get(at - 1);
        words.set(at - 1, new PdfWord(w.text() + mark.text(), w.x0(), mark.x1(), w.top(), w.baseline(), w.size(),
            w.chars(), w.boldChars(), w.italicChars(), w.rotated()));
      } else {
        words.add(at, new PdfWord(mark.text(), mark.x0(), mark.x1(), mark.top(), h.baseline, h.size, 0, 0, 0, false));
      }
      out.set(host, new PdfLine(words));
      out.remove(i);
      i--;
    }
    return out;
  }

  /**
   * Gutter x positions, left to right: x in the middle 70% of the page that at most a quarter of
   * the lines cross (by a word, not a wide gap) while at least a tenth of them lie wholly on each
   * side. Runs of such x are one gutter each, placed where fewest lines cross; at most two.
   */
  static List<Double> gutters(List<PdfLine> lines, double width) {
    int n = lines.size();
    List<Double> out = new ArrayList<>();
    if (n < 6 || width <= 0) return out;
    // Within each run of acceptable x, the gutter is the middle of the longest stretch where the
    // fewest lines cross: the middle of the white space, away from the columns' ragged edges.
    List<double[]> run = new ArrayList<>(); // {x, cross}
    for (double x = width * 0.15; x <= width * 0.85 + 2; x += 2) {
      boolean ok = false;
      int cross = 0;
      if (x <= width * 0.85) {
        int left = 0;
        int right = 0;
        for (PdfLine l : lines) {
          if (l.covers(x)) cross++;
          else {
            if (l.x0 < x) left++;
            if (l.x1 > x) right++;
          }
        }
        ok = cross <= n * 0.25 && left >= Math.max(3, n * 0.1) && right >= Math.max(3, n * 0.1);
      }
      if (ok) {
        run.add(new double[] {x, cross});
      } else if (!run.isEmpty()) {
        double g = middleOfFewest(run, n);
        if (!Double.isNaN(g)) out.add(g);
        run.clear();
      }
    }
    if (out.size() > 2) return List.of(); // a table or a chart, not columns of text
    return out;
  }

  private static double middleOfFewest(List<double[]> run, int lines) {
    // "Fewest" with a little slack: one stray label in the gutter must not cut it in two.
    double min = run.stream().mapToDouble(r -> r[1]).min().orElse(0) + Math.max(1, lines * 0.03);
    int bestStart = 0;
    int bestLen = 0;
    for (int i = 0; i < run.size(); ) {
      if (run.get(i)[1] > min) {
        i++;
        continue;
      }
      int j = i;
      while (j < run.size() && run.get(j)[1] <= min) j++;
      if (j - i > bestLen) {
        bestLen = j - i;
        bestStart = i;
      }
      i = j;
    }
    // A gutter is white space a few points wide, not word spaces that happen to line up.
    if (bestLen < 3) return Double.NaN;
    return (run.get(bestStart)[0] + run.get(bestStart + bestLen - 1)[0]) / 2;
  }

  /** The usual baseline-to-baseline distance between consecutive lines on the page. */
  static double spacing(List<PdfLine> lines) {
    List<Double> d = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      PdfLine a = lines.get(i - 1);
      PdfLine b = lines.get(i);
      double delta = b.baseline - a.baseline;
      if (Math.abs(a.size - b.size) < 0.6 && delta > a.size * 0.8 && delta < a.size * 3) d.add(delta);
    }
    if (d.isEmpty()) return 0;
    d.sort(null);
    return d.get(d.size() / 2);
  }

  /** Splits the lines of one column (top to bottom) into blocks. */
  static List<List<PdfLine>> group(List<PdfLine> col, double spacing) {
    List<List<PdfLine>> out = new ArrayList<>();
    List<PdfLine> cur = new ArrayList<>();
    double right = col.stream().mapToDouble(l -> l.x1).max().orElse(0);
    double left = col.stream().mapToDouble(l -> l.x0).min().orElse(0);
    for (int i = 0; i < col.size(); i++) {
      PdfLine l = col.get(i);
      PdfLine prev = cur.isEmpty() ? null : cur.get(cur.size() - 1);
      if (prev != null && (breaksBefore(prev, l, i + 1 < col.size() ? col.get(i + 1) : null, spacing)
          || endsParagraph(prev, l, right - left, right))) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(l);
    }
    if (!cur.isEmpty()) out.add(cur);
    return out;
  }

  static boolean breaksBefore(PdfLine prev, PdfLine l, PdfLine next, double spacing) {
    double size = Math.max(prev.size, l.size);
    if (Math.abs(prev.size - l.size) > Math.max(0.6, size * 0.08)) return true;
    if ((prev.boldShare >= 0.9 && l.boldShare < 0.5) || (l.boldShare >= 0.9 && prev.boldShare < 0.5)) return true;
    double delta = l.baseline - prev.baseline;
    double usual = spacing > 0 && spacing < size * 2.2 ? Math.max(spacing, size) : size * 1.2;
    if (delta > usual + Math.max(size * 0.25, usual * 0.2) || delta < -size * 0.5) return true;
    if (l.x1 < prev.x0 || l.x0 > prev.x1) return true; // side by side, not one above the other
    // First-line indent: this line starts further right than the last and the next comes back.
    boolean indented = l.x0 > prev.x0 + size * 0.7;
    return indented && (next == null || next.x0 < l.x0 - size * 0.7) && !startsLowerCase(l);
  }

  /**
   * A line that ends a sentence well short of the column's right edge, before a line that starts
   * one: the last line of a paragraph set without indent or space after it.
   */
  static boolean endsParagraph(PdfLine prev, PdfLine l, double columnWidth, double right) {
    String p = prev.text();
    String t = l.text();
    if (p.isEmpty() || t.isEmpty() || columnWidth <= 0) return false;
    boolean ended = ".!?:\"”)".indexOf(p.charAt(p.length() - 1)) >= 0;
    boolean short_ = prev.x1 < right - Math.max(columnWidth * 0.15, prev.size * 3);
    char c = t.charAt(0);
    boolean starts = Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘•–-".indexOf(c) >= 0;
    return ended && short_ && starts;
  }

  private static boolean startsLowerCase(PdfLine l) {
    String t = l.words.get(0).text();
    return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
  }

  static Block block(List<PdfLine> lines, int page, double width, double height, boolean pageStart) {
    StringBuilder text = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    java.util.Map<Long, Integer> sizes = new java.util.HashMap<>();
    int chars = 0;
    double bold = 0;
    double italic = 0;
    for (PdfLine l : lines) {
      if (text.length() > 0) text.append('\n');
      text.append(l.text());
      x0 = Math.min(x0, l.x0);
      x1 = Math.max(x1, l.x1);
      top = Math.min(top, l.top);
      bottom = Math.max(bottom, l.bottom());
      sizes.merge(Math.round(l.size * 2), l.chars, Integer::sum);
      chars += l.chars;
      bold += l.boldShare * l.chars;
      italic += l.italicShare * l.chars;
    }
    double size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(0.0);
    boolean isBold = chars > 0 && bold / chars >= 0.6;
    boolean isItalic = chars > 0 && italic / chars >= 0.6;
    Style style = new Style(size, isBold, isItalic, x0, top, x1 - x0, bottom - top, width, height, pageStart);
    return new Block(TikaExtractor.normalize(text.toString()), page, BlockKind.PARAGRAPH, 0, style);
  }
}
