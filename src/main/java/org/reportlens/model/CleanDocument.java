package org.reportlens.model;

import java.util.List;

/**
 * The document after layout cleanup: body blocks with running heads, page numbers, footnotes and
 * pull-quotes taken out, hyphenation undone and sentences cut by page or footnote breaks rejoined.
 *
 * @param running the running header and footer lines that were removed (for report metadata)
 */
public record CleanDocument(ExtractedText source, List<Block> blocks, List<Footnote> footnotes,
                            List<PullQuote> pullQuotes, List<String> running) {
  public CleanDocument {
    blocks = List.copyOf(blocks);
    footnotes = List.copyOf(footnotes);
    pullQuotes = List.copyOf(pullQuotes);
    running = List.copyOf(running);
  }
}
