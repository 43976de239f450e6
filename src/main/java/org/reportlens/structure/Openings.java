package org.reportlens.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.Style;
import org.reportlens.model.Words;

/**
 * Unit openings read from the typography: a title in type larger than the body's at the top of a
 * new page, followed by a byline naming people (a line of its own, names set in capitals before
 * the text, or the names in the title's own line), is where a signed unit begins: a chapter of an
 * edited book, an article of a journal issue. Once two such openings are found, an unsigned page
 * opening in the same title type (an introduction, a foreword) starts a unit too.
 *
 * <p>Consumes the clean blocks with their {@link Style} (PDF only); finds nothing without styles.
 * Does not decide whether the report is a volume (the caller weighs the openings against other
 * evidence). One pass over the blocks; pure and thread-safe.
 */
final class Openings {
  /** A title is set at least this much larger than the body text. */
  static final double TITLE_RATIO = 1.08;
  /** A byline is set in type at least this large against the body's. */
  static final double BYLINE_RATIO = 0.95;
  private static final int MAX_TITLE_BLOCKS = 4;
  private static final int MAX_TITLE_WORDS = 40;
  /** Note symbols after a byline's names ("AHMED°", "REYNOLDS*", "VILLARINO†"). */
  private static final Pattern NOTE_SYMBOLS = Pattern.compile("[*†‡§°¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\\p{L})\\d{1,2}\\b");
  /** A chapter number set above the title: "Chapter 3", "3", "III", "Part Two". */
  private static final Pattern NUMBER_LINE = Pattern.compile("(?i)^(?:chapter|part)?\\s*(?:\\d{1,3}|[ivxlc]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten)\\.?$");

  /**
   * Where a unit opens.
   *
   * @param block   the first block of the opening (its title, or the chapter number above it)
   * @param skip    blocks the title and a byline of its own take; the unit's text starts after them
   * @param title   the title as printed (title and subtitle joined)
   * @param authors the byline's names, case restored; empty for an unsigned opening
   */
  record Opening(int block, int skip, String title, List<String> authors) {}

  private Openings() {}

