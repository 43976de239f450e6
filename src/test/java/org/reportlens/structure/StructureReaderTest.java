package org.reportlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.OutlineEntry;
import org.reportlens.model.ReportException;
import org.reportlens.model.SegmentedReport;
import org.reportlens.model.Style;

/** Structure from ranked evidence, each rule on a small hand-built document of its own. */
class StructureReaderTest {
  private static final String PROSE = "The committee visited four districts and met local officials, who described how "
      + "the rains failed twice and how the wells ran dry before the harvest.";

  private static Block h(String t, int page) { return new Block(t, page, BlockKind.HEADING, 1); }

  private static Block p(String t, int page) { return Block.paragraph(t, page); }

  private static CleanDocument doc(List<Block> blocks, List<String> running, List<OutlineEntry> outline) {
    ExtractedText x = new ExtractedText("r.pdf", "application/pdf", 20, Map.of(), blocks, outline);
    return new CleanDocument(x, blocks, List.of(), List.of(), running);
  }

  private static SegmentedReport read(CleanDocument d) throws ReportException {
    return new StructureReader().segment(d, "r");
  }

  /** An institutional report: cover, contents with leaders, numbered body, two annexes, references. */
  private static List<Block> institutionalReport() {
    List<Block> b = new ArrayList<>();
    b.add(p("United Nations", 1));
    b.add(p("S/2031/77", 1));
    b.add(p("Security Council", 1));
    b.add(p("12 March 2031", 1));
    b.add(h("Water and Stability in the Lake Region", 1));
    b.add(p("Report of the Secretary-General", 1));
    b.add(h("Contents", 2));
    b.add(p("I. Introduction .......... 3", 2));
    b.add(p("II. Findings .......... 4", 2));
    b.add(p("Annex I Data sources .......... 6", 2));
    b.add(h("I. Introduction", 3));
    b.add(p(PROSE, 3));
    b.add(h("II. Findings", 4));
    b.add(p("Wells have been deepened in every district visited. " + PROSE, 4));
    b.add(h("Annex I: Data sources", 6));
    b.add(p("Rainfall records came from district stations and were checked against satellite estimates for each season.", 6));
    b.add(h("Annex II", 7));
    b.add(p("The mission met officials of the ministries of water, agriculture and the interior in the capital.", 7));
    b.add(h("References", 8));
    b.add(p("Ortega, L. (2029). Wells and Rains. Lake Region Press.", 8));
    return b;
  }

  @Test
  void anInstitutionalReportIsOneReportUnitWithItsAnnexesAndItsMatter() throws Exception {
    SegmentedReport r = read(doc(institutionalReport(), List.of(), List.of()));
    List<Essay> units = r.essays();
    assertEquals(List.of(EssayKind.REPORT, EssayKind.ANNEX, EssayKind.ANNEX), units.stream().map(Essay::kind).toList());
    assertEquals("Water and Stability in the Lake Region", units.get(0).title());
    assertEquals("Annex I: Data sources", units.get(1).title());
    assertEquals("Annex II", units.get(2).title());
    Essay report = units.get(0);
    assertFalse(report.text().contains(".........."), "contents lines stay out of the text");
    assertTrue(report.text().contains("Wells have been deepened"));
    assertEquals("I", report.sections().get(0).number());
    assertEquals("Findings", report.sections().get(1).title());
    assertEquals(Integer.valueOf(4), report.sections().get(1).page());
    assertEquals("Findings", report.sectionAt(report.text().indexOf("Wells have been")));
    assertFalse(units.get(2).text().contains("Ortega"), "the references are back matter");

    var meta = r.meta();
    assertEquals("Water and Stability in the Lake Region", meta.title());
    assertEquals("S/2031/77", meta.identifier());
    assertEquals("2031-03-12", meta.date());
    assertEquals("report", meta.documentType());
    assertEquals(List.of("Secretary-General"), meta.authors());
    assertNotNull(meta.frontMatter());
    assertTrue(meta.frontMatter().parts().stream().anyMatch(x -> x.kind().equals("contents")));
    assertTrue(meta.frontMatter().text().contains("Security Council"));
    assertEquals("bibliography", meta.backMatter().parts().get(0).kind());
    assertTrue(meta.backMatter().text().contains("Ortega"));
  }

