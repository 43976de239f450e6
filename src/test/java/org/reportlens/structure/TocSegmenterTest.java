package org.reportlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlens.extract.Markers;
import org.reportlens.model.Author;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.Footnote;
import org.reportlens.model.PageRange;
import org.reportlens.model.PullQuote;
import org.reportlens.model.ReportException;
import org.reportlens.model.SegmentedReport;

/** Segmentation on clean documents built by hand: no Tika. */
class TocSegmenterTest {
  private static final String PROSE = "Upstream states hold most of the cards in negotiations over shared rivers, "
      + "and downstream states depend on the good will of their neighbours.";

  private static Block h(String t, int page, int level) { return new Block(t, page, BlockKind.HEADING, level); }

  private static Block p(String t, int page) { return Block.paragraph(t, page); }

  private static CleanDocument doc(List<Block> blocks, List<Footnote> notes, List<PullQuote> pulls, List<String> running,
                                   List<Block> raw, Map<String, String> metadata) {
    ExtractedText x = new ExtractedText("r.pdf", "application/pdf", 10, metadata, raw, List.of());
    return new CleanDocument(x, blocks, notes, pulls, running);
  }

  private static SegmentedReport segment(CleanDocument d) throws ReportException {
    return new TocSegmenter().segment(d, "r");
  }

  /** An edited volume: cover, imprint, about, contents, an unsigned introduction and two signed essays. */
  private static CleanDocument editedVolume() {
    List<Block> b = new ArrayList<>();
    b.add(h("Water Security Papers", 1, 1));
    b.add(p("2021 | No.3", 1));
    b.add(h("RIVERS, DAMS AND THE POLITICS OF SCARCITY", 1, 2));
    b.add(p("EDITED BY ANNA BERG AND LUIS ORTEGA", 1));
    b.add(p("© 2021 The Institute for Water Policy", 1));
    b.add(h("About the Institute", 1, 3));
    b.add(p("The Institute for Water Policy is an independent research center. Anna Berg directs its "
        + "basin program and Luis Ortega leads its work on treaties.", 1));
    b.add(p("Introduction….. 1 Sharing the Mekong: A Test for Regional Institutions Maria Kowalska ….. 3 "
        + "Dams and Diplomacy on the Nile John O’Neill and Sara Haddad ….. 6", 2));
    b.add(h("Introduction", 3, 1));
    b.add(p(PROSE + " This volume asks what the Institute for Water Policy can offer.", 3));
    b.add(h("Sharing the Mekong: A Test for Regional Institutions", 4, 1));
    b.add(p("MARIA KOWALSKKA", 4));
    b.add(p("UNIVERSITY OF WARSAW, POLAND", 4));
    b.add(p("In Brief: The Mekong commission has not prevented unilateral dams.", 4));
    b.add(p(PROSE + " The commission, as one official said, " + "“is a forum without teeth.”" + Markers.footnote(1)
        + " Maria Kowalska visited the University of Warsaw archive" + Markers.page(5) + " in the spring.", 4));
    b.add(h("A Way Forward", 5, 2));
    b.add(p("States should fund the secretariat properly and share hydrological data every month.", 5));
    b.add(h("Biography", 5, 2));
    b.add(p("Maria Kowalska is a professor at the University of Warsaw, where she teaches water law and politics.", 5));
    b.add(h("Dams and Diplomacy on the Nile", 6, 1));
    b.add(p("JOHN O’NEILL AND SARA HADDAD", 6));
    b.add(p(PROSE + " Egypt and Ethiopia have negotiated for a decade.", 6));
    b.add(p("Sara Haddad is a fellow at the Institute for Water Policy and writes on the Nile basin states.", 7));
    b.add(p("THE INSTITUTE FOR WATER POLICY www.iwp.example", 8));
    List<Footnote> notes = List.of(new Footnote(1, "Interview, Phnom Penh, 2019.", 4));
    List<PullQuote> pulls = List.of(new PullQuote("States should fund the secretariat properly.", 5));
    List<Block> raw = List.of(p("© 2021 The Institute for Water Policy\nAll rights reserved.", 1));
    return doc(b, notes, pulls, List.of("Water Security Papers 2021 | No.3"), raw, Map.of());
  }

