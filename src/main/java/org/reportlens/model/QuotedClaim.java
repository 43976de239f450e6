package org.reportlens.model;

/**
 * A quotation or reported speech in an essay with its kind, speaker, speech cue, sentence, page,
 * footnote citation and section (the innermost heading above it; schema 1.1).
 */
public record QuotedClaim(String text, QuoteKind kind, Speaker speaker, String cue, String sentence,
                          Integer page, String citation, String section) {
  public QuotedClaim(String text, QuoteKind kind, Speaker speaker, String cue, String sentence,
                     Integer page, String citation) {
    this(text, kind, speaker, cue, sentence, page, citation, null);
  }

  public QuotedClaim withSection(String newSection) {
    return new QuotedClaim(text, kind, speaker, cue, sentence, page, citation, newSection);
  }
}
