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

  /** "(MCAS)" or ", or TTSI" after the words it abbreviates. */
  private static final Pattern DEFINING = Pattern.compile("(?:\\(|,? or )(\\p{Lu}{3,8})s?(?:\\)|[,.;:]|\\s)");
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}'’]*");

  /**
   * Whether the text defines {@code acronym} by words in lower case: "the maneuvering characteristics
   * augmentation system (MCAS)", "supported isolation, or TTSI": a thing, method or programme, not a
   * body's name. The words just before the definition, all in lower case, give the acronym's letters in
   * order as initials (of words or hyphenated parts, other words skipped), the last from the last word.
   * Linear in the text.
   */
  static boolean definedInLowerCase(String text, String acronym) {
    if (acronym.length() < 3 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isUpperCase)) return false;
    for (int i = text.indexOf(acronym); i >= 0; i = text.indexOf(acronym, i + 1)) {
      int from = Math.max(0, i - 6);
      Matcher d = DEFINING.matcher(text).region(from, Math.min(text.length(), i + acronym.length() + 2));
      if (!d.find() || d.start(1) != i || !d.group(1).equals(acronym)) continue;
      // The words before, back to the clause's start or 8 words; each must be in lower case.
      String before = text.substring(Math.max(0, d.start() - 160), d.start());
      int cut = Math.max(before.lastIndexOf('.'), Math.max(before.lastIndexOf(';'), before.lastIndexOf('(')));
      String[] words = before.substring(cut + 1).split("[\\s\\-—–/,]+");
      List<String> run = new ArrayList<>();
      for (int k = words.length - 1; k >= 0 && run.size() < 8; k--) {
        if (words[k].isEmpty()) continue;
        if (!LOWER_WORD.matcher(words[k]).matches()) break;
        run.add(0, words[k]);
      }
      if (run.isEmpty() || Character.toUpperCase(run.get(run.size() - 1).charAt(0)) != acronym.charAt(acronym.length() - 1)) continue;
      int l = 0;
      for (String w : run.subList(0, run.size() - 1)) {
        if (l < acronym.length() - 1 && Character.toUpperCase(w.charAt(0)) == acronym.charAt(l)) l++;
      }
      if (l == acronym.length() - 1) return true;
    }
    return false;
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
