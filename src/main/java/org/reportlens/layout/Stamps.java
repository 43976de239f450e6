package org.reportlens.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.reportlens.model.Block;

/**
 * The words stamped on the pages of a scan ("UNCLASSIFIED", "CONFIDENTIAL", "DRAFT"): words of five
 * letters or more that stand in the top or bottom band of at least {@code needed} pages. OCR reads
 * a stamp differently on each page ("UNCLASSJFIEC", "UNCLASSIFIED UNCLASSIFIED l"), so a band line
 * is stamp furniture when each of its words of three letters or more is a stamp word or close to one
 * (edit distance at most 40% of the stamp's length), scraps of one or two letters aside. Built once
 * per document; the comparison is against the few stamp words only, so the cost stays linear.
 */
final class Stamps {
  private static final int MAX_WORDS = 200;
  private final Set<String> words;

  private Stamps(Set<String> words) {
    this.words = words;
  }

  /** The stamp words of the band blocks among {@code candidates} ({@code band} -1 top, 1 bottom). */
  static Stamps of(List<Block> candidates, ToIntFunction<Block> band, int needed) {
    Map<String, Set<Integer>> pages = new HashMap<>();
    for (Block b : candidates) {
      int k = band.applyAsInt(b);
      if (k != -1 && k != 1) continue;
      for (String w : letters(b.text())) if (w.length() >= 5) pages.computeIfAbsent(w, x -> new HashSet<>()).add(b.page());
    }
    Set<String> out = new HashSet<>();
    pages.forEach((w, p) -> { if (p.size() >= needed && out.size() < MAX_WORDS) out.add(w); });
    return new Stamps(out);
  }

  /** True when every word of three letters or more in {@code line} is a stamp word or close to one. */
  boolean covers(String line) {
    if (words.isEmpty()) return false;
    int stamped = 0;
    for (String w : letters(line)) {
      if (w.length() < 3) continue;
      if (!near(w)) return false;
      stamped++;
    }
    return stamped > 0;
  }

  private boolean near(String w) {
    if (words.contains(w)) return true;
    for (String s : words) {
      if (s.length() >= 6 && Math.abs(s.length() - w.length()) <= s.length() * 0.4 && edit(s, w) <= s.length() * 0.4) return true;
    }
    return false;
  }

  /** Each whitespace-separated token's letters, lower case ("UNCLAS5'FJEO" -> "unclasfjeo"). */
  static List<String> letters(String text) {
    List<String> out = new ArrayList<>();
    for (String tok : text.split("\\s+")) {
      String w = tok.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }

  static int edit(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
