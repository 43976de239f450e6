package org.reportlens.model;

import java.util.List;
import java.util.Map;

/**
 * The text of one input file as the extractor read it, before any cleanup.
 *
 * @param pages     number of pages, 0 when the format has none (DOCX, HTML, text)
 * @param metadata  format metadata worth keeping (title, author, language), never null
 * @param outline   document outline (bookmarks) when the format has one, else empty
 */
public record ExtractedText(String sourcePath, String mediaType, int pages, Map<String, String> metadata,
                            List<Block> blocks, List<OutlineEntry> outline) {
  public ExtractedText {
    metadata = Map.copyOf(metadata);
    blocks = List.copyOf(blocks);
    outline = List.copyOf(outline);
  }

  public boolean paged() { return pages > 0; }

  public int characters() { return blocks.stream().mapToInt(b -> b.text().length()).sum(); }
}
