package org.reportlens.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Style;

/** Each zone on hand-built styled blocks of a letter-size page (612 x 792 pt), body type 10 pt. */
class PageZonesTest {
  private static Block at(int page, String text, double size, double y) {
    return new Block(text, page, BlockKind.PARAGRAPH, 0, new Style(size, false, false, 72, y, 400, 12, 612, 792, false));
  }

  private static final String BODY = "The committee met twice in the spring and agreed on a plan for the river basin, which the\n"
      + "ministers then sent to the regional assembly for a vote before the summer recess began.";

  private static List<Block> document(int pages, java.util.function.IntFunction<List<Block>> furniture) {
    List<Block> out = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      out.addAll(furniture.apply(p));
      out.add(at(p, BODY, 10, 200));
      out.add(at(p, BODY, 10, 400));
    }
    return out;
  }

  private static String text(Zoned z) {
    return z.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void varyingRunningHeadsFootersAndPageNumbersAreDroppedAndCounted() {
    Zoned z = PageZones.apply(document(8, p -> List.of(
        at(p, p % 2 == 0 ? p + " Water Policy Review" : "Water Policy Review " + p, 9, 30),
        at(p, "Chapter Two: Rivers", 9, 45 + (p % 2) * 0), // a chapter title on every page's head
        at(p, p + "/18", 9, 750),
        at(p, "25-1233" + (p % 3), 8, 765))), 8);
    String t = text(z);
    assertFalse(t.contains("Water Policy Review"), t);
    assertFalse(t.contains("Chapter Two"), t);
    assertFalse(t.contains("/18"), t);
    assertFalse(t.contains("25-1233"), t);
    assertEquals(16, z.blocks().size());
    assertTrue(z.dropped().get("pageNumber") >= 8, z.dropped().toString());
    assertTrue(z.dropped().get("header") >= 16, z.dropped().toString());
    assertTrue(z.running().contains("Water Policy Review"), z.running().toString());
  }

  @Test
  void aPageNumberWithDashesIsFurnitureEvenOnOnePage() {
    Zoned z = PageZones.apply(List.of(at(1, BODY, 10, 200), at(1, "— 91 —", 9, 760), at(1, "Page 12", 9, 775)), 1);
    assertEquals(1, z.blocks().size());
    assertEquals(3, z.dropped().get("pageNumber"), "words: 91, Page, 12");
  }

  @Test
  void aHeadingAtTheTopOfAPageInLargeTypeIsNotFurniture() {
    Zoned z = PageZones.apply(document(4, p -> List.of(at(p, "Introduction", 18, 40))), 4);
    assertTrue(text(z).contains("Introduction"));
  }

  @Test
  void contentsEntriesAreMarkedAndKept() {
    List<Block> blocks = new ArrayList<>(document(2, p -> List.of()));
    blocks.add(0, at(1, "Contents", 14, 80));
    blocks.add(1, at(1, "Introduction ........ 3\nRivers and borders ........ 7\nThe basin commissions ........ 12", 10, 100));
    Zoned z = PageZones.apply(blocks, 2);
    assertEquals(BlockKind.CONTENTS, z.blocks().get(1).kind());
    assertEquals(BlockKind.PARAGRAPH, z.blocks().get(0).kind());
  }

  @Test
  void chartLabelsAndTableColumnsAreDroppedAsFigureText() {
    List<Block> blocks = new ArrayList<>(document(2, p -> List.of()));
    blocks.add(at(1, "Share of water used by farms", 6.5, 300));
    blocks.add(at(1, "12.5\n14.0\n9.8\n22%", 10, 320));
    blocks.add(at(2, "C O S T S", 10, 330));
    Zoned z = PageZones.apply(blocks, 2);
    assertEquals(4, z.blocks().size());
    assertTrue(z.dropped().get("figureText") >= 9, z.dropped().toString());
  }

  @Test
  void smallNumberedBlocksAtThePageFootAreFootnotes() {
    List<Block> blocks = new ArrayList<>(document(1, p -> List.of()));
    blocks.add(at(1, "1 Interview with a basin official, 2019.", 8, 700));
    blocks.add(at(1, "The interview was held in the capital.", 8, 712));
    Zoned z = PageZones.apply(blocks, 1);
    assertEquals(BlockKind.FOOTNOTE, z.blocks().get(2).kind());
    assertEquals(BlockKind.FOOTNOTE, z.blocks().get(3).kind());
    assertEquals(BlockKind.PARAGRAPH, z.blocks().get(0).kind());
  }

  @Test
  void dropCapitalsAndSpacingErrorsAreRepaired() {
    List<Block> blocks = List.of(at(1, "he Constitution was signed in the summer.", 10, 100),
        at(1, "T", 30, 98), at(1, "The Secretary -General spoke first.", 10, 200),
        new Block("KEY CONCEP TS", 1, BlockKind.PARAGRAPH, 0, new Style(16, true, false, 72, 300, 300, 20, 612, 792, false)));
    Zoned z = PageZones.apply(blocks, 1);
    String t = text(z);
    assertTrue(t.startsWith("The Constitution was signed"), t);
    assertTrue(t.contains("Secretary-General"), t);
    assertTrue(t.contains("KEY CONCEPTS"), t);
  }

  @Test
  void aRunningHeadSetInOneBlockWithTheTextBelowItIsTakenOff() {
    Zoned z = PageZones.apply(document(6, p -> List.of(
        at(p, (p % 2 == 0 ? "Smith, J., dissenting" : "Opinion of the Court") + "\nthe river was never theirs to divide, the court said on page " + p + ".\n" + BODY, 10, 50))), 6);
    String t = text(z);
    assertFalse(t.contains("dissenting"), t);
    assertFalse(t.contains("Opinion of the Court"), t);
    assertTrue(t.contains("the river was never theirs to divide, the court said on page 4."), t);
    assertTrue(z.dropped().get("header") >= 12, z.dropped().toString());
  }

  @Test
  void runningHeadsAboveTheBodyOfAPageSetInALargerSheetAreFurniture() {
    // The printed page sits low on the sheet: its heads are at y 120-150, under the sheet's top band.
    List<Block> blocks = new ArrayList<>();
    for (int p = 1; p <= 5; p++) {
      blocks.add(at(p, (500 + p) + " RIVERS v. STATE", 8, 122));
      if (p == 3) blocks.add(at(p, "II", 10, 135));
      blocks.add(at(p, "Brown, J., dissenting", 8, 146));
      blocks.add(at(p, BODY, 10, 166));
    }
    Zoned z = PageZones.apply(blocks, 5);
    String t = text(z);
    assertFalse(t.contains("dissenting"), t);
    assertFalse(t.contains("RIVERS v. STATE"), t);
    assertTrue(t.contains("II"), "a section number above the body is not a folio: " + t);
  }
}
