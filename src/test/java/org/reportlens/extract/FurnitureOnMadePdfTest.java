package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;

/** Page furniture on PDFs made here with PDFBox, each showing one kind of layout. */
class FurnitureOnMadePdfTest {
  @TempDir Path dir;

  static final String[] BODY = {
      "The committee met twice in the spring and agreed on a plan for the river basin, which",
      "the ministers then sent to the regional assembly for a vote before the summer recess.",
      "Farmers upstream asked for a larger share of the water in dry years, and the towns on",
      "the delta asked for a guarantee that the channel would be dredged every second year.",
      "The assembly accepted both requests after a long debate and a narrow vote in June."};

  static String text(CleanDocument d) {
    return d.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void headsAboveASummarySetInSmallerTypeThanTheBodyAreFurniture() {
    MadePdf pdf = new MadePdf();
    for (int p = 1; p <= 6; p++) {
      pdf.page();
      int folio = 497 + p;
      pdf.line(8, 160, 122, p % 2 == 0 ? folio + " RIVERS v. STATE" : "Cite as: 549 U. S. 497 (2007) " + folio);
      pdf.line(8, 292, 146, p <= 2 ? "Summary" : "Opinion");
      // The summary pages are set in 8 pt, the longer opinion after them in the body's 10 pt.
      float size = p <= 2 ? 8 : 10;
      float y = pdf.paragraph(size, 160, 166, size + 2, BODY);
      pdf.paragraph(size, 160, y + 10, size + 2, BODY);
    }
    CleanDocument d = pdf.clean(dir.resolve("summary.pdf"));
    String t = text(d);
    assertFalse(t.contains("RIVERS v. STATE"), t);
    assertFalse(t.contains("Cite as"), t);
    assertTrue(t.contains("The committee met twice"), t);
    assertTrue(d.dropped().getOrDefault("header", 0) >= 12, d.dropped().toString());
  }

  @Test
  void aHeadOnTwoPagesOnlyIsFurnitureWhenItCarriesThePagesPrintedNumber() {
    MadePdf pdf = new MadePdf();
    for (int p = 1; p <= 10; p++) {
      pdf.page();
      int folio = p + 70; // printed numbers run on from the volume's earlier issues
      String head = p % 2 == 0 ? folio + " Journal of River Law"
          : p < 7 ? "DEFENDING THE DELTA " + folio : "BOOK REVIEW: THE LONG BASIN " + folio;
      pdf.line(9, p % 2 == 0 ? 72 : 300, 30, head);
      float y = pdf.paragraph(11, 72, 80, 14, BODY);
      pdf.paragraph(11, 72, y + 14, 14, BODY);
    }
    CleanDocument d = pdf.clean(dir.resolve("review.pdf"));
    String t = text(d);
    assertFalse(t.contains("BOOK REVIEW"), t);
    assertFalse(t.contains("Journal of River Law"), t);
    assertEquals(20, t.split("The committee met twice", -1).length - 1, "all body paragraphs kept");

    // The same with the other pages' folios set alone at the foot.
    MadePdf lone = new MadePdf();
    for (int p = 1; p <= 10; p++) {
      lone.page();
      if (p == 7 || p == 9) lone.line(9, 300, 30, "BOOK REVIEW: THE LONG BASIN " + (p + 70));
      float y = lone.paragraph(11, 72, 80, 14, BODY);
      lone.paragraph(11, 72, y + 14, 14, BODY);
      if (p != 7 && p != 9) lone.line(9, 300, 760, String.valueOf(p + 70));
    }
    t = text(lone.clean(dir.resolve("lone.pdf")));
    assertFalse(t.contains("BOOK REVIEW"), t);
    assertEquals(20, t.split("The committee met twice", -1).length - 1, "all body paragraphs kept");
  }

  @Test
  void aScansStampReadDifferentlyOnEachPageIsFurniture() {
    String[] top = {"UNCLASSIFIED", "UNCLASSIFIED UNCLASSIFIED l", "UNCLAS5'FJEO l UNCLASS!FJEO", "UNCLASSIFIED",
        "' UNCLASSIFIED", "JNCLASSIFIED :JNCLASSIFJED"};
    String[] bottom = {"UNCLASSIAED", "UNCLASSIFIED", ". UNCLASSIFIED", "\"JNCLASSIFIED", "UNCLASSIFIED", "UNCLASSIFIF.r:"};
    MadePdf pdf = new MadePdf();
    for (int p = 0; p < 6; p++) {
      pdf.page().line(9, 250, 20, top[p]);
      float y = pdf.paragraph(11, 72, 90, 14, BODY);
      pdf.paragraph(11, 72, y + 14, 14, "The classified annex " + "ABCDEF".charAt(p) + " was not read out.");
      pdf.line(9, 250, 760, bottom[p]);
    }
    CleanDocument d = pdf.clean(dir.resolve("scan.pdf"));
    String t = text(d);
    assertFalse(t.toLowerCase().contains("unclass"), t);
    assertFalse(t.contains("JNCLASS"), t);
    for (char c : "ABCDEF".toCharArray()) assertTrue(t.contains("The classified annex " + c + " was not read out."), t);
  }

  @Test
  void aCopyrightAndIssnNoticeUnderTheFirstPagesTextIsDroppedAndCounted() {
    MadePdf pdf = new MadePdf();
    for (int p = 1; p <= 3; p++) {
      pdf.page();
      float y = pdf.paragraph(11, 72, 80, 14, BODY);
      y = pdf.paragraph(11, 72, y + 14, 14, BODY);
      if (p == 1) {
        pdf.line(8, 72, 600, "1 Interview with a basin official, 2019.");
        pdf.line(8, 72, 640, "© 2013 Review of River Law");
        pdf.line(8, 72, 650, "Vol 9, pages 1-37. ISSN: 1712-2988.");
      }
    }
    CleanDocument d = pdf.clean(dir.resolve("notice.pdf"));
    String t = text(d);
    assertFalse(t.contains("ISSN"), t);
    assertFalse(t.contains("Review of River Law"), t);
    assertTrue(d.dropped().getOrDefault("notice", 0) >= 10, d.dropped().toString());
    assertTrue(d.footnotes().stream().anyMatch(f -> f.text().startsWith("Interview")), d.footnotes().toString());
  }

  @Test
  void aContentsPageWithItsPageNumbersInAColumnApartIsMarkedContents() {
    MadePdf pdf = new MadePdf().page();
    pdf.line(MadePdf.BOLD, 16, 144, 100, "Contents");
    String[][] entries = {{"Editors' Note", "Ann Lee and Tom Hart", "i"}, {"Rivers Across Borders: The Delta", "Maria Costa", "1"},
        {"Who Owns the Rain?", "Omar Said", "38"}, {"Book Review: The Long Basin", "Ken Ito", "77"}};
    float y = 140;
    for (String[] e : entries) {
      pdf.line(11, 144, y, e[0]).line(11, 144, y + 13, e[1]).line(11, 470, y + 13, e[2]);
      y += 34;
    }
    for (int p = 2; p <= 3; p++) {
      pdf.page();
      float z = pdf.paragraph(11, 72, 80, 14, BODY);
      pdf.paragraph(11, 72, z + 14, 14, BODY);
    }
    CleanDocument d = pdf.clean(dir.resolve("contents.pdf"));
    for (Block b : d.blocks()) {
      if (b.page() == 1 && !b.text().equals("Contents")) assertEquals(BlockKind.CONTENTS, b.kind(), b.toString());
    }
    assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.CONTENTS && b.text().contains("Maria Costa")));
    assertTrue(d.blocks().stream().anyMatch(b -> b.kind() == BlockKind.PARAGRAPH && b.text().contains("The committee met")));
  }
}
