package org.reportlens.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/**
 * Marks the entries of a printed table of contents {@link BlockKind#CONTENTS}: blocks with two or
 * more dot-leader entries ("Introduction ..... 3"), every leader block of a page that has three or
 * more of them, and, after a "Contents" title, the blocks whose lines mostly end in a page number and,
 * on the title's page, the blocks of short lines that are not sentences (entries whose page numbers
 * are set in a column apart, and that column).
 * The blocks stay in the list (the structure stage reads them as a TOC); the title is left as it is.
 */
final class ContentsPages {
  static final Pattern LEADER = Pattern.compile("(?:…|\\.{2,}|·{2,}|_{3,}|(?:\\. ){2,})[.…·_\\s]*\\d{1,4}(?=\\s|$)");
  private static final Pattern TITLE = Pattern.compile("(?i)^(?:table of )?contents$");
  private static final Pattern NUMBERED_LINE = Pattern.compile("\\S.*\\s\\d{1,4}$");

  private ContentsPages() {}

  static List<Block> mark(List<Block> blocks) {
    Map<Integer, Integer> leadersByPage = new HashMap<>();
    for (Block b : blocks) leadersByPage.merge(b.page(), count(b.text()), Integer::sum);
    List<Block> out = new ArrayList<>(blocks.size());
    boolean afterTitle = false;
    int titlePage = -1;
    for (Block b : blocks) {
      String t = b.text().strip();
      int leaders = count(t);
      boolean contents = leaders >= 2 || (leaders >= 1 && leadersByPage.getOrDefault(b.page(), 0) >= 3)
          || (afterTitle && mostlyNumbered(t)) || (afterTitle && b.page() == titlePage && entryLike(t));
      if (TITLE.matcher(t).matches()) {
        afterTitle = true;
        titlePage = b.page();
      } else if (!contents) {
        afterTitle = false;
      }
      out.add(contents && b.kind() == BlockKind.PARAGRAPH ? b.withKind(BlockKind.CONTENTS, 0) : b);
    }
    return out;
  }

  static int count(String text) {
    int n = 0;
    var m = LEADER.matcher(text);
    while (m.find()) n++;
    return n;
  }

  /**
   * On the page of a "Contents" title, a block of short lines that are not sentences: titles and
   * authors whose page numbers stand apart in a column of their own, or that column ("1\n38\n77").
   */
  private static boolean entryLike(String t) {
    String[] lines = t.split("\n");
    int sentences = 0;
    for (String l : lines) {
      String x = l.strip();
      int words = x.split("\\s+").length;
      if (words > 14) return false;
      if (words >= 6 && x.matches(".*[.!?]$")) sentences++; // a line of prose, not a title ("Who Owns the Rain?")
    }
    return sentences * 3 <= lines.length;
  }

  private static boolean mostlyNumbered(String t) {
    String[] lines = t.split("\n");
    int n = 0;
    for (String l : lines) if (NUMBERED_LINE.matcher(l.strip()).matches()) n++;
    return n * 2 > lines.length;
  }
}
