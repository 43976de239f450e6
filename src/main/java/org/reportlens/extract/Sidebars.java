package org.reportlens.extract;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Style;

/**
 * Marks the blocks of a box {@link BlockKind#SIDEBAR}: the blocks that stand inside a framed or
 * shaded rectangle ({@link PageBoxes}) smaller than half the page, when the rectangle holds prose
 * (a block of two lines or more and twelve words or more), so that a table's shaded rows and cells
 * stay what they are. The layout cleaner keeps a sidebar apart from the running text (never joined
 * to the paragraph before or after it). Pure.
 */
final class Sidebars {
  private static final double SLACK = 3;

  private Sidebars() {}

  static List<Block> mark(List<Block> blocks, List<double[]> boxes) {
    if (boxes.isEmpty()) return blocks;
    List<Block> out = new ArrayList<>(blocks);
    for (double[] box : boxes) {
      List<Integer> inside = new ArrayList<>();
      boolean prose = false;
      for (int i = 0; i < out.size(); i++) {
        Style s = out.get(i).style();
        if (s == null || box[2] * box[3] > s.pageWidth() * s.pageHeight() * 0.5 || box[2] > s.pageWidth() * 0.95) continue;
        if (s.x() >= box[0] - SLACK && s.y() >= box[1] - SLACK && s.x() + s.width() <= box[0] + box[2] + SLACK
            && s.y() + s.height() <= box[1] + box[3] + SLACK) {
          inside.add(i);
          String t = out.get(i).text();
          prose |= t.indexOf('\n') >= 0 && t.split("\\s+").length >= 12;
        }
      }
      if (!prose) continue;
      for (int i : inside) {
        if (out.get(i).kind() == BlockKind.PARAGRAPH) out.set(i, out.get(i).withKind(BlockKind.SIDEBAR, 0));
      }
    }
    return out;
  }
}
