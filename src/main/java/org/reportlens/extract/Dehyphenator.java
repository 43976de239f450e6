package org.reportlens.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a word broken at a line end ("transat-" + "lantic") was hyphenated by the
 * typesetter (join: "transatlantic") or carries a real hyphen ("self-" + "proclaimed" stays
 * "self-proclaimed"). Asks, in order: the document's own vocabulary (the hyphenated form written
 * elsewhere keeps the hyphen, the joined form written elsewhere joins), capitals and digits after the
 * break (keep: "post-Cold"), then an English word list: a joined dictionary word joins, two
 * dictionary words that do not join keep the hyphen ("policy-convenor"), anything else joins.
 *
 * <p>Immutable once built; thread-safe.
 */
public final class Dehyphenator {
  private static final Set<String> DICTIONARY = loadDictionary();
  private static final Set<String> SOLID_PREFIXES = Set.of("inter", "intra", "over", "under", "counter", "multi",
      "trans", "super", "anti", "socio", "micro", "macro", "mega", "semi", "hyper", "infra", "ultra", "para", "poly", "extra");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

  private final Set<String> documentWords;
  private final Set<String> documentHyphenated;

  private Dehyphenator(Set<String> words, Set<String> hyphenated) {
    this.documentWords = words;
    this.documentHyphenated = hyphenated;
  }

  /** Learns the document's vocabulary from its lines; words broken at a line end are not counted. */
  public static Dehyphenator forDocument(Iterable<String> lines) {
    Set<String> words = new HashSet<>();
    Set<String> hyphenated = new HashSet<>();
    for (String line : lines) {
      // The fragment before a line-end hyphen is not a word of the document.
      String body = line.endsWith("-") ? line.substring(0, Math.max(0, line.lastIndexOf(' ') + 1)) : line;
      Matcher m = WORD.matcher(body);
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (w.indexOf('-') >= 0) {
          hyphenated.add(w);
        } else {
          words.add(w);
        }
      }
    }
    return new Dehyphenator(words, hyphenated);
  }

  /** For text without line-end hyphenation (DOCX, HTML): only the word list is consulted. */
  public static Dehyphenator dictionaryOnly() { return new Dehyphenator(Set.of(), Set.of()); }

  /**
   * Joins two lines, the first ending in a hyphen or not. Returns the joined text: with a space
   * when the first line does not end in a word-hyphen, else with or without the hyphen as decided.
   */
  public String join(String first, String second) {
    if (first.isEmpty()) return second;
    StringBuilder out = new StringBuilder(first.length() + second.length() + 1).append(first);
    append(out, second);
    return out.toString();
  }

  /**
   * As {@link #join}, in place: {@code text} becomes the joined text. Reads only the end of
   * {@code text} (its last word), so that a block grown line by line costs time linear in its
   * length, not the square of it. Returns the offset in {@code text} where {@code second} begins.
   */
  public int append(StringBuilder text, String second) {
    int n = text.length();
    if (n == 0 || second.isEmpty()) {
      text.append(second);
      return n;
    }
    char last = text.charAt(n - 1);
    char before = n >= 2 ? text.charAt(n - 2) : 0;
    if (n >= 2 && last == '-' && Character.isLetter(before) && Character.isLetterOrDigit(second.charAt(0))) {
      String head = lastWord(text, n - 1);
      String tail = firstWord(second);
      if (!keepHyphen(head, tail)) text.setLength(n - 1);
    } else if (last != '/' && !(n >= 2 && last == '-' && Character.isDigit(before) && Character.isDigit(second.charAt(0)))) {
      text.append(' '); // neither a URL broken at a slash nor a range (2015-2016) broken at its dash
    }
    int at = text.length();
    text.append(second);
    return at;
  }

  /** True when "head-" at a line end followed by "tail" is a real hyphenated compound. */
  public boolean keepHyphen(String head, String tail) {
    if (head.isEmpty() || tail.isEmpty()) return true;
    String h = head.toLowerCase(Locale.ROOT);
    String t = tail.toLowerCase(Locale.ROOT);
    String compound = lastPart(h) + "-" + t;
    if (documentHyphenated.contains(h + "-" + t) || documentHyphenated.contains(compound)) return true;
    String joined = h + t;
    String lastJoined = lastPart(h) + t;
    if (documentWords.contains(joined) || documentWords.contains(lastJoined)) return false;
    if (Character.isUpperCase(tail.charAt(0)) && !isAllCaps(head + tail)) return true;
    if (Character.isDigit(tail.charAt(0)) || Character.isDigit(head.charAt(head.length() - 1))) return true;
    if (DICTIONARY.contains(lastJoined) || DICTIONARY.contains(stem(lastJoined))) return false;
    String lastHead = lastPart(h);
    if (lastHead.length() >= 2 && (DICTIONARY.contains(lastHead)) && (DICTIONARY.contains(t) || DICTIONARY.contains(stem(t)))) {
      return true;
    }
    // "policy-/convenor": a whole word before the break and no known word when joined is a compound,
    // unless the word is a bound prefix that is written solid ("inter-/locutors").
    return lastHead.length() >= 4 && DICTIONARY.contains(lastHead) && t.length() >= 3 && !SOLID_PREFIXES.contains(lastHead);
  }

  public static boolean isWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return DICTIONARY.contains(l) || DICTIONARY.contains(stem(l));
  }

  private static boolean isAllCaps(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
    return true;
  }

  private static String lastPart(String h) {
    int i = h.lastIndexOf('-');
    return i < 0 ? h : h.substring(i + 1);
  }

  /** A crude plural/verb-ending strip so "vetoes" finds "veto"; the word list lacks some inflections. */
  private static String stem(String w) {
    if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
    if (w.endsWith("es") && w.length() > 4) return w.substring(0, w.length() - 2);
    if (w.endsWith("s") && w.length() > 3) return w.substring(0, w.length() - 1);
    return w;
  }

  /** The word (letters and hyphens) ending at {@code end} in {@code s}. */
  private static String lastWord(CharSequence s, int end) {
    int i = end;
    while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) i--;
    return s.subSequence(i, end).toString();
  }

  private static String firstWord(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
    return s.substring(0, i);
  }

  private static Set<String> loadDictionary() {
    Set<String> words = new HashSet<>(120_000);
    try (InputStream in = Dehyphenator.class.getResourceAsStream("words-en.txt")) {
      if (in == null) throw new IllegalStateException("words-en.txt missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) words.add(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
