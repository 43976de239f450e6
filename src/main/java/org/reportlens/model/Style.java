package org.reportlens.model;

/**
 * Typography and position of a block as the page shows it (PDF only; null for formats without a
 * page). Sizes in PDF points; x/y of the block's top-left corner from the page's top-left.
 *
 * @param fontSize  the dominant font size of the block's characters
 * @param bold      most characters bold (font name or weight)
 * @param italic    most characters italic
 * @param pageStart the block is the first body block of its page (chapter openings)
 */
public record Style(double fontSize, boolean bold, boolean italic, double x, double y, double width,
                    double height, double pageWidth, double pageHeight, boolean pageStart) {
  public Style {
    if (!(fontSize >= 0)) throw new IllegalArgumentException("font size " + fontSize);
  }
}