  @Test
  void frontMatterIsNotAnEssayAndTheContentsPageGivesTitlesAndAuthors() throws Exception {
    SegmentedReport r = segment(editedVolume());
    assertEquals(List.of("Introduction", "Sharing the Mekong: A Test for Regional Institutions", "Dams and Diplomacy on the Nile"),
        r.essays().stream().map(Essay::title).toList());
    assertEquals(List.of(EssayKind.INTRODUCTION, EssayKind.ESSAY, EssayKind.ESSAY), r.essays().stream().map(Essay::kind).toList());
    assertEquals(List.of("r/1", "r/2", "r/3"), r.essays().stream().map(Essay::id).toList());
    assertEquals(List.of(), r.essays().get(0).authors());
    assertEquals(List.of("John O’Neill", "Sara Haddad"), r.essays().get(2).authors().stream().map(Author::name).toList());
  }

  /** A one-word entry ("Aftermath") is found on a numbered line of its own, not in the text around it. */
  @Test
  void aOneWordEntryIsFoundOnItsNumberedLine() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(h("Contents", 1, 1));
    b.add(p("Wells and Rains ….. 2 Aftermath ….. 3", 1));
    b.add(p("3.1 Wells and Rains", 2));
    b.add(p(PROSE + " The aftermath of the drought is the subject of the next session.", 2));
    b.add(p("3.2 Aftermath", 3));
    b.add(p(PROSE + " The seminar ended with a plan for the next meeting.", 3));
    SegmentedReport r = segment(doc(b, List.of(), List.of(), List.of(), b, Map.of()));
    assertEquals(List.of("Wells and Rains", "Aftermath"), r.essays().stream().map(Essay::title).toList());
    assertTrue(r.essays().get(1).text().contains("The seminar ended"), r.essays().get(1).text());
  }

  /** An entry's word broken at the line end is joined when the text writes it joined, kept hyphenated when not. */
  @Test
  void aWordHyphenatedAtTheEndOfAContentsLine() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(h("Contents", 1, 1));
    b.add(p("Could we share the water-\nsheds of the hills? ….. 2 Rights of third-\nparty farmers ….. 3", 1));
    b.add(p("3.1 Could we share the watersheds of the hills?", 2));
    b.add(p(PROSE + " The watersheds were mapped.", 2));
    b.add(p("3.2 Rights of third-party farmers", 3));
    b.add(p(PROSE + " The farmers kept their rights.", 3));
    SegmentedReport r = segment(doc(b, List.of(), List.of(), List.of(), b, Map.of()));
    assertEquals(List.of("Could we share the watersheds of the hills", "Rights of third-party farmers"),
        r.essays().stream().map(Essay::title).toList());
  }

  @Test
  void theContentsSpellingWinsOverAMistypedByline() throws Exception {
    Essay e = segment(editedVolume()).essays().get(1);
    assertEquals(List.of(new Author("Maria Kowalska", "University of Warsaw, Poland")), e.authors());
  }

  @Test
  void summaryBiographyAndBylineStayOutOfTheText() throws Exception {
    Essay e = segment(editedVolume()).essays().get(1);
    assertEquals("The Mekong commission has not prevented unilateral dams.", e.summary());
    assertTrue(e.text().startsWith("Upstream states"), e.text());
    assertFalse(e.text().contains("KOWALSK"), e.text());
    assertFalse(e.text().contains("In Brief"), e.text());
    assertFalse(e.text().contains("is a professor"), e.text());
    assertTrue(e.biography().startsWith("Maria Kowalska is a professor"), e.biography());
    assertTrue(e.text().contains("\n\nA Way Forward\n\n"), "section headings are paragraphs of the text");
  }

  @Test
  void markersBecomePagesAndFootnoteReferences() throws Exception {
    Essay e = segment(editedVolume()).essays().get(1);
    assertFalse(e.text().contains(String.valueOf(Markers.FOOTNOTE_OPEN)));
    assertFalse(e.text().contains(String.valueOf(Markers.PAGE_OPEN)));
    assertEquals(new PageRange(4, 5), e.pages());
    int quoteEnd = e.text().indexOf("teeth.”") + "teeth.”".length();
    assertEquals(quoteEnd, e.footnoteRefs().get(0).offset());
    assertEquals("Interview, Phnom Penh, 2019.", e.footnoteAfter(quoteEnd - 3, 10).text());
    assertEquals(List.of(1), e.footnotes().stream().map(Footnote::number).toList());
    assertEquals(4, e.pageAt(0));
    assertEquals(5, e.pageAt(e.text().indexOf("in the spring")));
    assertEquals(1, e.pullQuotes().size());
  }

  @Test
  void anUnheadedBiographyAndTheBackCoverStayOut() throws Exception {
    Essay last = segment(editedVolume()).essays().get(2);
    assertFalse(last.text().contains("is a fellow"), last.text());
    assertFalse(last.text().contains("www.iwp.example"), last.text());
    assertTrue(last.biography().startsWith("Sara Haddad is a fellow"));
  }

  @Test
  void reportMetadataComesFromCoverAndImprint() throws Exception {
    var meta = segment(editedVolume()).meta();
    assertEquals("Rivers, Dams and the Politics of Scarcity", meta.title());
    assertEquals("Water Security Papers", meta.series());
    assertEquals("The Institute for Water Policy", meta.publisher());
    assertEquals(2021, meta.year());
    assertEquals(List.of("Anna Berg", "Luis Ortega"), meta.editors());
  }

  @Test
  void withoutAContentsPageHeadingsFollowedByBylinesStartEssays() throws Exception {
    List<Block> b = new ArrayList<>();
    b.add(h("Rivers and Power", 1, 1));
    b.add(p("A collection of short papers on water politics in three basins.", 1));
    b.add(h("Foreword", 2, 1));
    b.add(p(PROSE, 2));
    b.add(h("The Indus Waters Treaty at Sixty", 3, 1));
    b.add(p("By Priya Natarajan", 3));
    b.add(p(PROSE + " India and Pakistan still meet.", 3));
    b.add(h("Why It Survived", 3, 2));
    b.add(p(PROSE, 3));
    b.add(h("Lake Chad’s Vanishing Shores", 5, 1));
    b.add(p("AMINA BELLO", 5));
    b.add(p(PROSE + " Nigeria, Niger, Chad and Cameroon share it.", 5));
    SegmentedReport r = segment(doc(b, List.of(), List.of(), List.of(), List.of(), Map.of()));
    assertEquals(List.of("Foreword", "The Indus Waters Treaty at Sixty", "Lake Chad’s Vanishing Shores"),
        r.essays().stream().map(Essay::title).toList());
    assertEquals(EssayKind.FOREWORD, r.essays().get(0).kind());
    assertEquals("Priya Natarajan", r.essays().get(1).authors().get(0).name());
    assertEquals("Amina Bello", r.essays().get(2).authors().get(0).name());
    assertTrue(r.essays().get(1).text().contains("Why It Survived"), "sub-headings stay inside their essay");
  }

  @Test
  void aReportWithoutContentsOrBylinesIsOneEssay() throws Exception {
    List<Block> b = List.of(
        h("Groundwater Depletion in the Sahel", 1, 1),
        p(PROSE, 1),
        h("Findings", 1, 2),
        p(PROSE + " Wells are deeper every year.", 2));
    SegmentedReport r = segment(doc(b, List.of(), List.of(), List.of(), List.of(), Map.of()));
    assertEquals(1, r.essays().size());
    Essay e = r.essays().get(0);
    assertEquals("Groundwater Depletion in the Sahel", e.title());
    assertEquals(List.of(), e.authors());
    assertTrue(e.text().contains("Wells are deeper"), e.text());
    assertNull(e.summary());
  }

  @Test
  void aDocumentWithNoBodyTextIsRefusedWithAReason() {
    List<Block> b = List.of(h("Contents", 1, 1));
    ReportException ex = assertThrows(ReportException.class,
        () -> segment(doc(b, List.of(), List.of(), List.of(), List.of(), Map.of())));
    assertEquals(org.reportlens.model.FailureReason.NO_ESSAYS, ex.reason());
  }

  @Test
  void casingIsRestoredFromTheDocumentsOwnWriting() {
    Casing c = new Casing(List.of("The NATO Defense College in Rome trains officers.", "Jean-Loup Samaan wrote it."));
    assertEquals("Jean-Loup Samaan", c.name("JEAN-LOUP SAMAAN"));
    assertEquals("Anna de Vries", c.name("ANNA DE VRIES"));
    assertEquals("NATO Defense College, Rome", c.title("NATO DEFENSE COLLEGE, ROME"));
    assertEquals("Institute for Policy and Strategy (IPS), IDC Herzliya", c.title("INSTITUTE FOR POLICY AND STRATEGY (IPS), IDC HERZLIYA"));
  }
}
