package org.reportlens.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counting the same way everywhere (letters or digits, inner apostrophes and hyphens kept). */
public final class Words {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  private Words() {}

  public static int count(String text) {
    Matcher m = WORD.matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }
}
