package org.reportlens.extract;

import java.util.regex.Pattern;

/**
 * Inline markers the cleaner leaves in block text so that positions survive joins: a footnote
 * reference and a page break, each written with private-use characters no report contains.
 * The segmenter turns them into {@code FootnoteRef}s and {@code PageStart}s and strips them.
 */
public final class Markers {
  public static final char FOOTNOTE_OPEN = '\uE000';
  public static final char FOOTNOTE_CLOSE = '\uE001';
  public static final char PAGE_OPEN = '\uE002';
  public static final char PAGE_CLOSE = '\uE003';
  public static final Pattern ANY = Pattern.compile("([\uE000\uE002])(\\d+)[\uE001\uE003]");

  private Markers() {}

  public static String footnote(int number) { return FOOTNOTE_OPEN + Integer.toString(number) + FOOTNOTE_CLOSE; }

  public static String page(int page) { return PAGE_OPEN + Integer.toString(page) + PAGE_CLOSE; }

  /** The text without any marker. */
  public static String strip(String s) { return ANY.matcher(s).replaceAll(""); }
}
