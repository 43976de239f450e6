package org.reportlens.layout;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Style;

/**
 * Marks foot-of-page notes {@link BlockKind#FOOTNOTE}: in the lower half of the page, in type
 * smaller than the body's, opening with a note number ("12 See ...", "12. See ..."), and the
 * blocks of the same small type that follow one on its page (a note's further paragraphs).
 * The layout cleaner then takes them out with their numbers and links their markers. Stateless.
 */
final class FootZone {
  private FootZone() {}

  static List<Block> mark(List<Block> blocks, double body) {
    List<Block> out = new ArrayList<>(blocks.size());
    Block lastNote = null;
    for (Block b : blocks) {
      Style s = b.style();
      boolean small = s != null && body > 0 && s.fontSize() <= body - 0.9 && s.y() > s.pageHeight() * 0.5;
      boolean opens = b.text().strip().matches("(?s)^\\d{1,3}\\.?\\s+\\S.*");
      boolean follows = lastNote != null && lastNote.page() == b.page() && s != null
          && Math.abs(s.fontSize() - lastNote.style().fontSize()) < 0.6;
      if (b.kind() == BlockKind.PARAGRAPH && small && (opens || follows)) {
        Block note = b.withKind(BlockKind.FOOTNOTE, 0);
        out.add(note);
        lastNote = note;
      } else {
        out.add(b);
        if (b.page() != (lastNote == null ? -1 : lastNote.page())) lastNote = null;
      }
    }
    return out;
  }
}
