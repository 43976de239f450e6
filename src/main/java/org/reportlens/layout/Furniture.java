package org.reportlens.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.Style;

/**
 * Finds page furniture: running heads, running footers and page numbers. A candidate is a short
 * block (at most three lines) in the top or bottom band of its page, set in type no larger than
 * the body's. It is furniture when it is a page number by its form ("12", "xii", "Page 12",
 * "3/18", "— 91 —", "12 of 40"), or when its shape (lower case, digits as "#", numbers at either
 * end dropped) recurs in the same band on at least three pages (two in a document of six pages or
 * fewer): a publication line with the page number on either side ("16 International IDEA",
 * "International IDEA 29"), a job number ("25-12331"), a report number with a short title, or a
 * chapter title repeated on alternate pages. Stateless.
 */
final class Furniture {
  static final double BAND = 0.12;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^(?:page\\s+)?[-–—]*\\s*(?:\\d{1,4}|[ivxlc]{1,7})\\s*[-–—]*(?:\\s*(?:of|/)\\s*\\d{1,4})?$");
  private static final Pattern EDGE_NUMBERS = Pattern.compile("^(?:[#|•·–—-]\\s*)+|(?:\\s*[#|•·–—-])+$");

  private Furniture() {}

  /** What a block was taken out as: "header", "footer" or "pageNumber"; null when it is not furniture. */
  static Map<Block, String> find(List<Block> blocks, double bodySize, int pages) {
    Map<String, Set<Integer>> recurrence = new HashMap<>();
    List<Block> candidates = new ArrayList<>();
    for (Block b : blocks) {
      if (band(b, bodySize) == 0) continue;
      candidates.add(b);
      recurrence.computeIfAbsent(band(b, bodySize) + "|" + shape(b.text()), k -> new HashSet<>()).add(b.page());
    }
    int needed = pages <= 6 ? 2 : 3;
    Map<Block, String> out = new java.util.IdentityHashMap<>();
    for (Block b : candidates) {
      int band = band(b, bodySize);
      String t = b.text().replace('\n', ' ').strip();
      String key = shape(b.text());
      if (PAGE_NUMBER.matcher(t).matches()) {
        out.put(b, "pageNumber");
      } else if (!key.isEmpty() && recurrence.get(band + "|" + key).size() >= needed) {
        out.put(b, band < 0 ? "header" : "footer");
      }
    }
    return out;
  }

  /** The distinct texts of the furniture other than page numbers, numbers at either end dropped. */
  static List<String> texts(Map<Block, String> furniture) {
    Map<String, String> byShape = new LinkedHashMap<>();
    furniture.forEach((b, why) -> {
      if (!why.equals("pageNumber")) {
        String t = b.text().replace('\n', ' ').strip().replaceAll("^\\d+\\s+|\\s+\\d+$", "");
        byShape.putIfAbsent(shape(t), t);
      }
    });
    return new ArrayList<>(byShape.values());
  }

  /** -1 for the top band, 1 for the bottom band, 0 elsewhere or when the block is not furniture-like. */
  static int band(Block b, double bodySize) {
    Style s = b.style();
    if (s == null || s.pageHeight() <= 0) return 0;
    if (b.text().split("\n").length > 3 || b.text().length() > 200) return 0;
    if (bodySize > 0 && s.fontSize() > bodySize * 1.2 + 0.5) return 0;
    if (s.y() + s.height() < s.pageHeight() * BAND) return -1;
    if (s.y() > s.pageHeight() * (1 - BAND)) return 1;
    return 0;
  }

  /**
   * Lower case, spaces collapsed, digit runs as "#", numbers and rules at either end dropped when
   * words remain ("16 International IDEA" and "International IDEA 29" are one shape; "25-12331" is "#-#").
   */
  static String shape(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    String words = EDGE_NUMBERS.matcher(s).replaceAll("").strip();
    return words.chars().anyMatch(Character::isLetter) ? words : s;
  }
}
