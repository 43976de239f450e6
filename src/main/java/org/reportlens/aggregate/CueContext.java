package org.reportlens.aggregate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a theme cue stands in its text, so that it counts only when it speaks of the subject:
 * {@link #insideName} tells a cue that is part of a longer capitalised name ("the Disarmament
 * Commission", "Department of Energy", "Migration Policy Institute") from the same word in running
 * text; {@link #near} checks that a cue needing context has one of its context words nearby.
 * Stateless; cost proportional to the few words around the cue.
 */
final class CueContext {
  /** Lower-case words that continue a name between capitalised words ("Ministry of Health"). */
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "on", "the", "and", "&", "de", "du", "des");

  private CueContext() {}

  /**
   * True when the cue at [begin, end) starts with a capital and a capitalised word other than its
   * own is next to it, directly or across a joiner ("of", "for", "on"): then it is a piece of a name.
   * A cue that is the whole name ("Paris Agreement" as a cue) is not inside a name. "and" joins only
   * when a capitalised word follows that is itself followed by a capitalised word, so a list such as
   * "Terrorism and Migration" in running text is still two words.
   */
  static boolean insideName(String text, int begin, int end) {
    if (begin >= text.length() || !Character.isUpperCase(text.charAt(begin))) return false;
    return capitalisedAfter(text, end) || capitalisedBefore(text, begin);
  }

  private static boolean capitalisedAfter(String text, int end) {
    int[] w = nextWord(text, end);
    if (w == null) return false;
    String word = text.substring(w[0], w[1]);
    if (isCapitalised(word)) return true;
    if (!NAME_JOINERS.contains(word) || word.equals("and")) return false;
    int[] next = nextWord(text, w[1]);
    if (next != null && text.substring(next[0], next[1]).equals("the")) next = nextWord(text, next[1]);
    return next != null && isCapitalised(text.substring(next[0], next[1]));
  }

  private static boolean capitalisedBefore(String text, int begin) {
    int[] w = previousWord(text, begin);
    if (w == null) return false;
    String word = text.substring(w[0], w[1]);
    if (NAME_JOINERS.contains(word) && !word.equals("and")) {
      int[] prev = previousWord(text, w[0]);
      if (prev != null && word.equals("the")) prev = previousWord(text, prev[0]); // "Department of the Interior"
      return prev != null && isCapitalised(text.substring(prev[0], prev[1])) && !sentenceStart(text, prev[0]);
    }
    // A capitalised word before the cue is part of a name unless it only starts the sentence ("The Migration ...").
    return isCapitalised(word) && !sentenceStart(text, w[0]) && !word.equals("The");
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("I");
  }

  /** The word after position p on the same line of text (only spaces between), or null. */
  private static int[] nextWord(String text, int p) {
    int i = p;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) i++;
    if (i == p || i >= text.length()) return null; // punctuation or the end: no next word of this name
    int j = i;
    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '&' || text.charAt(j) == '-')) j++;
    return j > i ? new int[] {i, j} : null;
  }

  private static int[] previousWord(String text, int p) {
    int j = p;
    while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\u00a0')) j--;
    if (j == p || j == 0) return null;
    int i = j;
    while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '&' || text.charAt(i - 1) == '-')) i--;
    return i < j ? new int[] {i, j} : null;
  }

  /** True when only spaces and a sentence end (or the text start, or a line break) come before position p. */
  private static boolean sentenceStart(String text, int p) {
    int i = p - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    if (i < 0) return true;
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '(';
  }

  /** True when the cue needs no context or one of its context words occurs near [begin, end). */
  static boolean near(String text, int begin, int end, List<Pattern> context, Map<Pattern, Matcher> matchers) {
    if (context.isEmpty()) return true;
    int from = Math.max(0, begin - ThemeAggregator.CONTEXT_CHARS);
    int to = Math.min(text.length(), end + ThemeAggregator.CONTEXT_CHARS);
    for (Pattern p : context) {
      Matcher m = matchers.computeIfAbsent(p, x -> x.matcher(text).useTransparentBounds(true));
      m.region(from, to);
      if (m.find()) return true;
    }
    return false;
  }
}
