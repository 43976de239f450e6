package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads author names from a byline ("JEAN-LOUP SAMAAN", "By Anna Smith and Lee Wong",
 * "Jane Doe, John Roe & Ann Poe") or from what follows a title in a contents entry. Pure.
 */
final class Bylines {
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|;\\s*)\\s*",
      Pattern.CASE_INSENSITIVE);
  /** One word of a personal name: capitalised, an initial, a particle, a hyphenated or apostrophe form. */
  private static final Pattern NAME_WORD = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|de|y|van|von|der|den|da|di|du|del|della|la|le|bin|ibn|al|el|ter|dos|das|al-\\p{L}+|Jr\\.?|Sr\\.?|II|III)");
  private static final Pattern PREFIX = Pattern.compile("^(?i:by|edited by|written by)\\s+");
  private static final Pattern TITLES = Pattern.compile("^(?:Dr|Prof|Professor|Ambassador|Gen|General|Col|Sir|Mr|Ms|Mrs)\\.?\\s+");

  private Bylines() {}

  /** The names in {@code line}, or an empty list when it does not read as a byline. */
  static List<String> names(String line) {
    String s = PREFIX.matcher(line.strip()).replaceFirst("");
    if (s.isEmpty() || s.length() > 160 || s.endsWith(".") && !s.endsWith("Jr.") || s.contains(":")) return List.of();
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(s)) {
      String name = TITLES.matcher(part.strip()).replaceFirst("");
      if (name.isEmpty()) continue;
      if (!isName(name)) return List.of();
      out.add(name);
    }
    return out;
  }

  static boolean isName(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length < 2 || words.length > 5) return false;
    int capitalised = 0;
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) return false;
      if (Character.isUpperCase(w.charAt(0))) capitalised++;
    }
    // "The Troubling Case" is capitalised too: a name has no function words but its particles.
    String lower = s.toLowerCase(Locale.ROOT).replaceAll("\\b\\p{L}\\.", ""); // an initial "A." is not the article
    if (lower.matches(".*\\b(the|of|for|in|on|and|to|a|an|with|from|after|what|how|why|new|case)\\b.*")) return false;
    return capitalised >= 2;
  }
}
