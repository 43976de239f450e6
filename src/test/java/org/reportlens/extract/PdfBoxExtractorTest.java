package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.model.Block;
import org.reportlens.model.ExtractedText;

/** PDFs written here with PDFBox: two and three columns, headings in large bold type, an outline. */
class PdfBoxExtractorTest {
  @TempDir Path dir;

  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private static void text(PDPageContentStream cs, PDType1Font f, float size, float x, float y, String s) throws IOException {
    cs.beginText();
    cs.setFont(f, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  /** Columns written row by row across the page (the worst content order), each line numbered. */
  Path columns(int n) throws IOException {
    Path file = dir.resolve("cols" + n + ".pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      float width = (612 - 72 * 2 - 18 * (n - 1)) / n;
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, BOLD, 20, 72, 720, "Rivers Across Borders");
        for (int row = 0; row < 20; row++) {
          for (int c = 0; c < n; c++) {
            text(cs, REGULAR, 9, 72 + c * (width + 18), 680 - row * 11, "col" + c + " line" + row + " text");
          }
        }
        text(cs, REGULAR, 8, 300, 40, "7");
      }
      PDDocumentOutline outline = new PDDocumentOutline();
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle("Rivers Across Borders");
      item.setDestination(page);
      outline.addLast(item);
      doc.getDocumentCatalog().setDocumentOutline(outline);
      doc.save(file.toFile());
    }
    return file;
  }

  private static List<String> lines(ExtractedText x) {
    return x.blocks().stream().flatMap(b -> b.text().lines()).collect(Collectors.toList());
  }

  @Test
  void twoAndThreeColumnsAreReadColumnByColumn() throws IOException {
    for (int n : new int[] {2, 3}) {
      ExtractedText x = new PdfBoxExtractor().extract(columns(n));
      List<String> lines = lines(x);
      assertEquals("Rivers Across Borders", lines.get(0), lines.toString());
      int expected = 1;
      for (int c = 0; c < n; c++) {
        for (int row = 0; row < 20; row++) assertEquals("col" + c + " line" + row + " text", lines.get(expected++), lines.toString());
      }
      assertEquals("7", lines.get(lines.size() - 1), "the page number comes last");
    }
  }

  @Test
  void blocksCarryTheirTypeAndTheOutlineItsPage() throws IOException {
    ExtractedText x = new PdfBoxExtractor().extract(columns(2));
    Block title = x.blocks().get(0);
    assertEquals(20, title.style().fontSize(), 0.01);
    assertTrue(title.style().bold());
    assertTrue(title.style().pageStart());
    Block body = x.blocks().get(1);
    assertEquals(9, body.style().fontSize(), 0.01);
    assertEquals(612, body.style().pageWidth(), 0.01);
    assertEquals(1, x.outline().size());
    assertEquals(1, x.outline().get(0).page());
  }
}
