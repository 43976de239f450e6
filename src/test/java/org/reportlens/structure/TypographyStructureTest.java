package org.reportlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Author;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.SegmentedReport;
import org.reportlens.model.Style;

/**
 * Units from heading typography with bylines ({@link Openings}), on hand-built documents whose
 * blocks carry their style: no contents page, no outline, titles in large type opening a page.
 */
class TypographyStructureTest {
  private static final String PROSE = "The committee visited four districts and met local officials, who described how "
      + "the rains failed twice and how the wells ran dry before the harvest in each of the last three years.";

  private static Block b(String text, int page, double size, boolean bold, boolean pageStart) {
    return new Block(text, page, BlockKind.PARAGRAPH, 0, new Style(size, bold, false, 72, 100, 300, size, 612, 792, pageStart));
  }

  private static void body(List<Block> out, int page, int paragraphs) {
    for (int k = 0; k < paragraphs; k++) out.add(b(PROSE, page, 10, false, k == 0 && out.get(out.size() - 1).page() != page));
  }

  private static SegmentedReport read(List<Block> blocks) throws Exception {
    ExtractedText x = new ExtractedText("v.pdf", "application/pdf", 20, Map.of(), blocks, List.of());
    return new StructureReader().segment(new CleanDocument(x, blocks, List.of(), List.of(), List.of()), "v");
  }

  private static List<String> names(Essay e) {
    return e.authors().stream().map(Author::name).toList();
  }

