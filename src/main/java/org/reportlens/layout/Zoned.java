package org.reportlens.layout;

import java.util.List;
import java.util.Map;
import org.reportlens.model.Block;

/**
 * The blocks of a document after the page zones were found: furniture and figure text taken out
 * (their words counted by category in {@code dropped}), contents pages marked
 * {@link org.reportlens.model.BlockKind#CONTENTS}, foot-of-page notes marked FOOTNOTE.
 *
 * @param running the distinct running heads and footers taken out (for report metadata)
 */
public record Zoned(List<Block> blocks, Map<String, Integer> dropped, List<String> running) {
  public Zoned {
    blocks = List.copyOf(blocks);
    dropped = Map.copyOf(dropped);
    running = List.copyOf(running);
  }
}
