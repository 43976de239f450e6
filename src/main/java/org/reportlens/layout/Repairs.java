package org.reportlens.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.extract.Dehyphenator;
import org.reportlens.model.Block;
import org.reportlens.model.Style;

/**
 * Repairs what the PDF's own text gets wrong: a drop capital set as a block of its own joined to
 * the words it begins ("T" + "he Constitution"), a space before a hyphen inside a compound
 * ("Secretary -General"), and letter-spaced words in headings split where the word list says the
 * joined form is a word ("CONCEP TS"). Stateless.
 */
final class Repairs {
  private static final Pattern SPACED_HYPHEN = Pattern.compile("(\\p{L}) -(\\p{L})");

  private Repairs() {}

  static List<Block> apply(List<Block> blocks, double body) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (dropCapital(b, body) && i + 1 < blocks.size() && blocks.get(i + 1).page() == b.page()
          && startsLower(blocks.get(i + 1).text())) {
        Block next = blocks.get(i + 1);
        out.add(next.withText(b.text().strip() + next.text()));
        i++;
        continue;
      }
      if (!out.isEmpty() && dropCapital(b, body) && out.get(out.size() - 1).page() == b.page()
          && startsLower(out.get(out.size() - 1).text())) {
        Block prev = out.remove(out.size() - 1);
        out.add(prev.withText(b.text().strip() + prev.text()));
        continue;
      }
      String t = SPACED_HYPHEN.matcher(b.text()).replaceAll("$1-$2");
      if (heading(b, body)) t = joinSpacedLetters(t);
      out.add(t.equals(b.text()) ? b : b.withText(t));
    }
    return out;
  }

  static boolean dropCapital(Block b, double body) {
    Style s = b.style();
    String t = b.text().strip();
    return s != null && t.length() == 1 && Character.isUpperCase(t.charAt(0)) && s.fontSize() >= body * 1.8;
  }

  private static boolean startsLower(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
  }

  private static boolean heading(Block b, double body) {
    Style s = b.style();
    return s != null && (s.fontSize() > body + 0.5 || s.bold()) && b.text().split("\\s+").length <= 16;
  }

  /** Adjacent pieces neither of which is a word but whose join is: "CONCEP TS" -> "CONCEPTS". */
  static String joinSpacedLetters(String t) {
    String[] lines = t.split("\n", -1);
    for (int li = 0; li < lines.length; li++) {
      String[] w = lines[li].split(" ");
      List<String> out = new ArrayList<>();
      for (String piece : w) {
        if (!out.isEmpty()) {
          String prev = out.get(out.size() - 1);
          String a = letters(prev);
          String b = letters(piece);
          if (!a.isEmpty() && !b.isEmpty() && a.equals(prev) && piece.startsWith(b)
              && !(Dehyphenator.isWord(a) && Dehyphenator.isWord(b)) && Dehyphenator.isWord(a + b)) {
            out.set(out.size() - 1, prev + piece);
            continue;
          }
        }
        out.add(piece);
      }
      lines[li] = String.join(" ", out);
    }
    return String.join("\n", lines);
  }

  private static String letters(String s) {
    Matcher m = Pattern.compile("^\\p{L}+").matcher(s);
    return m.find() ? m.group() : "";
  }
}
