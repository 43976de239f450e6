package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a text defines, "Mediterranean Dialogue (MD)": the parenthesised capitals are matched
 * against the initials of the words just before them (function words may give their initial or
 * not, hyphenated parts may each give one). Pure and thread-safe.
 */
final class AcronymDefinitions {
  private static final Pattern PAREN = Pattern.compile("\\(([A-Z][A-Za-z0-9&.\\-]{1,11})\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&][\\p{L}\\p{N}'’.\\-]*");

  private AcronymDefinitions() {}

  /** Acronym -> its expansion as written, the first definition in the text winning. */
  static Map<String, String> find(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = PAREN.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      String letters = acronym.replaceAll("[^A-Za-z]", "");
      long upper = letters.chars().filter(Character::isUpperCase).count();
      if (letters.length() < 2 || upper < letters.length() - 1) continue;
      String expansion = expansion(text.substring(Math.max(0, m.start() - 200), m.start()), letters.toUpperCase());
      if (expansion != null) out.putIfAbsent(acronym, expansion);
    }
    return out;
  }

  /** The shortest run of words ending {@code before} whose initials spell {@code letters}, or null. */
  private static String expansion(String before, String letters) {
    // Only words in the same clause: stop at , ; : ( ) and sentence ends.
    int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
        Math.max(Math.max(before.lastIndexOf(':'), before.lastIndexOf('(')), before.lastIndexOf(')')));
    String clause = before.substring(cut + 1);
    List<int[]> spans = new ArrayList<>();
    Matcher w = WORD.matcher(clause);
    while (w.find()) spans.add(new int[] {w.start(), w.end()});
    for (int k = 1; k <= Math.min(spans.size(), 14); k++) {
      int first = spans.size() - k;
      String firstWord = clause.substring(spans.get(first)[0], spans.get(first)[1]);
      if (!Character.isUpperCase(firstWord.charAt(0))) continue;
      List<String> words = new ArrayList<>();
      for (int i = first; i < spans.size(); i++) words.add(clause.substring(spans.get(i)[0], spans.get(i)[1]));
      if (spells(words, 0, letters, 0)) {
        return clause.substring(spans.get(first)[0], spans.get(spans.size() - 1)[1]).replaceAll("\\s+", " ").strip();
      }
    }
    return null;
  }

  private static boolean spells(List<String> words, int wi, String letters, int li) {
    if (wi == words.size()) return li == letters.length();
    String word = words.get(wi);
    boolean stop = ActorRules.STOPWORDS.contains(word.toLowerCase());
    // A trailing qualifier the acronym leaves out: "Border Assistance Mission to Libya (EUBAM)".
    if (stop && li == letters.length() && wi > 0) return true;
    if (stop && spells(words, wi + 1, letters, li)) return true;
    if (!stop && !Character.isUpperCase(word.charAt(0))) return false;
    // Each hyphenated part may give its initial ("Euro-Atlantic" -> EA) or only the first does.
    String[] parts = word.split("-");
    for (int take = parts.length; take >= 1; take--) {
      int l = li;
      boolean ok = true;
      for (int p = 0; p < take && ok; p++) {
        if (parts[p].isEmpty()) { ok = false; break; }
        ok = l < letters.length() && Character.toUpperCase(parts[p].charAt(0)) == letters.charAt(l);
        l++;
      }
      if (ok && spells(words, wi + 1, letters, l)) return true;
    }
    return false;
  }
}
