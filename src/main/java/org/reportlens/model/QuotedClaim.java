package org.reportlens.model;

/** A quotation in an essay with its kind, speaker, speech cue, sentence, page and footnote citation. */
public record QuotedClaim(String text, QuoteKind kind, Speaker speaker, String cue, String sentence,
                          Integer page, String citation) {}
