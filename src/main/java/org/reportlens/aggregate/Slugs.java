package org.reportlens.aggregate;

import java.text.Normalizer;
import java.util.Locale;

/** Stable ASCII ids from names: "Fayez al-Sarraj" -> "fayez-al-sarraj". Pure, thread-safe. */
public final class Slugs {
  private Slugs() {}

  public static String slug(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replace("’", "").replace("'", "").toLowerCase(Locale.ROOT);
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "actor" : s;
  }
}
