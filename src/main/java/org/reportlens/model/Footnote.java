package org.reportlens.model;

/** A footnote taken out of the body: its printed number, text and page (0 when unpaged). */
public record Footnote(int number, String text, int page) {
  public Footnote {
    if (text == null || text.isBlank()) throw new IllegalArgumentException("empty footnote " + number);
  }
}
