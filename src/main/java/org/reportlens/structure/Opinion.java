package org.reportlens.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opinions of a court's reported decision, each its own unit: a heading "Opinion of the Court",
 * "Syllabus", "Roberts, C. J., dissenting", or an opinion's opening line "Justice Scalia, with whom
 * ..., dissenting." (its title then written as the reporter's running heads write it). The author
 * is read from the opening line ("Justice Stevens delivered the opinion of the Court"). Pure.
 */
record Opinion(String title, String author) {
  private static final Pattern HEADING = Pattern.compile(
      "^(?:Opinion of the Court|Syllabus|Per Curiam|\\p{Lu}[\\p{L}'’-]+,\\s+(?:C\\.\\s*)?J\\.,\\s+(?:dissenting|concurring)"
          + "(?:\\s+in\\s+(?:part|(?:the\\s+)?judgment))?(?:\\s+and\\s+(?:dissenting|concurring)\\s+in\\s+(?:part|(?:the\\s+)?judgment))?)$");
  private static final Pattern OPENING = Pattern.compile(
      "^(?i:(chief\\s+)?justice)\\s+(\\p{Lu}[\\p{L}'’-]+),\\s+with whom\\b.{0,200}?\\b(dissenting|concurring)(?:\\s+in\\s+(?:part|(?:the\\s+)?judgment))?\\.");
  private static final Pattern AUTHOR = Pattern.compile(
      "(?i:\\b(chief\\s+)?justice)\\s+(\\p{Lu}[\\p{L}'’-]+)(?:,\\s+with whom\\b.{0,200}?,)?\\s+(?:delivered the opinion|dissenting|concurring|filed)");

  static Opinion at(List<String> texts, int i) {
    String t = TocSegmenter.clean(texts.get(i));
    if (HEADING.matcher(t).matches()) return new Opinion(t, null);
    String two = i + 1 < texts.size() ? t + " " + TocSegmenter.clean(texts.get(i + 1)) : t;
    Matcher m = OPENING.matcher(two);
    if (m.find()) {
      String name = name(m.group(2));
      boolean chief = m.group(1) != null;
      return new Opinion(name + ", " + (chief ? "C. J." : "J.") + ", " + m.group(3).toLowerCase(Locale.ROOT),
          (chief ? "Chief Justice " : "Justice ") + name);
    }
    return null;
  }

  /** "Justice Stevens" from an opening line in the first blocks of an opinion, or null. */
  static String author(List<String> texts, int from, int to) {
    for (int i = from; i < Math.min(to, from + 8); i++) {
      Matcher m = AUTHOR.matcher(TocSegmenter.clean(texts.get(i)) + (i + 1 < texts.size() ? " " + TocSegmenter.clean(texts.get(i + 1)) : ""));
      if (m.find()) return (m.group(1) != null ? "Chief Justice " : "Justice ") + name(m.group(2));
    }
    return null;
  }

  private static String name(String s) {
    return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
