package org.reportlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.Section;
import org.reportlens.model.SegmentedReport;
import org.reportlens.model.Style;

/**
 * Headings that are not running text, on hand-built styled documents: a chapter heading printed
 * again as the running head of its pages is a section only; a gazette's section banner and its
 * standing note above the notice's own title are front matter.
 */
class PartTitlesTest {
  private static final String PROSE = "The committee visited four districts and met local officials, who described how "
      + "the rains failed twice and how the wells ran dry before the harvest in each of the last three years.";

  private static Block b(String text, int page, BlockKind kind, double size, boolean bold) {
    return new Block(text, page, kind, kind == BlockKind.HEADING ? 1 : 0, new Style(size, bold, false, 72, 100, 300, size, 612, 792, false));
  }

  private static SegmentedReport read(List<Block> blocks, List<String> running) throws Exception {
    ExtractedText x = new ExtractedText("r.pdf", "application/pdf", 4, Map.of(), blocks, List.of());
    return new StructureReader().segment(new CleanDocument(x, blocks, List.of(), List.of(), running), "r");
  }

  @Test
  void aHeadingPrintedAgainAsTheRunningHeadIsASectionOnly() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Annual Review of the River Basin", 1, BlockKind.PARAGRAPH, 28, true));
    d.add(b(PROSE, 1, BlockKind.PARAGRAPH, 10, false));
    d.add(b("WATER RIGHTS", 2, BlockKind.HEADING, 20, false));
    d.add(b(PROSE, 2, BlockKind.PARAGRAPH, 10, false));
    d.add(b("Wells in the hills", 2, BlockKind.HEADING, 12, true));
    d.add(b(PROSE, 2, BlockKind.PARAGRAPH, 10, false));
    d.add(b(PROSE, 3, BlockKind.PARAGRAPH, 10, false));
    SegmentedReport r = read(d, List.of("WATER RIGHTS", "River Basin Council | Annual Review 2031"));

    Essay unit = r.essays().get(0);
    assertFalse(unit.text().contains("WATER RIGHTS"), unit.text());
    assertTrue(unit.text().contains("Wells in the hills"), "other headings stay in the text: " + unit.text());
    Section s = unit.sections().stream().filter(x -> x.title().equals("WATER RIGHTS")).findFirst().orElseThrow();
    assertTrue(unit.text().startsWith("The committee visited", s.offset()), "the section starts at its first paragraph: " + s);
    assertEquals(2, s.page());
  }

  @Test
  void theBodyBeginsAtTheTitleNotAtTheSectionBannerAndItsNoteAbove() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Notices", 1, BlockKind.HEADING, 18, true));
    d.add(b("This section of the gazette contains notices to the public of the decisions and hearings of the water "
        + "boards, so that those concerned may take part before a decision is made.", 1, BlockKind.PARAGRAPH, 8, false));
    d.add(b("MINISTRY OF WATER", 1, BlockKind.PARAGRAPH, 9, true));
    d.add(b("Wells in the Lake District; Permits for Deep Wells", 1, BlockKind.HEADING, 9, true));
    d.add(b(PROSE, 1, BlockKind.PARAGRAPH, 9, false));
    d.add(b(PROSE, 2, BlockKind.PARAGRAPH, 9, false));
    d.add(b(PROSE, 3, BlockKind.PARAGRAPH, 9, false));
    SegmentedReport r = read(d, List.of("Gazette / Vol. 12, No. 3 / Monday, March 2, 2031 / Notices"));

    assertEquals("Wells in the Lake District; Permits for Deep Wells", r.meta().title());
    Essay unit = r.essays().get(0);
    assertFalse(unit.text().contains("This section of the gazette"), unit.text());
    assertTrue(unit.text().startsWith("Wells in the Lake District"), unit.text());
    assertTrue(r.meta().frontMatter().text().contains("This section of the gazette"), r.meta().frontMatter().toString());
  }
}