  /** The openings in block order; empty unless two or more signed openings are found. */
  static List<Opening> find(List<Block> blocks, List<String> texts, Casing casing) {
    double body = bodySize(blocks);
    if (body <= 0) return List.of();
    List<Opening> signed = new ArrayList<>();
    List<Opening> unsigned = new ArrayList<>();
    Map<String, Integer> titleTypes = new HashMap<>();
    int lastPage = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean opensPage = b.page() != lastPage || (b.style() != null && b.style().pageStart());
      lastPage = b.page();
      if (!opensPage || b.style() == null) continue;
      Opening o = at(blocks, texts, casing, i, body);
      if (o == null) continue;
      Style first = blocks.get(titleBlock(blocks, texts, i)).style();
      if (!o.authors().isEmpty()) {
        signed.add(o);
        titleTypes.merge(type(first), 1, Integer::sum);
      } else {
        unsigned.add(o);
      }
      i = o.block() + o.skip() - 1;
    }
    if (signed.size() < 2) return List.of();
    String titleType = titleTypes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    List<Opening> out = new ArrayList<>(signed);
    for (Opening o : unsigned) {
      if (type(blocks.get(titleBlock(blocks, texts, o.block())).style()).equals(titleType)) out.add(o);
    }
    out.sort((a, c) -> Integer.compare(a.block(), c.block()));
    return out;
  }

  /** The opening whose title starts at page-opening block {@code i}, or null. */
  private static Opening at(List<Block> blocks, List<String> texts, Casing casing, int i, double body) {
    int t = titleBlock(blocks, texts, i);
    int page = blocks.get(i).page();
    int end = t;
    int words = 0;
    StringBuilder title = new StringBuilder();
    while (end < blocks.size() && end - t < MAX_TITLE_BLOCKS && blocks.get(end).page() == page) {
      Style s = blocks.get(end).style();
      String text = TocSegmenter.clean(texts.get(end));
      if (s == null || s.fontSize() < body * TITLE_RATIO || TocSegmenter.isProse(text)) break;
      if (end > t && (!bylineNames(text, casing).isEmpty() || !leadingNames(text, casing).isEmpty())) break; // the byline
      words += Words.count(text);
      if (words > MAX_TITLE_WORDS) return null;
      title.append(title.length() > 0 ? " " : "").append(text);
      end++;
    }
    if (end == t) return null;
    int skip = end - i;
    // The byline: a line of its own or names in capitals before the text, right after the title.
    // In type not smaller than the body's (a table's column heads are) and not the title's own words.
    Style bylineType = end < blocks.size() ? blocks.get(end).style() : null;
    if (end < blocks.size() && blocks.get(end).page() == page && bylineType != null
        && bylineType.fontSize() >= body * BYLINE_RATIO && !repeats(texts.get(end), title.toString())) {
      String next = TocSegmenter.clean(texts.get(end));
      List<String> names = bylineNames(next, casing);
      if (!names.isEmpty()) return new Opening(i, skip + 1, casing.title(title.toString()), names);
      names = leadingNames(next, casing);
      if (!names.isEmpty()) return new Opening(i, skip, casing.title(title.toString()), names);
    }
    // The names in the title's own line, set in capitals after it.
    String all = title.toString();
    if (Casing.isMostlyCaps(all)) {
      String bare = NOTE_SYMBOLS.matcher(all).replaceAll("");
      int n = TocSegmenter.titleWords(bare, casing);
      List<String> w = TocSegmenter.words(bare);
      if (n > 0 && n < w.size()) {
        List<String> names = Bylines.names(TocSegmenter.afterWords(bare, n));
        if (!names.isEmpty() && names.stream().allMatch(x -> person(x, casing))) {
          String head = bare.substring(0, bare.length() - TocSegmenter.afterWords(bare, n).length()).replaceAll("[\\s,;:–—-]+$", "");
          return new Opening(i, skip, casing.title(head.strip()), names.stream().map(casing::name).toList());
        }
      }
    }
    return new Opening(i, skip, casing.title(all), List.of());
  }

  /** Every word of {@code line} stands in {@code title}: a subtitle repeating it, not a byline. */
  private static boolean repeats(String line, String title) {
    List<String> t = TocSegmenter.words(title);
    List<String> w = TocSegmenter.words(line);
    return !w.isEmpty() && t.containsAll(w);
  }

  /** The block where the title begins: after a chapter number set on a line of its own. */
  private static int titleBlock(List<Block> blocks, List<String> texts, int i) {
    if (i + 1 < blocks.size() && blocks.get(i + 1).page() == blocks.get(i).page()
        && NUMBER_LINE.matcher(TocSegmenter.clean(texts.get(i))).matches()) return i + 1;
    return i;
  }

  /** A whole block that is a byline ("By Jane Roe", "JANE ROE* AND JOHN DOE†"), names case restored. */
  static List<String> bylineNames(String text, Casing casing) {
    List<String> names = Bylines.names(NOTE_SYMBOLS.matcher(text).replaceAll("").strip());
    if (names.isEmpty() || !names.stream().allMatch(n -> person(n, casing))) return List.of();
    return names.stream().map(casing::name).toList();
  }

  /**
   * A person's name by the document's own usage, stricter than a contents entry needs: two words
   * of two letters or more besides initials and particles, none a word the document writes in lower
   * case ("Biden-Harris Administration", "National Cyber Director" are not people).
   */
  static boolean person(String name, Casing casing) {
    if (!casing.personName(name)) return false;
    int full = 0;
    for (String w : name.strip().split("[\\s-]+")) {
      String x = w.replaceAll("[^\\p{L}'’]", "");
      if (x.length() < 2 || PARTICLES.contains(x.toLowerCase(java.util.Locale.ROOT))) continue;
      if (casing.commonWord(x)) return false;
      full++;
    }
    return full >= 2;
  }

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "y", "van", "von", "der", "den", "da",
      "di", "du", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter", "dos", "das", "jr", "sr");

  /** Names set in capitals at the start of a block whose text goes on in mixed case ("JOHN ROE* Review of ..."). */
  static List<String> leadingNames(String text, Casing casing) {
    String[] tokens = text.strip().split("\\s+");
    int k = 0;
    // A word in mixed case between capitals is a small capital the OCR misread ("ROMAN BuzKo, MARIA").
    while (k < tokens.length && (isCapsToken(tokens[k]) || k + 1 < tokens.length && isCapsToken(tokens[k + 1])
        && tokens[k + 1].length() >= 2 && Character.isUpperCase(tokens[k].charAt(0)))) k++;
    if (k < 2 || k == tokens.length) return List.of();
    // The last capital word must carry a note symbol or the text go on in mixed case after it.
    StringBuilder head = new StringBuilder();
    for (int j = 0; j < k; j++) head.append(j > 0 ? " " : "").append(tokens[j]);
    return bylineNames(head.toString().toUpperCase(java.util.Locale.ROOT), casing);
  }

  private static boolean isCapsToken(String token) {
    String bare = NOTE_SYMBOLS.matcher(token).replaceAll("").replaceAll("[,&.]", "");
    if (bare.isEmpty()) return token.equals("&");
    return bare.chars().anyMatch(Character::isLetter) && bare.equals(bare.toUpperCase(java.util.Locale.ROOT));
  }

  /** The body's type size: the size most characters of the paragraphs are set in. */
  static double bodySize(List<Block> blocks) {
    Map<Long, Integer> chars = new HashMap<>();
    for (Block b : blocks) {
      if (b.style() == null || b.style().fontSize() <= 0) continue;
      chars.merge(Math.round(b.style().fontSize() * 2), b.text().length(), Integer::sum);
    }
    return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(0.0);
  }

  private static String type(Style s) {
    return Math.round(s.fontSize() * 2) + (s.bold() ? "b" : "");
  }
}
