package org.reportlens.layout;

import org.reportlens.model.Block;
import org.reportlens.model.Style;

/**
 * Text that belongs to a figure, chart or table rather than to the running text: a short block in
 * type clearly smaller than the body's that does not open with a note number (axis labels,
 * legends, cell values), a block of three or more very short lines that are mostly numbers (a
 * table column), or letter-spaced fragments in body-size type ("C O S T S"). Stateless.
 */
final class FigureText {
  private FigureText() {}

  /** "figureText" when the block is figure text, else null. */
  static String reason(Block b, double body) {
    Style s = b.style();
    if (s == null || body <= 0) return null;
    String t = b.text().strip();
    if (t.isEmpty()) return "figureText";
    String[] lines = t.split("\n");
    String[] tokens = t.split("\\s+");
    boolean small = s.fontSize() < body * 0.78;
    if (small && tokens.length <= 12 && !Character.isDigit(t.charAt(0)) && !t.matches("(?s).*[.!?]\\s*$")) return "figureText";
    if (lines.length >= 3 && tokens.length <= lines.length * 2.5) {
      int numeric = 0;
      for (String tok : tokens) if (tok.matches("[-+(]?[\\d.,%$€£)]+")) numeric++;
      if (numeric * 2 > tokens.length) return "figureText";
    }
    int single = 0;
    for (String tok : tokens) if (tok.length() == 1 && Character.isLetter(tok.charAt(0))) single++;
    if (tokens.length >= 4 && single * 10 >= tokens.length * 8 && s.fontSize() <= body * 1.05) return "figureText";
    return null;
  }
}
