package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.Footnote;

/** Each cleanup step on a small two-column-report-like text, as Tika gives a PDF: lines in blocks, with pages. */
class LayoutCleanerTest {
  private static final String HEADER = "Water Security Papers 2021 | No.3";

  private static Block b(int page, String... lines) { return Block.paragraph(String.join("\n", lines), page); }

  private static List<Block> page(int n, Block... body) {
    List<Block> out = new ArrayList<>();
    out.add(b(n, HEADER));
    out.addAll(List.of(body));
    out.add(b(n, "Institute for Water Policy " + n));
    return out;
  }

  private static CleanDocument clean(List<Block> blocks) {
    ExtractedText x = new ExtractedText("test.pdf", "application/pdf", 3, Map.of(), blocks, List.of());
    return new LayoutCleaner().clean(x);
  }

  private static String body(CleanDocument d) {
    return d.blocks().stream().map(bl -> Markers.strip(bl.text())).collect(Collectors.joining("\n\n"));
  }

  private static List<Block> report() {
    List<Block> all = new ArrayList<>();
    all.addAll(page(1,
        b(1, "Rivers shared by several states are a cause of friction, and the",
            "upstream states hold most of the cards in any negotiation over",
            "water rights.1 Downstream states depend on the good will of",
            "their neighbours and on the transat-",
            "lantic donors that fund the basin commissions."),
        b(1, "Treaties help. The self-",
            "proclaimed guardians of the river rarely agree on how to share"),
        b(1, "1 Interview with a basin official, Vientiane, 2019.")));
    all.addAll(page(2,
        b(2, "the water in dry years, and the commissions lack the means to",
            "enforce what they decide.2"),
        b(2, "“The commissions lack the means to enforce what they decide.”"),
        b(2, "Most disputes end in delay rather than in war."),
        b(2, "2 See the basin commission’s annual report, 2020.")));
    all.addAll(page(3, b(3, "A final paragraph closes the essay on a hopeful note about the region.")));
    return all;
  }

  @Test
  void runningHeadersFootersAndPageNumbersAreRemoved() {
    CleanDocument d = clean(report());
    String text = body(d);
    assertFalse(text.contains("Water Security Papers"), text);
    assertFalse(text.contains("Institute for Water Policy"), text);
    assertTrue(d.running().contains(HEADER), d.running().toString());
    assertTrue(d.running().stream().anyMatch(r -> r.equals("Institute for Water Policy")), d.running().toString());
  }

  @Test
  void lineEndHyphenationIsUndoneButCompoundsKeepTheirHyphen() {
    String text = body(clean(report()));
    assertTrue(text.contains("the transatlantic donors"), text);
    assertTrue(text.contains("The self-proclaimed guardians"), text);
  }

  @Test
  void footnotesAreTakenOutWithNumberAndPageAndTheirMarkersRemoved() {
    CleanDocument d = clean(report());
    assertEquals(List.of(1, 2), d.footnotes().stream().map(Footnote::number).toList());
    assertEquals("Interview with a basin official, Vientiane, 2019.", d.footnotes().get(0).text());
    assertEquals(1, d.footnotes().get(0).page());
    assertEquals(2, d.footnotes().get(1).page());
    String text = body(d);
    assertTrue(text.contains("water rights. Downstream"), text);
    assertFalse(text.contains("Interview with a basin official"), text);
    assertFalse(text.contains("rights.1"), text);
    // The marker survives as a position for citations.
    assertTrue(d.blocks().stream().anyMatch(bl -> bl.text().contains("rights." + Markers.footnote(1))));
  }

  @Test
  void aSentenceCutByAPageBreakAndAFootnoteIsRejoined() {
    CleanDocument d = clean(report());
    Block joined = d.blocks().stream().filter(bl -> bl.text().startsWith("Treaties help.")).findFirst().orElseThrow();
    String t = Markers.strip(joined.text());
    assertTrue(t.contains("how to share the water in dry years"), t);
    assertTrue(joined.text().contains(Markers.page(2)), "page change kept as a marker");
  }

  @Test
  void pullQuotesRepeatingTheBodyAreKeptApart() {
    CleanDocument d = clean(report());
    assertEquals(1, d.pullQuotes().size());
    assertEquals("The commissions lack the means to enforce what they decide.", d.pullQuotes().get(0).text());
    assertEquals(2, d.pullQuotes().get(0).page());
    assertFalse(body(d).contains("“The commissions"), body(d));
  }

  @Test
  void docxFootnoteReferencesBecomeMarkers() {
    List<Block> blocks = List.of(
        new Block("A Short Paper", 0, BlockKind.HEADING, 1),
        Block.paragraph("States cooperate when they must.[footnoteRef:1] Otherwise they wait.", 0),
        new Block("1 A note.", 0, BlockKind.FOOTNOTE, 0));
    CleanDocument d = new LayoutCleaner().clean(new ExtractedText("a.docx", "application/x", 0, Map.of(), blocks, List.of()));
    assertEquals(1, d.footnotes().size());
    assertEquals("A note.", d.footnotes().get(0).text());
    assertTrue(d.blocks().get(1).text().contains("must." + Markers.footnote(1)), d.blocks().get(1).text());
  }

  /** The rebuilt blocks keep their source block's style; the rest of a block a heading was cut from does not open the page. */
  @Test
  void cleanBlocksKeepTheirStyle() {
    org.reportlens.model.Style big = new org.reportlens.model.Style(20, true, false, 72, 80, 300, 20, 612, 792, true);
    org.reportlens.model.Style text = new org.reportlens.model.Style(10, false, false, 72, 120, 300, 200, 612, 792, false);
    List<Block> blocks = List.of(
        new Block("Wells and Rains", 1, BlockKind.PARAGRAPH, 0, big),
        new Block("The committee visited four districts and met local officials, who described\nhow the rains failed twice.", 1, BlockKind.PARAGRAPH, 0, text));
    CleanDocument d = new LayoutCleaner().clean(new ExtractedText("s.pdf", "application/pdf", 1, Map.of(), blocks, List.of()));
    Block title = d.blocks().stream().filter(x -> x.text().startsWith("Wells")).findFirst().orElseThrow();
    Block para = d.blocks().stream().filter(x -> x.text().startsWith("The committee")).findFirst().orElseThrow();
    assertEquals(20, title.style().fontSize());
    assertTrue(title.style().pageStart());
    assertEquals(10, para.style().fontSize());
  }

  /** A bold block of two title lines is one heading, however its first line looks on its own. */
  @Test
  void aBoldBlockOfTitleLinesIsOneHeading() {
    org.reportlens.model.Style bold = new org.reportlens.model.Style(9, true, false, 72, 80, 300, 20, 612, 792, false);
    org.reportlens.model.Style text = new org.reportlens.model.Style(9, false, false, 72, 120, 300, 200, 612, 792, false);
    List<Block> blocks = List.of(
        new Block("Fishing Quotas; The Northern\nDistricts and Their Lakes", 1, BlockKind.PARAGRAPH, 0, bold),
        new Block("The board proposes new quotas for the northern districts and their lakes this year.", 1, BlockKind.PARAGRAPH, 0, text));
    CleanDocument d = new LayoutCleaner().clean(new ExtractedText("s.pdf", "application/pdf", 1, Map.of(), blocks, List.of()));
    assertEquals(BlockKind.HEADING, d.blocks().get(0).kind());
    assertEquals("Fishing Quotas; The Northern Districts and Their Lakes", d.blocks().get(0).text());
  }
}
