package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.Matter;
import org.reportlens.model.SegmentedReport;
import org.reportlens.structure.StructureReader;

/**
 * The structure stage on PDFs made here with PDFBox: part-title (divider) pages between the texts of
 * a compendium, and a cover sheet in another page size before a journal article. Neither is text of
 * a unit; both are kept in the front matter.
 */
class StructureOnMadePdfTest {
  @TempDir Path dir;

  private static final String PROSE = "The committee visited four districts and met local officials, who described how the rains "
      + "failed twice and how the wells ran dry before the harvest in each of the last three years. The farmers asked for "
      + "deeper wells, and the officials promised to send engineers before the next dry season. ";

  /** Body text from {@code y} down, wrapped at about 90 characters; returns the y under it. */
  private static float body(MadePdf pdf, float size, float x, float y, int sentences) {
    String text = PROSE.repeat(sentences).strip();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : text.split(" ")) {
      if (line.length() + w.length() + 1 > 90) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    lines.add(line.toString());
    return pdf.paragraph(size, x, y, size + 3, lines.toArray(String[]::new));
  }

  private static void post(MadePdf pdf, String title, String byline) {
    pdf.page();
    pdf.line(MadePdf.BOLD, 14, 72, 72, title);
    pdf.line(MadePdf.BOLD, 12, 72, 95, byline);
    body(pdf, 9, 72, 130, 2);
  }

  @Test
  void aPartTitlePageBetweenTextsIsFrontMatterNotText() throws Exception {
    MadePdf pdf = new MadePdf().page();
    pdf.line(MadePdf.BOLD, 30, 72, 170, "Notes from the Valley");
    pdf.line(14, 72, 220, "Blog posts, spring 2031");
    post(pdf, "WELLS AND RAINS", "By Anna Kowalska");
    post(pdf, "FISHERIES AFTER THE DROUGHT", "By Lena Okafor");
    pdf.page().line(MadePdf.BOLD, 20, 72, 376, "Part Two – Markets and Prices");
    post(pdf, "GRAIN PRICES SINCE THE FLOOD", "By Jonas Berg");
    CleanDocument doc = pdf.clean(dir.resolve("compendium.pdf"));

    SegmentedReport r = new StructureReader().segment(doc, "c");
    assertEquals(3, r.essays().size(), r.essays().stream().map(Essay::title).toList().toString());
    for (Essay e : r.essays()) assertFalse(e.text().contains("Markets and Prices"), e.title() + ": " + e.text());
    assertEquals(3, r.essays().get(1).pages().last(), "the divider's page is not the page of the text before it");
    Matter front = r.meta().frontMatter();
    assertNotNull(front);
    assertTrue(front.parts().stream().anyMatch(p -> p.kind().equals("part") && p.title().equals("Part Two – Markets and Prices")
        && p.pages().first() == 4), front.parts().toString());
  }

  @Test
  void leadingPagesOfAnotherSizeAreACoverSheet() throws Exception {
    MadePdf pdf = new MadePdf().page();
    pdf.line(16, 72, 126, "Law Review Archive");
    pdf.line(11, 72, 164, "Volume 12 Article 4");
    pdf.line(16, 72, 236, "Water Law in the Delta");
    pdf.line(9, 72, 266, "Anna Kowalska");
    pdf.line(11, 72, 622, "Recommended Citation");
    pdf.paragraph(10, 72, 638, 12,
        "Anna Kowalska, Water Law in the Delta, 12 Law Review 40 (2031). This article is brought to you for free",
        "and open access by the archive of the law school. It has been accepted for inclusion by an administrator.");
    for (int p = 0; p < 3; p++) {
      pdf.page(414, 645);
      float y = 60;
      if (p == 0) {
        pdf.line(MadePdf.BOLD, 14, 40, y, "Water Law in the Delta");
        pdf.line(MadePdf.BOLD, 8, 40, y + 28, "ANNA KOWALSKA*");
        y += 50;
      }
      body(pdf, 10, 40, y, 2);
    }
    CleanDocument doc = pdf.clean(dir.resolve("article.pdf"));

    SegmentedReport r = new StructureReader().segment(doc, "a");
    Essay unit = r.essays().get(0);
    assertFalse(unit.text().contains("Recommended Citation"), unit.text());
    assertFalse(unit.text().contains("brought to you"), unit.text());
    assertTrue(unit.text().contains("The committee visited four districts"), unit.text());
    assertTrue(r.meta().frontMatter().text().contains("brought to you"), r.meta().frontMatter().toString());
    assertEquals(2, unit.pages().first());
  }
}
