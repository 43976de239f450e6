package org.reportlens.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.extract.LayoutCleaner;
import org.reportlens.extract.TikaExtractor;
import org.reportlens.fixtures.PdfFixture;
import org.reportlens.model.Author;
import org.reportlens.model.Essay;
import org.reportlens.model.SegmentedReport;

/** Extraction, cleanup and segmentation of reports made for the tests (no CoreNLP). */
class FixtureReportsTest {
  @TempDir
  Path dir;

  private static SegmentedReport read(Path file) throws Exception {
    return new TocSegmenter().segment(new LayoutCleaner().clean(new TikaExtractor(false).extract(file)), "t");
  }

  /** Two signed essays, no contents page, no PDF bookmarks: headings and bylines cut the report. */
  @Test
  void aPdfWithoutContentsIsCutAtItsHeadingsAndBylines() throws Exception {
    Path pdf = new PdfFixture()
        .runningHeader("Water Security Papers 2021 | No.3")
        .runningFooter("Institute for Water Policy |")
        .page("Sharing the Mekong Basin",
            "",
            "Maria Kowalska",
            "",
            "Upstream states hold most of the cards in negotiations over the river, and",
            "downstream states depend on the good will of their neighbours and on the transat-",
            "lantic donors that fund the commission.1 The self-",
            "proclaimed guardians of the basin rarely agree on how the water should be",
            "",
            "1 Interview with a commission official, Vientiane, 2019.")
        .page("shared in dry years, and the commission lacks the means to enforce its rules.",
            "Laos has built dams regardless of the objections of Cambodia and Vietnam.")
        .page("Dams and Diplomacy on the Nile",
            "",
            "Sara Haddad",
            "",
            "Egypt and Ethiopia have negotiated over the great dam for more than a decade, and",
            "Sudan has changed sides twice. The talks have produced statements but no treaty,",
            "and the filling of the reservoir went ahead while the diplomats were still talking.")
        .write(dir.resolve("no-contents-two-essays.pdf"));
    SegmentedReport r = read(pdf);
    assertEquals(List.of("Sharing the Mekong Basin", "Dams and Diplomacy on the Nile"), r.essays().stream().map(Essay::title).toList());
    assertEquals(List.of(new Author("Maria Kowalska", null)), r.essays().get(0).authors());
    assertEquals("Sara Haddad", r.essays().get(1).authors().get(0).name());
    Essay first = r.essays().get(0);
    assertTrue(first.text().contains("the transatlantic donors that fund the commission. The self-proclaimed guardians"), first.text());
    assertTrue(first.text().contains("how the water should be shared in dry years"), "sentence rejoined across the page: " + first.text());
    assertFalse(first.text().contains("Water Security Papers"), first.text());
    assertFalse(first.text().contains("Institute for Water Policy"), first.text());
    assertFalse(first.text().contains("Interview with"), first.text());
    assertEquals(1, first.footnotes().size());
    assertEquals("Interview with a commission official, Vientiane, 2019.", first.footnotes().get(0).text());
    assertEquals(1, first.pages().first());
    assertEquals(2, first.pages().last());
    assertEquals("Water Security Papers", r.meta().series());
  }

  /** An HTML edition: headings and bylines as elements, the same segmentation as for a PDF. */
  @Test
  void anHtmlReportGoesThroughTheSamePath() throws Exception {
    Path html = dir.resolve("two-essays.html");
    Files.writeString(html, """
        <html><head><title>Water Papers</title></head><body>
        <h1>Water Papers</h1>
        <h2>Sharing the Mekong Basin</h2>
        <p>By Maria Kowalska</p>
        <p>Upstream states hold most of the cards in negotiations over the river, and downstream states
        depend on the good will of their neighbours.</p>
        <h2>Dams and Diplomacy on the Nile</h2>
        <p>Sara Haddad and Omar Farouk</p>
        <p>Egypt and Ethiopia have negotiated over the great dam for more than a decade, and Sudan has
        changed sides twice.</p>
        </body></html>
        """);
    SegmentedReport r = read(html);
    assertEquals(List.of("Sharing the Mekong Basin", "Dams and Diplomacy on the Nile"), r.essays().stream().map(Essay::title).toList());
    assertEquals(List.of("Sara Haddad", "Omar Farouk"), r.essays().get(1).authors().stream().map(Author::name).toList());
    assertTrue(r.essays().get(0).text().startsWith("Upstream states"), r.essays().get(0).text());
  }

  /** A policy brief as plain text: no headings markup, no contents: the whole text is one essay. */
  @Test
  void aSingleEssayTextFileIsOneEssay() throws Exception {
    Path txt = dir.resolve("single-essay.txt");
    Files.writeString(txt, """
        Groundwater Depletion in the Sahel

        Wells across the Sahel are deeper every year, and the farmers who depend on them have few options left.
        Governments in Niger and Mali have promised new boreholes, but the aquifers are not recharging.

        Donors should fund monitoring networks before they fund more drilling.
        """);
    SegmentedReport r = read(txt);
    assertEquals(1, r.essays().size());
    Essay e = r.essays().get(0);
    assertTrue(e.text().contains("Donors should fund monitoring networks"), e.text());
    assertEquals(null, e.pages());
    assertTrue(e.wordCount() > 40);
  }

  /** A plain-text collection: numbered titles with bylines and no markup are its essays, with their authors. */
  @Test
  void aPlainTextCollectionOfNumberedSignedEssaysIsCutAtItsTitles() throws Exception {
    String prose = "The committee visited four districts and met local officials, who described how the rains failed "
        + "twice and how the wells ran dry before the harvest. Farmers in the upper valley said the cooperative had "
        + "helped them buy seed, but the prices of fuel kept rising through the year and few could pay for the pumps.";
    StringBuilder text = new StringBuilder("Voices from the Valley\n\n");
    String[][] items = {{"The River Rises", "Ana Ortega"}, {"Wells and Rains", "Tom Reed"}, {"A Market for Seed", "Li Wei"}};
    for (int i = 0; i < items.length; i++) {
      text.append(i + 1).append(". ").append(items[i][0]).append("\nBy ").append(items[i][1]).append("\n\n")
          .append(prose).append("\n\n").append(prose).append("\n\n");
    }
    Path txt = dir.resolve("valley.txt");
    Files.writeString(txt, text);
    SegmentedReport r = new StructureReader().segment(new LayoutCleaner().clean(new TikaExtractor(false).extract(txt)), "t");
    assertEquals(List.of("1. The River Rises", "2. Wells and Rains", "3. A Market for Seed"), r.essays().stream().map(Essay::title).toList());
    assertEquals(List.of("Ana Ortega", "Tom Reed", "Li Wei"), r.essays().stream().map(e -> e.authors().get(0).name()).toList());
    assertEquals("Voices from the Valley", r.meta().title());
  }
}
