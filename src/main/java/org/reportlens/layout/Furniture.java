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
    Map<Integer, Double> bodyTop = bodyTops(blocks, bodySize);
    Map<String, Set<Integer>> recurrence = new HashMap<>();
    List<Block> candidates = new ArrayList<>();
    for (Block b : blocks) {
      int band = band(b, bodySize, bodyTop.getOrDefault(b.page(), 0.0));
      if (band == 0) continue;
      candidates.add(b);
      recurrence.computeIfAbsent(band + "|" + shape(b.text()), k -> new HashSet<>()).add(b.page());
    }
    int needed = pages <= 6 ? 2 : 3;
    Map<Block, String> out = new java.util.IdentityHashMap<>();
    Map<Integer, Integer> offsets = new HashMap<>(); // page minus printed folio -> how often
    for (Block b : candidates) {
      int band = band(b, bodySize, bodyTop.getOrDefault(b.page(), 0.0));
      String t = b.text().replace('\n', ' ').strip();
      String key = shape(b.text());
      if (band != -2 && PAGE_NUMBER.matcher(t).matches()) {
        out.put(b, "pageNumber"); // a lone "II" above the body may be a section number, not a folio
      } else if (!key.isEmpty() && recurrence.get(band + "|" + key).size() >= needed) {
        out.put(b, band < 0 ? "header" : "footer");
      } else {
        continue;
      }
      Integer folio = folio(t);
      if (folio == null && out.get(b).equals("pageNumber")) folio = lone(t);
      if (folio != null) offsets.merge(b.page() - folio, 1, Integer::sum);
    }
    Stamps stamps = Stamps.of(candidates, c -> band(c, bodySize, bodyTop.getOrDefault(c.page(), 0.0)), needed);
    for (Block b : candidates) {
      if (out.containsKey(b)) continue;
      int band = band(b, bodySize, bodyTop.getOrDefault(b.page(), 0.0));
      String t = b.text().replace('\n', ' ').strip();
      Integer folio = folio(t);
      // A head that occurs on one or two pages only (a short article's title on alternate pages)
      // is still furniture when it carries its page's printed number, counted as the other heads do.
      boolean folioHead = band != -2 && folio != null && t.split("\\s+").length <= 12
          && offsets.getOrDefault(b.page() - folio, 0) >= needed;
      if (folioHead || stamps.covers(t)) out.put(b, band < 0 ? "header" : "footer");
    }
    return out;
  }

  /** The number at either end of a short line with words in it ("78 Journal of ...", "Review 79"), else null. */
  static Integer folio(String line) {
    java.util.regex.Matcher m = FOLIO.matcher(line);
    if (!m.find() || !line.chars().anyMatch(Character::isLetter)) return null;
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** The number of a lone folio ("12", "— 12 —", "Page 12"), null for "3/18", "12 of 40" or roman numerals. */
  private static Integer lone(String t) {
    if (t.contains("/") || t.toLowerCase(Locale.ROOT).contains("of")) return null;
    java.util.regex.Matcher d = DIGITS.matcher(t);
    return d.find() ? Integer.valueOf(d.group()) : null;
  }

  private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
  private static final Pattern FOLIO = Pattern.compile("^(\\d{1,4})\\s+\\S|\\S\\s+(\\d{1,4})$");

  /**
   * Running lines PDFBox set in one block with the text next to them: the first line of a block
   * that starts in the top band, or the last line of one that ends in the bottom band, taken off
   * when its shape recurs so on three pages (two in a short document) or it is a page number.
   * Adds the words taken off to {@code dropped} and their texts to {@code running}.
   */
  static List<Block> trimEdges(List<Block> blocks, int pages, Map<String, Integer> dropped, List<String> running) {
    Map<String, Set<Integer>> recurrence = new HashMap<>();
    for (Block b : blocks) {
      String[] lines = b.text().split("\n");
      int edge = edge(b, lines);
      if (edge == 0) continue;
      String line = edge < 0 ? lines[0] : lines[lines.length - 1];
      recurrence.computeIfAbsent(edge + "|" + shape(line), k -> new HashSet<>()).add(b.page());
    }
    int needed = pages <= 6 ? 2 : 3;
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      String[] lines = b.text().split("\n");
      int edge = edge(b, lines);
      String line = edge == 0 ? "" : edge < 0 ? lines[0] : lines[lines.length - 1];
      boolean number = edge != 0 && PAGE_NUMBER.matcher(line.strip()).matches();
      if (edge == 0 || (!number && recurrence.get(edge + "|" + shape(line)).size() < needed)) {
        out.add(b);
        continue;
      }
      String why = number ? "pageNumber" : edge < 0 ? "header" : "footer";
      dropped.merge(why, PageZones.words(line), Integer::sum);
      if (!number && !running.contains(line.strip())) running.add(line.strip());
      String rest = edge < 0 ? b.text().substring(b.text().indexOf('\n') + 1) : b.text().substring(0, b.text().lastIndexOf('\n'));
      out.add(b.withText(rest));
    }
    return out;
  }

  /** -1 when the block has 2+ lines and starts in the top band, 1 when it ends in the bottom band. */
  private static int edge(Block b, String[] lines) {
    Style s = b.style();
    if (s == null || s.pageHeight() <= 0 || lines.length < 2) return 0;
    if (s.y() < s.pageHeight() * BAND && lines[0].split("\\s+").length <= 10) return -1;
    if (s.y() + s.height() > s.pageHeight() * (1 - BAND) && lines[lines.length - 1].split("\\s+").length <= 10) return 1;
    return 0;
  }

  /**
   * The distinct texts of the furniture other than page numbers, numbers at either end dropped, in
   * the order of {@code blocks} (the map is by identity: its own order changes from run to run, and
   * the metadata reader takes the first running line that names a series).
   */
  static List<String> texts(List<Block> blocks, Map<Block, String> furniture) {
    Map<String, String> byShape = new LinkedHashMap<>();
    blocks.forEach(b -> {
      String why = furniture.get(b);
      if (why != null && !why.equals("pageNumber")) {
        String t = b.text().replace('\n', ' ').strip().replaceAll("^\\d+\\s+|\\s+\\d+$", "");
        byShape.putIfAbsent(shape(t), t);
      }
    });
    return new ArrayList<>(byShape.values());
  }

  /**
   * -1 for the top band, 1 for the bottom band, -2 above the page's first body paragraph but below
   * the band, 0 elsewhere or when the block is not furniture-like.
   */
  static int band(Block b, double bodySize, double bodyTop) {
    Style s = b.style();
    if (s == null || s.pageHeight() <= 0) return 0;
    if (b.text().split("\n").length > 3 || b.text().length() > 200) return 0;
    if (bodySize > 0 && s.fontSize() > bodySize * 1.2 + 0.5) return 0;
    if (s.y() + s.height() < s.pageHeight() * BAND) return -1;
    if (s.y() + s.height() <= bodyTop) return -2; // above the body, below the band: recurrence only
    if (s.y() > s.pageHeight() * (1 - BAND)) return 1;
    return 0;
  }

  /**
   * Per page, the top of its first paragraph in body type or a little smaller (two lines or more): a printed page set
   * inside a larger sheet has its running heads above that, lower than the sheet's top band.
   */
  static Map<Integer, Double> bodyTops(List<Block> blocks, double bodySize) {
    Map<Integer, Double> out = new HashMap<>();
    for (Block b : blocks) {
      Style s = b.style();
      // Body type or smaller (a syllabus or summary set in smaller type than the opinion after it).
      if (s == null || bodySize <= 0 || s.fontSize() > bodySize + 1 || s.fontSize() < bodySize * 0.6
          || b.text().indexOf('\n') < 0) continue;
      out.merge(b.page(), s.y(), Math::min);
    }
    return out;
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
