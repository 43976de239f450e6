package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

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

  /** The sentence that opens the court's own opinion: "Justice Stevens delivered the opinion of the Court." */
  static final Pattern DELIVERED = Pattern.compile(
      "(?:(Chief)\\s+)?Justice\\s+(\\p{Lu}[\\p{L}'’-]+)\\s+delivered\\s+the\\s+opinion\\s+of\\s+the\\s+Court\\.(?=\\s|$)");

  static Opinion at(List<String> texts, int i) {
    String t = TocSegmenter.clean(texts.get(i));
    if (HEADING.matcher(t).matches()) return new Opinion(t, null);
    Matcher d = DELIVERED.matcher(t);
    if (d.lookingAt()) return new Opinion("Opinion of the Court", (d.group(1) != null ? "Chief Justice " : "Justice ") + name(d.group(2)));
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

  /**
   * The blocks with an opinion's opening sentence that the page set at the end of another paragraph
   * (after the list of counsel) cut off into a block of its own. Linear.
   */
  static List<Block> split(List<Block> blocks) {
    List<Block> out = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Matcher d = DELIVERED.matcher(b.text());
      // Only the block's last sentence: the same words inside prose (a citation) are not an opening.
      boolean cut = d.find() && d.end() == b.text().stripTrailing().length() && !b.text().substring(0, d.start()).isBlank();
      if (cut && out == null) out = new ArrayList<>(blocks.subList(0, i));
      if (cut) {
        out.add(b.withText(b.text().substring(0, d.start()).stripTrailing()));
        out.add(new Block(b.text().substring(d.start()), b.page(), BlockKind.PARAGRAPH, 0, b.style()));
      } else if (out != null) {
        out.add(b);
      }
    }
    return out == null ? blocks : out;
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
