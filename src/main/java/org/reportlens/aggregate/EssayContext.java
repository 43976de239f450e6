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

  private EssayContext(AnnotatedEssay annotated, List<Actor> actors) {
    this.tokens = new EssayTokens(annotated);
    this.actors = new ActorIndex(actors);
    this.quotes = tokens.quotes;
  }

  /** Token {@code token} begins inside a quotation, marks included (a cue there is someone else's words). */
  boolean inQuote(int token) {
    return tokens.inQuote(token);
  }

  public static EssayContext of(AnnotatedEssay annotated, List<Actor> actors) {
    return new EssayContext(annotated, actors);
  }
}
