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

  /** The words of lines read as running text (line-end hyphenation undone). Linear in the text. */
  static List<String> list(Dehyphenator dh, List<String> lines) {
    StringBuilder all = new StringBuilder();
    String last = "";
    for (String l : lines) {
      if (l.isEmpty()) continue;
      // The dehyphenator looks only at the end of the first line: give it the last line, not all.
      String joined = dh.join(last, l);
      if (!last.isEmpty()) {
        if (joined.length() == last.length() + l.length()) {
          // glued with the hyphen kept, or nothing between
        } else if (joined.length() == last.length() - 1 + l.length()) {
          all.setLength(all.length() - 1); // the line-end hyphen dropped
        } else {
          all.append(' ');
        }
      }
      all.append(l);
      last = l;
    }
    return list(all.toString());
  }

  /**
   * The words of a text indexed by their three-word shingles, so that a passage can be looked up
   * where it repeats without comparing it with every window of the text (cost linear in the text).
   */
  static final class Index {
    private static final int MAX_POSITIONS = 64;
    private final List<String> words;
    private final Map<String, List<Integer>> shingles = new HashMap<>();

    Index(List<String> words) {
      this.words = words;
      for (int i = 0; i + 2 < words.size(); i++) {
        List<Integer> at = shingles.computeIfAbsent(shingle(words, i), k -> new ArrayList<>(2));
        if (at.size() < MAX_POSITIONS) at.add(i);
      }
    }

    private static String shingle(List<String> w, int i) { return w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2); }

    /**
     * As {@link #repeats(String, List)} over the indexed words without those in [ownFrom, ownTo)
     * (the candidate's own place): the places its shingles point to are checked one by one.
     */
    boolean repeats(String candidate, int ownFrom, int ownTo) {
      List<String> cand = list(candidate);
      int n = cand.size();
      if (n < 3) return false;
      Map<Integer, Integer> votes = new HashMap<>();
      for (int j = 0; j + 2 < n; j++) {
        for (int p : shingles.getOrDefault(shingle(cand, j), List.of())) {
          if (p >= ownFrom && p < ownTo) continue;
          votes.merge(p - j, 1, Integer::sum);
        }
      }
      List<Integer> anchors = new ArrayList<>(votes.keySet());
      anchors.sort((a, b) -> votes.get(b) - votes.get(a));
      for (int k = 0; k < Math.min(3, anchors.size()); k++) {
        int from = Math.max(0, anchors.get(k) - 5);
        int to = Math.min(words.size(), anchors.get(k) + n + 5);
        List<String> window = new ArrayList<>();
        for (int i = from; i < to; i++) if (i < ownFrom || i >= ownTo) window.add(words.get(i));
        if (TextMatch.repeats(candidate, window)) return true;
      }
      return false;
    }
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