  /** A journal issue: an unsigned foreword and three signed articles, each opening a new page. */
  @Test
  void titlesInLargeTypeOpeningAPageWithABylineAreUnits() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Review of Lake Studies", 1, 30, true, true));
    d.add(b("Published twice a year by the Lake Institute. All rights reserved.", 1, 9, false, false));
    d.add(b("Foreword", 2, 20, true, true));
    body(d, 2, 2);
    d.add(b("Wells and Rains", 3, 20, true, true));
    d.add(b("in the Lake Region", 3, 20, true, false));
    d.add(b("ANNA KOWALSKA* AND TOMÁS RUIZ DE LA PEÑA†", 3, 11, false, false));
    body(d, 3, 3);
    body(d, 4, 2);
    d.add(b("Fisheries After the Drought", 5, 20, true, true));
    d.add(b("LENA OKAFOR* Review of: The Empty Nets (Lake Press, 2030). " + PROSE, 5, 11, false, false));
    body(d, 5, 3);
    d.add(b("Grain Prices Since 2020", 6, 20, true, true));
    d.add(b("Jonas Berg", 6, 10, false, false));
    body(d, 6, 3);
    d.add(b("Written by Anna Kowalska, who studies lake fisheries.", 6, 10, false, false));
    SegmentedReport r = read(d);
    List<Essay> units = r.essays();
    assertEquals(List.of("Foreword", "Wells and Rains in the Lake Region", "Fisheries After the Drought", "Grain Prices Since 2020"),
        units.stream().map(Essay::title).toList());
    assertEquals(List.of(), names(units.get(0)));
    assertEquals(List.of("Anna Kowalska", "Tomás Ruiz de la Peña"), names(units.get(1)));
    assertEquals(List.of("Lena Okafor"), names(units.get(2)));
    assertEquals(List.of("Jonas Berg"), names(units.get(3)));
    assertEquals("edited-volume", r.meta().documentType());
    assertTrue(units.get(1).text().startsWith("The committee"), "title and byline are not text");
  }

  /** A title set in capitals with its authors on the same line. */
  @Test
  void namesInTheTitlesOwnLineAreItsByline() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Notes on the Harvest", 1, 30, true, true));
    d.add(b("EDITORS’ NOTE MARTA SILVA & PAUL DUBOIS", 2, 12, false, true));
    body(d, 2, 4);
    d.add(b("THE EMPTY GRANARY", 3, 20, true, true));
    d.add(b("PAUL DUBOIS°", 3, 11, false, false));
    body(d, 3, 4);
    d.add(b("Marta Silva and Paul Dubois edit the review; the editors thank every reader who wrote in.", 3, 10, false, false));
    List<Essay> units = read(d).essays();
    assertEquals(List.of("Editors’ Note", "The Empty Granary"), units.stream().map(Essay::title).toList());
    assertEquals(List.of("Marta Silva", "Paul Dubois"), names(units.get(0)));
    assertEquals(List.of("Paul Dubois"), names(units.get(1)));
  }

  /** Large headings over a table whose column heads or a repeated subtitle follow are not signed units. */
  @Test
  void columnHeadsAndRepeatedSubtitlesAreNotBylines() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Annual Report on the Lake Region", 1, 30, true, true));
    body(d, 2, 3);
    d.add(b("PILLAR TWO: WATER RIGHTS", 3, 13, true, true));
    d.add(b("WATER RIGHTS", 3, 12, false, false));
    body(d, 3, 3);
    d.add(b("PILLAR THREE: FISHERIES", 4, 13, true, true));
    d.add(b("Rec. Number Recommendation Title", 4, 9, false, false));
    body(d, 4, 3);
    d.add(b("PILLAR FOUR: GRAIN", 5, 13, true, true));
    d.add(b("Status Number Assessment Title", 5, 9, false, false));
    body(d, 5, 3);
    SegmentedReport r = read(d);
    assertEquals("report", r.meta().documentType());
    assertEquals(1, r.essays().size());
  }

  /**
   * A repository cover: the series name and the article title in the same large type (the title is
   * printed again as a heading), the byline in capitals glued to the first paragraph, one small
   * capital misread by the OCR.
   */
  @Test
  void theTitlePrintedAgainWinsAndItsBylineNamesTheAuthors() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Lake Law Annual", 1, 16, false, true));
    d.add(b("Volume 12 Article 4", 1, 11, false, false));
    d.add(b("Water Rights", 1, 16, false, false));
    d.add(b("Recommended Citation", 1, 11, false, false));
    d.add(b("Anna Kowalska and Jonas Berg, Water Rights, 12 Lake L. Ann. 3 (2030).", 1, 10, false, false));
    d.add(new Block("Water Rights", 2, BlockKind.HEADING, 1, new Style(14, true, false, 72, 80, 300, 14, 612, 792, true)));
    d.add(b("ANNA KOWALSKA, JONAS BeRG, AND LENA OKAFOR* " + PROSE, 2, 9, false, false));
    body(d, 2, 4);
    d.add(b("Lena Okafor wrote the section on fisheries; Jonas Berg the one on courts.", 2, 10, false, false));
    SegmentedReport r = read(d);
    assertEquals("Water Rights", r.meta().title());
    assertEquals(List.of("Anna Kowalska", "Jonas Berg", "Lena Okafor"), names(r.essays().get(0)));
  }

  /** A title set over two lines in its own type: the second line is not a byline of two names. */
  @Test
  void theSecondLineOfATitleInItsTypeIsNotAByline() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Lake Notes", 1, 30, true, true));
    d.add(new Block("Contents", 1, BlockKind.HEADING, 1, new Style(14, true, false, 72, 100, 300, 14, 612, 792, false)));
    d.add(b("A First Step Toward One Data Portal for the Lake Region .......... 2", 1, 10, false, false));
    d.add(b("Grain Prices Since 2020 .......... 3", 1, 10, false, false));
    d.add(b("A FIRST STEP TOWARD ONE DATA PORTAL FOR THE", 2, 14, true, true));
    d.add(b("LAKE REGION", 2, 14, true, false));
    d.add(new Block("By Anna Kowalska", 2, BlockKind.HEADING, 2, new Style(12, true, false, 72, 100, 300, 12, 612, 792, false)));
    body(d, 2, 4);
    d.add(b("GRAIN PRICES SINCE 2020", 3, 14, true, true));
    d.add(new Block("By Jonas Berg", 3, BlockKind.HEADING, 2, new Style(12, true, false, 72, 100, 300, 12, 612, 792, false)));
    body(d, 3, 4);
    List<Essay> units = read(d).essays();
    assertEquals(List.of("Anna Kowalska"), names(units.get(0)));
    assertEquals(List.of("Jonas Berg"), names(units.get(1)));
  }

  /**
   * Titles from the contents page printed over two or three lines in the title's type: an entry whose
   * last words read as a name ("... in Lake Victoria") is a title printed whole, not title and author.
   */
  @Test
  void contentsEntriesPrintedWholeOverSeveralTitleLines() throws Exception {
    List<Block> d = new ArrayList<>();
    d.add(b("Notes from the Valley", 1, 30, true, true));
    d.add(new Block("CONTENTS", 2, BlockKind.HEADING, 1, new Style(12, true, false, 72, 75, 60, 12, 612, 792, true)));
    d.add(new Block("Wells and Rains ........................ 3\nFarmers After the Drought in Lake Victoria ........................ 4\n"
        + "The Potential of Wells, Rain Gardens and Small Dams\nfor the Farms of the Dry Hills ........................ 5", 2,
        BlockKind.CONTENTS, 0, new Style(9, false, false, 72, 97, 460, 40, 612, 792, false)));
    d.add(b("WELLS AND RAINS", 3, 14, true, true));
    d.add(b("By Anna Kowalska", 3, 12, true, false));
    body(d, 3, 4);
    d.add(b("FARMERS AFTER THE DROUGHT IN", 4, 14, true, true));
    d.add(b("LAKE VICTORIA", 4, 14, true, false));
    d.add(b("By Jonas Berg", 4, 12, true, false));
    body(d, 4, 4);
    d.add(b("THE POTENTIAL OF WELLS, RAIN GARDENS", 5, 14, true, true));
    d.add(b("AND SMALL DAMS FOR THE FARMS OF THE", 5, 14, true, false));
    d.add(b("DRY HILLS", 5, 14, true, false));
    d.add(b("By Lena Okafor", 5, 12, true, false));
    body(d, 5, 4);
    SegmentedReport r = read(d);
    assertEquals(List.of("Wells and Rains", "Farmers After the Drought in Lake Victoria",
        "The Potential of Wells, Rain Gardens and Small Dams for the Farms of the Dry Hills"),
        r.essays().stream().map(Essay::title).toList());
    assertEquals(List.of("Jonas Berg"), names(r.essays().get(1)));
    assertEquals(List.of("Lena Okafor"), names(r.essays().get(2)));
    assertTrue(r.essays().get(2).text().startsWith(PROSE), r.essays().get(2).text());
  }
}