  @Test
  void paragraphsWithoutAFullStopAreStillOneUnitAndNothingIsLost() throws Exception {
    List<Block> b = List.of(
        p("Rivers of the north", 1),
        p("The river carries more silt each spring according to the survey published last year [4]", 1),
        p("Three causes are named in the survey of the basin and its tributaries:", 1),
        p("upstream logging, new dams on the tributaries and the sand mining near the estuary", 1),
        p("Each is discussed below with its evidence and what the ministry proposes to do about it [12]", 2));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals(1, r.essays().size());
    String text = r.essays().get(0).text();
    for (Block x : b.subList(1, b.size())) assertTrue(text.contains(x.text()), x.text());
  }

  @Test
  void aDocumentOfHeadingsAloneIsRefusedWithAReason() {
    List<Block> b = List.of(h("Contents", 1), h("Annex I", 2));
    ReportException e = org.junit.jupiter.api.Assertions.assertThrows(ReportException.class, () -> read(doc(b, List.of(), List.of())));
    assertEquals(org.reportlens.model.FailureReason.NO_ESSAYS, e.reason());
  }

  @Test
  void headingsReadAsBylinesDoNotMakeAnEditedVolume() throws Exception {
    // "Executive Summary" and "Evaluating Progress" parse as names, but the document writes their
    // words in lower case: they are headings, and the report stays one report.
    List<Block> b = new ArrayList<>();
    b.add(h("Annual Review of the Port Authority", 1));
    b.add(h("Overview", 2));
    b.add(p("Executive Summary", 2));
    b.add(p("This executive summary gives the main points of the review; the summary is followed by the detail. " + PROSE, 2));
    b.add(h("Progress", 3));
    b.add(p("Evaluating Progress", 3));
    b.add(p("Evaluating progress needs measures agreed in advance, and the progress made is uneven. " + PROSE, 3));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals(1, r.essays().size());
    assertEquals(EssayKind.REPORT, r.essays().get(0).kind());
    assertEquals(List.of(), r.essays().get(0).authors());
  }

