package org.reportlens.model;

/** Where a footnote marker stood in an essay's text (the marker itself is removed from the text). */
public record FootnoteRef(int offset, int number) {}
