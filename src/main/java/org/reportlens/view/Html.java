package org.reportlens.view;

import java.util.Locale;

/** A tiny HTML builder: escaped text, attributes and numbers, appended to one StringBuilder. Not thread-safe. */
final class Html {
  private final StringBuilder out = new StringBuilder(1 << 16);

  Html raw(String s) {
    out.append(s);
    return this;
  }

  Html text(String s) {
    out.append(esc(s));
    return this;
  }

  /** {@code <tag>text</tag>} with the text escaped. */
  Html el(String tag, String text) {
    out.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag.split(" ")[0]).append('>');
    return this;
  }

  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