  @Test
  void aContentsPageWithAuthorsFindsTitlesGluedToTheirFirstParagraph() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(h("Notes from the Coast", 1));
    b.add(p("Contents", 2));
    b.add(p("Salt in the Wells Maria Lindqvist . . . . . . . . 3 Mangroves and Memory Tomas Ferreira . . . . . . . 4", 2));
    b.add(p("1.1 Salt in the Wells Maria Lindqvist (Coastal Institute, SE) " + PROSE, 3));
    b.add(p("More wells were closed this year than in the previous decade. " + PROSE, 3));
    b.add(p(PROSE + " " + PROSE + " " + PROSE, 3));
    b.add(p("1.2 Mangroves and Memory Tomas Ferreira (University of the Coast, PT) " + PROSE, 4));
    b.add(p(PROSE + " " + PROSE + " " + PROSE + " " + PROSE, 4));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals("edited-volume", r.meta().documentType());
    assertEquals(List.of("Salt in the Wells", "Mangroves and Memory"), r.essays().stream().map(Essay::title).toList());
    assertEquals("Maria Lindqvist", r.essays().get(0).authors().get(0).name());
    assertEquals("Tomas Ferreira", r.essays().get(1).authors().get(0).name());
    assertTrue(r.essays().get(0).text().contains("More wells were closed"));
  }

  @Test
  void eachOpinionOfACourtIsAnItemWithItsAuthor() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(p("RIVERSIDE COUNTY et al. v. LAKE WATER BOARD", 1));
    b.add(p("No. 31–207. Argued October 3, 2030—Decided January 9, 2031", 1));
    b.add(p("The county sued the board over the diversion of the river. " + PROSE, 1));
    b.add(h("Opinion of the Court", 2));
    b.add(p("Justice Moreau delivered the opinion of the Court. " + PROSE, 2));
    b.add(p("Justice Adeyemi, with whom Justice Park joins, dissenting.", 5));
    b.add(p("The Court reads the statute too broadly. " + PROSE, 5));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    List<Essay> items = r.essays().stream().filter(e -> e.kind() == EssayKind.ITEM).toList();
    assertEquals(List.of("Opinion of the Court", "Adeyemi, J., dissenting"), items.stream().map(Essay::title).toList());
    assertEquals("Justice Moreau", items.get(0).authors().get(0).name());
    assertEquals("Justice Adeyemi", items.get(1).authors().get(0).name());
    assertEquals("RIVERSIDE COUNTY et al. v. LAKE WATER BOARD", r.meta().title());
    assertEquals("No. 31–207", r.meta().identifier());
    assertEquals("2031-01-09", r.meta().date());
  }

  /**
   * The labels are running heads (the layout stage took them): the opinion opens with the sentence
   * set at the end of the counsel paragraph, and the text before it is the syllabus.
   */
  @Test
  void anOpinionOpeningAfterTheCounselParagraphAndTheSyllabusBeforeIt() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(p("RIVERSIDE COUNTY et al. v. LAKE WATER BOARD", 1));
    b.add(p("No. 31–207. Argued October 3, 2030—Decided January 9, 2031", 1));
    b.add(p("The county sued the board over the diversion of the river. " + PROSE, 1));
    b.add(p("Held: the board may divert the river in a dry year. " + PROSE, 2));
    b.add(p("Ana Ruiz argued the cause for petitioners. With her on the briefs was Tom Lee. Justice Moreau delivered the opinion of the Court.", 3));
    b.add(p("The river has served both the county and the board. As Justice Kennedy delivered the opinion of the Court in an earlier "
        + "case, the words are not an opening here. " + PROSE, 3));
    b.add(p("Justice Adeyemi, with whom Justice Park joins, dissenting.", 5));
    b.add(p("The Court reads the statute too broadly. " + PROSE, 5));
    SegmentedReport r = read(doc(b, List.of("Syllabus", "Opinion of the Court", "Adeyemi, J., dissenting"), List.of()));
    assertEquals(List.of("Syllabus", "Opinion of the Court", "Adeyemi, J., dissenting"), r.essays().stream().map(Essay::title).toList());
    assertTrue(r.essays().stream().allMatch(e -> e.kind() == EssayKind.ITEM));
    assertTrue(r.essays().get(0).text().endsWith("With her on the briefs was Tom Lee."), r.essays().get(0).text());
    assertTrue(r.essays().get(1).text().startsWith("Justice Moreau delivered the opinion of the Court."), r.essays().get(1).text());
    assertTrue(r.essays().get(1).text().contains("As Justice Kennedy delivered the opinion of the Court in an earlier case"));
    assertEquals("Justice Moreau", r.essays().get(1).authors().get(0).name());
    assertEquals("RIVERSIDE COUNTY et al. v. LAKE WATER BOARD", r.meta().title());
  }

  /** A season on the cover is as precise as the date gets: the day of a dated item inside does not refine it. */
  @Test
  void aSeasonOnTheCoverIsAYearNotTheDayOfAnItemInside() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(h("Field Notes from the Valley", 1));
    b.add(p("Blog posts, Spring 2031", 1));
    b.add(h("Wells and Rains", 2));
    b.add(p("March 5, 2031", 2));
    b.add(p(PROSE, 2));
    b.add(p(PROSE, 3));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals("2031", r.meta().date());
  }

  @Test
  void theCoversLargestTypeIsTheTitleWhenBlocksCarryTheirStyle() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(new Block("United Nations", 1, BlockKind.PARAGRAPH, 0, style(28)));
    b.add(new Block("Lake Region Review", 1, BlockKind.PARAGRAPH, 0, style(14)));
    b.add(new Block("Fisheries After the Drought", 1, BlockKind.PARAGRAPH, 0, style(24)));
    b.add(new Block(PROSE, 2, BlockKind.PARAGRAPH, 0, style(10)));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals("Fisheries After the Drought", r.meta().title());
    assertNotEquals("United Nations", r.essays().get(0).title());
  }

  /** A subtitle between the title and its byline; a name with particles ("van der") is a person. */
  @Test
  void theBylineUnderTheTitleMayFollowASubtitle() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(new Block("Fisheries After the Drought", 1, BlockKind.PARAGRAPH, 0, style(24)));
    b.add(new Block("Models of District Cooperation", 1, BlockKind.PARAGRAPH, 0, style(12)));
    b.add(new Block("Lotte van der Berg and Jonas Okafor", 1, BlockKind.PARAGRAPH, 0, style(12)));
    b.add(new Block(PROSE, 2, BlockKind.PARAGRAPH, 0, style(10)));
    b.add(new Block("The van crossed the river; the survey went on for the team of der Berg's district.", 2, BlockKind.PARAGRAPH, 0, style(10)));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals(List.of("Lotte van der Berg", "Jonas Okafor"), r.essays().get(0).authors().stream().map(a -> a.name()).toList());
  }

  /** An authors page: names in bold capitals, each over its affiliation, in two columns. */
  @Test
  void anAuthorsPageNamesTheReportsAuthors() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(new Block("Fisheries After the Drought", 1, BlockKind.PARAGRAPH, 0, style(24)));
    b.add(h("AUTHORS", 2));
    b.add(p("Affiliations are given to identify the authors, not as endorsements.", 2));
    b.add(new Block("LILA A. MORROW", 2, BlockKind.PARAGRAPH, 0, bold(9)));
    b.add(new Block("E. GLEN OKAFOR", 2, BlockKind.PARAGRAPH, 0, bold(9)));
    b.add(h("Lake University", 2));
    b.add(h("Senior Fellow, River Institute", 2));
    b.add(new Block("VI HART", 2, BlockKind.PARAGRAPH, 0, bold(9)));
    b.add(h("Harbor College", 2));
    b.add(p(PROSE, 3));
    b.add(p("An e-mail to e. okafor or a note to a reviewer reached the team in a week. " + PROSE, 3));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals(List.of("Lila A. Morrow", "E. Glen Okafor", "Vi Hart"), r.essays().get(0).authors().stream().map(a -> a.name()).toList());
  }

  /**
   * A gazette's page: the section banner in the largest type is named in the masthead running head
   * with the volume and the day, which is the date; the document's title is in body-size type.
   */
  @Test
  void aSectionBannerNamedInTheMastheadIsNotTheTitle() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(new Block("Notices", 1, BlockKind.HEADING, 1, new Style(18, true, false, 45, 56, 300, 18, 612, 792, true)));
    b.add(new Block("This section of the Lake Gazette carries notices to the public.", 1, BlockKind.PARAGRAPH, 0, style(8)));
    b.add(new Block("Fishing Quotas; The Northern Districts", 1, BlockKind.HEADING, 1, bold(9)));
    b.add(new Block("SUMMARY: The board proposes new quotas. Comments are due by September 21, 2030. " + PROSE, 1, BlockKind.PARAGRAPH, 0, style(9)));
    b.add(new Block(PROSE, 2, BlockKind.PARAGRAPH, 0, style(9)));
    List<String> running = List.of("Lake Gazette / Vol. 12, No. 152 / Thursday, August 6, 2030 / Notices",
        "Typeset Aug 05, 2030 16:21 Job 250001");
    SegmentedReport r = read(doc(b, running, List.of()));
    assertEquals("Fishing Quotas; The Northern Districts", r.meta().title());
    assertEquals("2030-08-06", r.meta().date());
  }

  /** A case caption broken over two lines is one title. */
  @Test
  void aCaptionOverTwoLinesIsOneTitle() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(p("LAKE DISTRICT et al. v. RIVER", 1));
    b.add(p("AUTHORITY et al.", 1));
    b.add(p(PROSE, 1));
    b.add(p(PROSE, 2));
    SegmentedReport r = read(doc(b, List.of(), List.of()));
    assertEquals("LAKE DISTRICT et al. v. RIVER AUTHORITY et al.", r.meta().title());
  }

  private static Style bold(double size) {
    return new Style(size, true, false, 72, 100, 300, size, 612, 792, false);
  }

  private static Style style(double size) {
    return new Style(size, false, false, 72, 100, 300, size, 612, 792, false);
  }

  @Test
  void datesAreReadAsPreciselyAsPrinted() {
    assertEquals("2018-08", CoverReader.dateIn("Seminar August 5–8, 2018"));
    assertEquals("2026-04-15", CoverReader.dateIn("Updated April 15, 2026"));
    assertEquals("2013", CoverReader.dateIn("Blog Posts, Spring 2013, with a post of March 5, 2013"));
    assertEquals("2017-01", CoverReader.dateIn("January 2017"));
    assertEquals("1986-04-21", CoverReader.dateIn("21 April 1986"));
    assertEquals("2007-04-02", CoverReader.dateIn("Argued November 29, 2006—Decided April 2, 2007"));
    assertNull(CoverReader.dateIn("Page 12 of the report"));
    // A cover month refined by the same month's day printed alone a little later.
    assertEquals("2018-08-30", CoverReader.date(List.of("August 2018"), List.of("August 30, 2018", "In July 2018, on July 3, 2018, ...")));
  }

  @Test
  void identifiersAreRankedByKind() {
    assertEquals("GAO-31-102", CoverReader.identifier(List.of("ISBN 978-1-23456-789-7", "GAO-31-102"), List.of(), null));
    assertEquals("R12345", CoverReader.identifier(List.of("Updated May 1, 2031", "R12345"), List.of(), null));
    assertEquals("FAA–2031–0042", CoverReader.identifier(List.of("[Docket No. FAA–2031–0042; Product Identifier]"), List.of(), null));
    assertEquals("978-1-23456-789-7", CoverReader.identifier(List.of("ISBN: 978-1-23456-789-7", "DOI 10.1234/abc.5"), List.of(), null));
    assertEquals("10.4230/Rep.1.2.3", CoverReader.identifier(List.of("Digital Object Identifier 10.4230/Rep.1.2.3"), List.of(), null));
    assertEquals("Vol. 51, No. 1", CoverReader.identifier(List.of("Volume 51"), List.of("The Review, Vol. 51, No. 1 [2017]"), null));
    assertEquals("2031 No.4", CoverReader.identifier(List.of("DOI 10.1234/abc.5"), List.of(), "2031 No.4"));
  }

  @Test
  void anOrganisationIsReadFromTheCoverOrTheRunningFooter() {
    assertEquals("Office of Water Audit", CoverReader.organisation(List.of("August 2031", "With support from The River Foundation", "Office of Water Audit"), List.of()));
    assertEquals("Lake Research Service", CoverReader.organisation(List.of("Title"), List.of("Lake Research Service | Annual Report 12")));
    // The running footer's organisation before a cover line naming one (a contents entry).
    assertEquals("Lake Research Service", CoverReader.organisation(List.of("Commission Background"), List.of("Lake Research Service | Annual Report 12")));
    assertEquals("Lake Research Service", CoverReader.organisation(List.of(), List.of("FINDINGS OF THE LAKE RESEARCH SERVICE REPORT", "Lake Research Service | Annual Report 12")));
  }

  @Test
  void aFrontPageSayingWhoPublishesTheReportNamesItsPublisher() {
    assertEquals("Lake University Faculty of Law", CoverReader.publishedBy(List.of("FACULTY ADVISORS",
        "The Review of Lake Studies is published by the\nLake University Faculty of Law.")));
    assertNull(CoverReader.publishedBy(List.of("The data are published by district officers.")));
  }

  @Test
  void aVolumeLineStandingAloneIsTheIdentifierNotACitation() {
    assertEquals("Vol. 9", CoverReader.volumeLine(List.of("See Lake Studies Vol. 48, pages 3-9, for an earlier survey of the wells in the region.", "VOLUME 9 WINTER 2031")));
  }

  /** A speech in plain text: no pages, no title line; dates and short lines inside it are not its own. */
  @Test
  void anUnpagedTextTakesItsTitleAndDateFromItsHeadOnly() throws Exception {
    List<Block> speech = List.of(
        p("To the Council of the Valley:", 0),
        p("Madam Chair, members of the council, and fellow residents of the valley:", 0),
        p("On March 4, 2029 the river rose over the old levee, and " + PROSE, 0),
        h("THE YEAR AHEAD", 0),
        p("We will rebuild the levee before the spring floods of 2031, and " + PROSE, 0),
        p("Thank you, and good night.", 0));
    SegmentedReport r = read(doc(speech, List.of(), List.of()));
    assertNull(r.meta().date(), "a date in the speech is an event's, not the document's");
    assertNotEquals("Thank you, and good night.", r.meta().title());
    assertNotEquals("The Year Ahead", r.meta().title());
    assertNotEquals("THE YEAR AHEAD", r.meta().title());
    assertNotEquals("To the Council of the Valley:", r.meta().title(), "an address is not a title");

    List<Block> message = List.of(
        p("To the Council of the Valley:", 0),
        h("FINANCES", 0),
        p("On March 4, 2029 the river rose over the old levee, and " + PROSE, 0),
        h("WELLS", 0),
        p(PROSE, 0));
    SegmentedReport g = read(doc(message, List.of(), List.of()));
    assertNotEquals("Finances", g.meta().title(), "a heading after the address is a section's");
    assertNotEquals("FINANCES", g.meta().title());

    List<Block> memo = List.of(
        h("Water Rights in the Lower Valley", 0),
        p("May 2, 2031", 0),
        p("On March 4, 2029 the river rose over the old levee, and " + PROSE, 0),
        p(PROSE, 0));
    SegmentedReport m = read(doc(memo, List.of(), List.of()));
    assertEquals("Water Rights in the Lower Valley", m.meta().title());
    assertEquals("2031-05-02", m.meta().date());
  }

  @Test
  void aSectionLabelWithItsStopIsNoTitle() {
    assertFalse(StructureReader.acceptable("ABSTRACT.", List.of()));
    assertFalse(StructureReader.acceptable("Summary:", List.of()));
    assertTrue(StructureReader.acceptable("Summary of the Water Survey", List.of()));
  }
}
