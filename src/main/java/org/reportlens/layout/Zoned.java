package org.reportlens.layout;

import java.util.List;
import java.util.Map;
import org.reportlens.model.Block;
import org.reportlens.model.Footnote;

/**
 * The blocks of a document after the page zones were found: furniture and figure text taken out
 * (their words counted by category in {@code dropped}), contents pages marked
 * {@link org.reportlens.model.BlockKind#CONTENTS}, foot-of-page notes marked FOOTNOTE, endnote
 * blocks taken out as notes with their markers placed in the blocks' text.
 *
 * @param running the distinct running heads and footers taken out (for report metadata)
 * @param notes   the endnotes taken out ({@link Endnotes})
 */
public record Zoned(List<Block> blocks, Map<String, Integer> dropped, List<String> running, List<Footnote> notes) {
  public Zoned {
    blocks = List.copyOf(blocks);
    dropped = Map.copyOf(dropped);
    running = List.copyOf(running);
    notes = List.copyOf(notes);
  }

  public Zoned(List<Block> blocks, Map<String, Integer> dropped, List<String> running) {
    this(blocks, dropped, running, List.of());
  }
}
