package org.reportlens.model;

/** What the source format says a block is. PDFs only give PARAGRAPH; DOCX and HTML say more. */
public enum BlockKind { PARAGRAPH, HEADING, FOOTNOTE, PULL_QUOTE, LIST_ITEM }
