package org.reportlens.model;

/**
 * One block of extracted text as the source laid it out: a PDF paragraph (lines kept, with their
 * line breaks), a DOCX/HTML paragraph, heading or footnote.
 *
 * @param page  1-based page the block starts on; 0 when the format has no pages
 * @param level heading level (1 = top) for HEADING, 0 otherwise
 * @param style typography and position on the page; null when the format has none
 */
public record Block(String text, int page, BlockKind kind, int level, Style style) {
  public Block {
    if (text == null) throw new IllegalArgumentException("text");
    if (page < 0) throw new IllegalArgumentException("page " + page);
    if (kind == null) kind = BlockKind.PARAGRAPH;
  }

  public Block(String text, int page, BlockKind kind, int level) { this(text, page, kind, level, null); }

  public static Block paragraph(String text, int page) { return new Block(text, page, BlockKind.PARAGRAPH, 0); }

  public Block withText(String newText) { return new Block(newText, page, kind, level, style); }

  public Block withKind(BlockKind newKind, int newLevel) { return new Block(text, page, newKind, newLevel, style); }
}
