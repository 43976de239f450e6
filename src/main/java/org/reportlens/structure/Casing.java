package org.reportlens.structure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the case of text set in capitals (bylines, affiliations, cover titles) from the way the
 * document itself writes each word elsewhere: "NATIONAL DEFENSE COLLEGE, ABU DHABI" becomes
 * "National Defense College, Abu Dhabi" and "(IPS)" stays an acronym. Built once per document;
 * immutable and thread-safe.
 */
public final class Casing {
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
  private static final Set<String> SMALL = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "for", "to",
      "at", "by", "with", "from", "as", "vs", "via", "into", "its", "but", "nor");
  private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "di", "du", "del",
      "della", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das");

  /** lower-case word -> (written form -> count), from text not set in capitals. */
  private final Map<String, Map<String, Integer>> forms = new HashMap<>();
  private final String lowerText;
  private final String text;

  public Casing(List<String> paragraphs) {
    StringBuilder all = new StringBuilder();
    for (String p : paragraphs) {
      all.append(p).append('\n');
      if (isMostlyCaps(p)) continue;
      Matcher m = WORD.matcher(p);
      while (m.find()) {
        String w = m.group();
        forms.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(w, 1, Integer::sum);
      }
    }
    this.text = all.toString();
    this.lowerText = text.toLowerCase(Locale.ROOT);
  }

  /** A name in capitals as the document writes it elsewhere ("JEAN-LOUP SAMAAN" -> "Jean-Loup Samaan"). */
  public String name(String s) {
    if (!isMostlyCaps(s)) return s.strip();
    String found = findWritten(s.strip());
    if (found != null) return found;
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(s);
    int last = 0;
    boolean first = true;
    while (m.find()) {
      out.append(s, last, m.start());
      String lower = m.group().toLowerCase(Locale.ROOT);
      out.append(!first && PARTICLES.contains(lower) ? lower : capitalize(lower));
      first = false;
      last = m.end();
    }
    out.append(s.substring(last));
    return out.toString().strip();
  }

  /** A title or affiliation in capitals in title case, keeping acronyms the document writes in capitals. */
  public String title(String s) {
    if (!isMostlyCaps(s)) return s.strip();
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(s);
    int last = 0;
    boolean first = true;
    while (m.find()) {
      String before = s.substring(last, m.start());
      out.append(before);
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT);
      boolean sentenceStart = first || before.strip().endsWith(":");
      String usual = usualForm(lower);
      if (usual != null && isAcronym(usual)) out.append(usual);
      else if (usual == null && w.length() <= 4 && !SMALL.contains(lower) && m.end() < s.length()
          && s.charAt(m.end()) == ')') out.append(w); // "(IPS)"
      else if (usual == null && w.length() <= 3 && !SMALL.contains(lower)) out.append(w); // IDC, UAE
      else if (!sentenceStart && SMALL.contains(lower)) out.append(lower);
      else if (usual != null && !usual.equals(lower) && !usual.equals(capitalize(lower))) out.append(usual); // iPhone, McCain
      else out.append(capitalize(lower));
      first = false;
      last = m.end();
    }
    out.append(s.substring(last));
    return out.toString().strip();
  }

  /** The text written elsewhere in the document in mixed case, matching {@code s} ignoring case, or null. */
  private String findWritten(String s) {
    String needle = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    int from = 0;
    while (true) {
      int i = lowerText.indexOf(needle, from);
      if (i < 0) return null;
      String candidate = text.substring(i, i + needle.length());
      boolean wordStart = i == 0 || !Character.isLetter(text.charAt(i - 1));
      boolean wordEnd = i + needle.length() >= text.length() || !Character.isLetter(text.charAt(i + needle.length()));
      if (wordStart && wordEnd && !isMostlyCaps(candidate) && Character.isUpperCase(candidate.charAt(0))) return candidate;
      from = i + 1;
    }
  }

  /**
   * True when {@code name} reads as a person's name in this document: its first word, and at least
   * half its words, are not words the document otherwise writes in lower case ("Executive Summary",
   * "Evaluating Progress" and "GAO Contacts" are headings, not people).
   */
  public boolean personName(String name) {
    String[] w = name.strip().split("[\\s-]+");
    int common = 0;
    for (int k = 0; k < w.length; k++) {
      String x = w[k].replaceAll("[^\\p{L}'’]", "");
      // Initials and particles say nothing either way ("E. Glen Weyl", "Sam van der Staak").
      if (x.length() <= 1 || k > 0 && PARTICLES.contains(x.toLowerCase(Locale.ROOT))) continue;
      boolean acronym = x.length() >= 2 && x.equals(x.toUpperCase(Locale.ROOT)) && !isMostlyCaps(name);
      boolean c = acronym || commonWord(x);
      if (c && k == 0) return false;
      if (c) common++;
    }
    return common * 2 < w.length;
  }

  /** The document writes this word in lower case at least as often as capitalised. */
  boolean commonWord(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    Map<String, Integer> f = forms.get(lower);
    if (f == null) return false;
    int low = f.getOrDefault(lower, 0);
    int other = f.values().stream().mapToInt(Integer::intValue).sum() - low;
    return low > 0 && low >= other;
  }

  private String usualForm(String lower) {
    Map<String, Integer> f = forms.get(lower);
    if (f == null) return null;
    return f.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  static String capitalize(String lower) {
    StringBuilder b = new StringBuilder(lower.length());
    boolean up = true;
    for (char c : lower.toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == '-' || c == '\'' || c == '’';
    }
    String r = b.toString();
    // Apostrophe-s stays lower ("NATO'S" -> "NATO's", "Africa's")
    return r.replaceAll("(?<=\\p{L})(['’])S\\b", "$1s");
  }

  /** True when most letters are capitals: a line set in capitals rather than written in mixed case. */
  public static boolean isMostlyCaps(String s) {
    int upper = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters >= 2 && upper >= 0.85 * letters;
  }
}
