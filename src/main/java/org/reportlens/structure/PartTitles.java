package org.reportlens.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Style;

/**
 * Headings that title a part of the document rather than stand in its running text, found from the
 * page: a part-title (divider) page, one that carries only a title in large type (a compendium's
 * "Part 2 – Public Data" page between its texts); and a chapter heading printed again as the
 * running head of its pages (the layout stage removed the repeats, the first one is the heading).
 * Both are kept as what they are (a section, or a part of the matter) and out of the unit's text.
 * Consumes clean blocks with their style; blocks without style (DOCX, text) are never divider
 * pages. Pure; one pass over the blocks.
 */
final class PartTitles {
  /** A divider's title is set at least this much larger than the body. */
  static final double DIVIDER_TYPE = 1.3;
  /** A divider page carries at most this many words. */
  private static final int DIVIDER_WORDS = 20;
  private static final int DIVIDER_BLOCKS = 3;

  private PartTitles() {}

  /**
   * Blocks of divider pages: a page after the first whose blocks are all short non-prose lines (at
   * most three, twenty words), one of them in type at least {@link #DIVIDER_TYPE} x the body's.
   */
  static boolean[] dividers(List<Block> blocks, List<String> texts) {
    int n = blocks.size();
    boolean[] out = new boolean[n];
    double body = Openings.bodySize(blocks);
    if (body <= 0 || n == 0) return out;
    int firstPage = blocks.get(0).page();
    int i = 0;
    while (i < n) {
      int page = blocks.get(i).page();
      int j = i;
      int words = 0;
      boolean big = false;
      boolean plain = true;
      while (j < n && blocks.get(j).page() == page) {
        Block b = blocks.get(j);
        String t = texts.get(j);
        words += TocSegmenter.words(t).size();
        Style s = b.style();
        if (s == null || b.kind() == BlockKind.CONTENTS || b.kind() == BlockKind.FOOTNOTE || TocSegmenter.isProse(t)) plain = false;
        else if (s.fontSize() >= body * DIVIDER_TYPE) big = true;
        j++;
      }
      if (page > 0 && page != firstPage && plain && big && words > 0 && words <= DIVIDER_WORDS && j - i <= DIVIDER_BLOCKS) {
        for (int k = i; k < j; k++) out[k] = true;
      }
      i = j;
    }
    return out;
  }

  /** Heading blocks whose text is a running head the layout stage removed from the other pages. */
  static boolean[] runningHeadings(List<Block> blocks, List<String> texts, List<String> running) {
    boolean[] out = new boolean[blocks.size()];
    Set<String> heads = new HashSet<>();
    for (String r : running) {
      String k = key(r);
      if (!k.isEmpty()) heads.add(k);
    }
    if (heads.isEmpty()) return out;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == BlockKind.HEADING && heads.contains(key(texts.get(i)))) out[i] = true;
    }
    return out;
  }

  /** Words, digits left out (a running head carries its page number). */
  private static String key(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : TocSegmenter.words(s)) {
      if (w.chars().allMatch(Character::isDigit)) continue;
      b.append(b.length() > 0 ? " " : "").append(w);
    }
    return b.toString();
  }
}
