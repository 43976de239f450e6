package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/** Headings and bylines of plain text from how they are set, on small texts written for each case. */
class PlainHeadingsTest {
  private static final String PROSE = "The committee visited four districts and met local officials, who described how "
      + "the rains failed twice and how the wells ran dry before the harvest.";

  private static List<Block> split(String text) {
    return PlainTextBlocks.split(List.of(Block.paragraph(text, 0)), false);
  }

  private static String kinds(List<Block> blocks) {
    return String.join(" ", blocks.stream().map(b -> b.kind() == BlockKind.HEADING ? "H:" + b.text() : "P:" + b.text().split("\n")[0]).toList());
  }

  @Test
  void aShortLineStandingAloneIsAHeading() {
    assertEquals("H:AGRICULTURE P:" + PROSE, kinds(split("AGRICULTURE\n\n" + PROSE)));
  }

  @Test
  void aNumberedTitleGluedToItsBylineIsSplitFromIt() {
    assertEquals("H:1. The River Rises P:By Ana Ortega and Tom Reed P:" + PROSE,
        kinds(split("1. The River Rises\nBy Ana Ortega and Tom Reed\n" + PROSE + "\n" + PROSE)));
  }

  @Test
  void aTitleBlockEndsWithTheNameOfItsAuthor() {
    assertEquals("H:No. 2 Wells and Rains P:Tom Reed P:" + PROSE, kinds(split("No. 2\nWells and Rains\nTom Reed\n\n" + PROSE)));
    // Two lines are a title over two lines unless the second says "By".
    assertEquals("H:The Wells Of The Upper Valley P:" + PROSE, kinds(split("The Wells Of\nThe Upper Valley\n\n" + PROSE)));
  }

  @Test
  void proseWrappedOverShortLinesStaysProse() {
    String wrapped = "The rains failed twice\nBy January the wells were dry\nand the farmers left for the towns.";
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH), split(wrapped + "\n\n" + PROSE).stream().map(Block::kind).toList());
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH),
        split("We thank the staff\nwho gave their time.\n\n" + PROSE).stream().map(Block::kind).toList());
  }

  @Test
  void aTextOfShortLinesAloneKeepsThemAsText() {
    List<Block> list = split("Seed prices\n\nFuel costs\n\nWell depths");
    assertEquals(3, list.size());
    assertEquals(0, list.stream().filter(b -> b.kind() == BlockKind.HEADING).count(), "a list is never headings alone");
  }

  @Test
  void noWordIsLost() {
    String text = "Voices from the Valley\n\n1. The River Rises\nBy Ana Ortega\n" + PROSE + "\n\nNo. 2\nWells and Rains\nTom Reed\n\n" + PROSE;
    String joined = String.join(" ", split(text).stream().map(Block::text).toList());
    assertEquals(List.of(text.split("\\s+")), List.of(joined.split("\\s+")));
  }
}
