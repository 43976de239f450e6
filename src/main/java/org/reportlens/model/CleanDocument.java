package org.reportlens.model;

import java.util.List;
import java.util.Map;

/**
 * The document after layout cleanup: body blocks with running heads, page numbers, footnotes and
 * pull-quotes taken out, hyphenation undone and sentences cut by page or footnote breaks rejoined.
 *
 * @param running the running header and footer lines that were removed (for report metadata)
 * @param dropped words the layout stage dropped, by category ("header", "footer", "pageNumber",
 *                "figureText" ...), for {@link Coverage}
 */
public record CleanDocument(ExtractedText source, List<Block> blocks, List<Footnote> footnotes,
                            List<PullQuote> pullQuotes, List<String> running, Map<String, Integer> dropped) {
  public CleanDocument {
    blocks = List.copyOf(blocks);
    footnotes = List.copyOf(footnotes);
    pullQuotes = List.copyOf(pullQuotes);
    running = List.copyOf(running);
    dropped = dropped == null ? Map.of() : Map.copyOf(dropped);
  }

  public CleanDocument(ExtractedText source, List<Block> blocks, List<Footnote> footnotes,
                       List<PullQuote> pullQuotes, List<String> running) {
    this(source, blocks, footnotes, pullQuotes, running, Map.of());
  }
}
