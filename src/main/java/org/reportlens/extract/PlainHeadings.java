package org.reportlens.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/**
 * Headings and bylines of plain text, read from how they are set: a paragraph of one to four short
 * lines with no closing punctuation ("AGRICULTURE", "12. The River Rises", "No. 12 / Wells and
 * Rains / Ana Ortega") is a heading, its last line a byline of its own when it starts "By" or (after
 * two lines or more) reads as a name; a heading glued to a "By ..." line over the text is split off.
 * Consumes the blank-line paragraphs of {@link PlainTextBlocks}; marks nothing in a text that has no
 * prose paragraph (a list of short lines stays text, never headings alone). Words are never dropped.
 */
final class PlainHeadings {
  private static final int MAX_WORDS = 12;
  private static final Pattern CLOSED = Pattern.compile("[.!:;,]['\"”’)\\]]*$");
  private static final Pattern OPENS = Pattern.compile("^[\\p{Lu}\\d\"“'‘(#]");
  private static final Pattern BY = Pattern.compile("^(?i:by|written by|edited by)\\s+");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)\\s*");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|de|van|von|der|da|di|du|del|la|le|bin|al|Jr\\.?");
  private static final Pattern FUNCTION = Pattern.compile("(?i)\\b(the|of|for|in|on|and|to|a|an|with|from|at|by|new)\\b");

  private PlainHeadings() {}

  static List<Block> mark(List<Block> paragraphs) {
    if (paragraphs.stream().noneMatch(b -> prose(b.text()))) return paragraphs;
    List<Block> out = new ArrayList<>();
    for (Block b : paragraphs) {
      if (b.kind() != BlockKind.PARAGRAPH) {
        out.add(b);
        continue;
      }
      List<String> lines = Arrays.stream(b.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
      int head = 0;
      while (head < lines.size() && head < 4 && titleLike(lines.get(head))) head++;
      int byline = -1;
      if (head < lines.size() && head > 0 && head <= 3 && byline(lines.get(head))) byline = head; // title, then "By ..." over the text
      else if (head == lines.size() && head >= 2 && (byline(lines.get(head - 1)) || head >= 3 && names(lines.get(head - 1)))) byline = --head;
      if (head == 0 || byline < 0 && head < lines.size()) {
        out.add(b);
        continue;
      }
      out.add(new Block(String.join(" ", lines.subList(0, head)), b.page(), BlockKind.HEADING, 2));
      if (byline < 0) continue;
      out.add(Block.paragraph(lines.get(byline), b.page()));
      if (byline + 1 < lines.size()) out.add(Block.paragraph(String.join("\n", lines.subList(byline + 1, lines.size())), b.page()));
    }
    return out;
  }

  private static boolean titleLike(String line) {
    int words = line.split("\\s+").length;
    return words <= MAX_WORDS && OPENS.matcher(line).find() && !CLOSED.matcher(line).find() && line.chars().anyMatch(Character::isLetter)
        && !byline(line);
  }

  /** "By Ana Ortega and Tom Reed": "By" and names only. */
  private static boolean byline(String line) {
    var m = BY.matcher(line);
    return m.lookingAt() && names(line.substring(m.end()));
  }

  /** One to four names joined by commas, "and" or "&", each of two to four capitalised words. */
  private static boolean names(String line) {
    if (line.length() > 160) return false;
    for (String part : SEPARATORS.split(line.strip())) {
      String[] words = part.split("\\s+");
      if (words.length < 2 || words.length > 4 || FUNCTION.matcher(part).find()) return false;
      for (String w : words) if (!NAME_WORD.matcher(w).matches()) return false;
    }
    return true;
  }

  private static boolean prose(String t) {
    int words = t.split("\\s+").length;
    return words >= 8 && !t.contains("\n") || words >= 25;
  }
}
