package org.reportlens.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counting the same way everywhere (letters or digits, inner apostrophes and hyphens kept), and name distance. */
public final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private Words() {}

  /** Levenshtein distance: how far a misspelt name is from its right spelling. */
  public static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  public static int count(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
