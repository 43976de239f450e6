package org.reportlens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level matching used to recognise text that repeats elsewhere in a document (pull-quotes). */
final class TextMatch {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private TextMatch() {}

  static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The words of lines read as running text (line-end hyphenation undone). */
  static List<String> list(Dehyphenator dh, List<String> lines) {
    StringBuilder all = new StringBuilder();
    for (String l : lines) {
      String joined = dh.join(all.toString(), l);
      all.setLength(0);
      all.append(joined);
    }
    return list(all.toString());
  }

  /**
   * True when at least 80% of the candidate's words occur, as a multiset, within one window of the
   * body as long as the candidate: a pull-quote may trim or re-break the sentence it repeats.
   */
  static boolean repeats(String candidate, List<String> body) {
    List<String> cand = list(candidate);
    int n = cand.size();
    if (n == 0 || body.size() < n) return false;
    Map<String, Integer> need = new HashMap<>();
    for (String w : cand) need.merge(w, 1, Integer::sum);
    int required = (int) Math.ceil(n * 0.8);
    Map<String, Integer> window = new HashMap<>();
    int matched = 0;
    int width = n + 2;
    for (int i = 0; i < body.size(); i++) {
      String w = body.get(i);
      int have = window.merge(w, 1, Integer::sum);
      if (have <= need.getOrDefault(w, 0)) matched++;
      if (i >= width) {
        String out = body.get(i - width);
        int left = window.merge(out, -1, Integer::sum);
        if (left < need.getOrDefault(out, 0)) matched--;
      }
      if (matched >= required) return true;
    }
    return false;
  }
}
