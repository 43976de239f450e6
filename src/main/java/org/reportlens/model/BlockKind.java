package org.reportlens.model;

/**
 * What a block is: what the format says (DOCX and HTML headings, footnotes, list items) or what the
 * layout stage found from the page. CONTENTS (a printed table of contents) and SIDEBAR (a box kept
 * apart from the running text) stay in the block list for the structure stage to place; text the
 * layout drops (furniture, figure text) is counted in {@link CleanDocument#dropped()} instead.
 */
public enum BlockKind { PARAGRAPH, HEADING, FOOTNOTE, PULL_QUOTE, LIST_ITEM, CONTENTS, SIDEBAR, CAPTION }
