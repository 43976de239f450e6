package org.reportlens.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.Style;

/**
 * A publication notice at the foot of a page: the copyright, licence, ISSN or DOI lines a journal or
 * a series sets under the text of an article's first page ("© 2013 Journal of ... ISSN ...",
 * "licensed under a Creative Commons ... licence"). Such a block is in type smaller than the body's,
 * in the lower half of its page, with no body-size text below it, does not open with a note number,
 * and names a copyright, licence or serial number. It is not the report's text; its words are
 * counted as "notice". Stateless.
 */
final class Notices {
  private static final Pattern SIGNAL = Pattern.compile(
      "©|\\(c\\)\\s*\\d{4}|(?i:\\bcopyright\\b|\\blicen[cs]ed?\\b|\\bISSN\\b|\\bISBN\\b|\\bDOI\\b|all rights reserved|creative commons)");
  private static final Pattern NOTE_START = Pattern.compile("^\\s*\\d{1,3}[.)]?\\s");

  private Notices() {}

  /** Per page, the bottom of its lowest block in body type or larger, furniture left out. */
  static Map<Integer, Double> bodyBottoms(List<Block> blocks, double body, Set<Block> furniture) {
    Map<Integer, Double> out = new HashMap<>();
    for (Block b : blocks) {
      Style s = b.style();
      if (furniture.contains(b)) continue;
      if (s != null && body > 0 && s.fontSize() > body - 0.9) out.merge(b.page(), s.y() + s.height(), Math::max);
    }
    return out;
  }

  /** "notice" when {@code b} is a publication notice, else null. */
  static String reason(Block b, double body, Map<Integer, Double> bodyBottoms) {
    Style s = b.style();
    if (s == null || body <= 0 || s.pageHeight() <= 0 || s.fontSize() > body - 0.9) return null;
    if (s.y() < s.pageHeight() * 0.5 || s.y() < bodyBottoms.getOrDefault(b.page(), 0.0)) return null;
    String t = b.text();
    if (t.length() > 600 || NOTE_START.matcher(t).find() || !SIGNAL.matcher(t).find()) return null;
    return "notice";
  }
}
