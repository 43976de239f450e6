package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;

/** Boxes on PDFs made here with PDFBox: a shaded and a framed sidebar inside the running text. */
class SidebarsOnMadePdfTest {
  @TempDir Path dir;

  private CleanDocument page(boolean filled) {
    MadePdf pdf = new MadePdf().page();
    pdf.paragraph(11, 72, 80, 14,
        "The committee met twice in the spring and agreed on a plan for the river basin, which",
        "the ministers then sent to the regional assembly for a vote before the summer recess",
        "began, so that the farmers upstream and the towns on the delta");
    pdf.box(80, 140, 420, 80, filled);
    pdf.line(MadePdf.BOLD, 10, 90, 148, "Box 1. How the delta towns share the water");
    pdf.paragraph(9, 90, 164, 12,
        "Each town on the delta draws water in turn, by a rota the towns agreed in 1990 and have",
        "kept since then, with a larger share for the two towns that hold the largest farms.",
        "The rota is printed each spring in the regional gazette.");
    pdf.paragraph(11, 72, 240, 14,
        "would each know their share of the water before the dry season of the next year, and the",
        "assembly accepted the plan after a long debate and a narrow vote in June.");
    return pdf.clean(dir.resolve(filled ? "shaded.pdf" : "framed.pdf"));
  }

  @Test
  void aShadedOrFramedBoxIsASidebarKeptApartFromTheRunningText() {
    for (boolean filled : new boolean[] {true, false}) {
      CleanDocument d = page(filled);
      List<Block> sidebars = d.blocks().stream().filter(b -> b.kind() == BlockKind.SIDEBAR).toList();
      assertFalse(sidebars.isEmpty(), d.blocks().toString());
      assertTrue(sidebars.stream().anyMatch(b -> b.text().contains("Each town on the delta draws water in turn")), sidebars.toString());
      List<Block> paragraphs = d.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
      assertEquals(1, paragraphs.size(), "the sentence the box cut is one paragraph again: " + d.blocks());
      assertTrue(paragraphs.get(0).text().contains("towns on the delta would each know their share"), paragraphs.toString());
      assertFalse(paragraphs.get(0).text().contains("rota"), paragraphs.toString());
    }
  }
}
