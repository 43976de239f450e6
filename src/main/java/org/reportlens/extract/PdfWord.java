package org.reportlens.extract;

/**
 * One word of a PDF page as PDFBox placed it: text, box (PDF points from the page's top-left),
 * font size and how many of its characters are bold or italic. Built by {@link StyledTextStripper},
 * or by hand in tests.
 *
 * @param rotated the glyphs run along another direction than the page's text (chart axes, stamps)
 */
record PdfWord(String text, double x0, double x1, double top, double baseline, double size,
               int chars, int boldChars, int italicChars, boolean rotated) {

  /** A plain upright word of {@code size} points, its width estimated from its length (tests). */
  static PdfWord of(String text, double x0, double baseline, double size) {
    double width = text.length() * size * 0.5;
    return new PdfWord(text, x0, x0 + width, baseline - size * 0.8, baseline, size, text.length(), 0, 0, false);
  }

  PdfWord bold() { return new PdfWord(text, x0, x1, top, baseline, size, chars, chars, italicChars, rotated); }

  PdfWord italic() { return new PdfWord(text, x0, x1, top, baseline, size, chars, boldChars, chars, rotated); }
}
