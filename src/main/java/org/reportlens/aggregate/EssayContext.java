package org.reportlens.aggregate;

import java.util.List;
import org.reportlens.model.Actor;
import org.reportlens.model.AnnotatedEssay;

/**
 * What the quote and claim aggregators both read from one essay: its token lookups, its actors'
 * surface forms (one compiled pattern each), its quotation spans and which tokens stand inside them.
 * Built once per essay and handed to both, so neither recompiles the actor patterns nor rescans the
 * text. Immutable and thread-safe (the mask is never written after construction).
 */
public final class EssayContext {
  final EssayTokens tokens;
  final ActorIndex actors;
  final List<QuoteSpans.Span> quotes;
  /** Per token: it begins inside a quotation, marks included (a cue there is someone else's words). */
  private final boolean[] inQuote;

  private EssayContext(AnnotatedEssay annotated, List<Actor> actors) {
    this.tokens = new EssayTokens(annotated);
    this.actors = new ActorIndex(actors);
    this.quotes = List.copyOf(QuoteSpans.find(tokens.text));
    this.inQuote = new boolean[tokens.tokens.size()];
    for (QuoteSpans.Span q : quotes) {
      for (int i = tokens.firstAtOrAfter(q.open()); i < inQuote.length && tokens.get(i).span().begin() <= q.close(); i++) {
        inQuote[i] = true;
      }
    }
  }

  boolean inQuote(int token) {
    return inQuote[token];
  }

  public static EssayContext of(AnnotatedEssay annotated, List<Actor> actors) {
    return new EssayContext(annotated, actors);
  }
}
