package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.extract.Markers;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.FootnoteRef;
import org.reportlens.model.PageStart;
import org.reportlens.model.Section;

/**
 * The text of one unit assembled from its blocks: paragraphs joined by blank lines, page markers
 * turned into page starts, footnote markers into references, and each heading block into a
 * {@link Section} (number, title, level, page, offset). Pure; linear in the blocks given.
 */
record UnitText(String text, List<PageStart> pageStarts, List<FootnoteRef> refs, List<Section> sections,
                int firstPage, int lastPage) {
  /** "2.1.", "IV.", "A." or "Chapter 3" before a heading's title. */
  private static final Pattern NUMBER = Pattern.compile(
      "^((?:\\d{1,2}(?:\\.\\d{1,2})*\\.?)|(?:[IVXLC]{1,6}\\.)|(?:[A-Z]\\.)|(?:(?i:chapter|section|part)\\s+[\\dIVXLC]+[.:]?))\\s+(?=\\p{L})");

  static UnitText of(List<Block> blocks, List<Integer> indices) {
    return of(blocks, indices, null);
  }

  /**
   * As {@link #of(List, List)}; a block marked in {@code sectionOnly} (a part's title, a heading
   * printed again as the running head) is a section without being written into the text.
   */
  static UnitText of(List<Block> blocks, List<Integer> indices, boolean[] sectionOnly) {
    StringBuilder text = new StringBuilder();
    List<PageStart> pageStarts = new ArrayList<>();
    List<FootnoteRef> refs = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    int page = 0;
    int first = 0;
    int last = 0;
    for (int j : indices) {
      Block b = blocks.get(j);
      boolean only = sectionOnly != null && sectionOnly[j];
      if (text.length() > 0 && !only) text.append("\n\n");
      if (b.page() > 0 && b.page() != page) {
        pageStarts.add(new PageStart(text.length(), b.page()));
        page = b.page();
      }
      if (b.kind() == BlockKind.HEADING || only) {
        String title = TocSegmenter.clean(b.text());
        Matcher n = NUMBER.matcher(title);
        String number = n.find() ? n.group(1).replaceAll("[.:]$", "") : null;
        String t = number != null ? title.substring(n.end()).strip() : title;
        int level = number != null && number.matches("[\\d.]+") ? number.split("\\.").length : Math.max(1, b.level());
        int at = only && text.length() > 0 ? text.length() + 2 : text.length(); // where the next paragraph begins
        if (!t.isBlank()) sections.add(new Section(number, t, level, page > 0 ? page : null, at));
      }
      if (only) {
        if (b.page() > 0) {
          if (first == 0) first = b.page();
          last = Math.max(last, b.page());
        }
        continue;
      }
      page = UnitText.appendBlock(text, b.text(), page, pageStarts, refs);
      if (page > 0) {
        if (first == 0) first = page;
        last = Math.max(last, page);
      }
    }
    return new UnitText(text.toString(), pageStarts, refs, sections, first, last);
  }

  /**
   * Appends one block's text to a unit's text with its page and footnote markers taken out: a page
   * marker records where a new page starts, a footnote marker where its reference stood. Line breaks
   * inside the block become spaces. Returns the page the block ends on.
   */
  static int appendBlock(StringBuilder text, String block, int page, List<PageStart> pageStarts, List<FootnoteRef> refs) {
    Matcher m = Markers.ANY.matcher(block);
    int from = 0;
    StringBuilder para = new StringBuilder();
    int base = text.length();
    while (m.find()) {
      para.append(block, from, m.start());
      int n = Integer.parseInt(m.group(2));
      if (m.group(1).charAt(0) == Markers.PAGE_OPEN) {
        if (n != page) pageStarts.add(new PageStart(base + para.length(), n));
        page = n;
      } else {
        refs.add(new FootnoteRef(base + para.length(), n));
      }
      from = m.end();
    }
    para.append(block.substring(from));
    text.append(para.toString().replace('\n', ' '));
    return page;
  }
}
