package org.reportlens.model;

/**
 * A heading inside a unit, as printed ("II. Political developments").
 *
 * @param number the printed number ("II", "3.1", "B"), null when unnumbered
 * @param level  1 = top level inside the unit
 * @param page   the page the heading stands on, null when unpaged
 * @param offset character position in the unit's text where the section starts
 */
public record Section(String number, String title, int level, Integer page, int offset) {
  public Section {
    if (title == null || title.isBlank()) throw new IllegalArgumentException("section title");
    if (level < 1) throw new IllegalArgumentException("section level " + level);
    if (offset < 0) throw new IllegalArgumentException("section offset " + offset);
  }
}
