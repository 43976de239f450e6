package org.reportlens.model;

/** An actor-to-actor relation found in one sentence; {@code source} says how ("cooccurrence", "dependency"). */
public record Relation(String subject, String predicate, String object, String sentence, Integer page, String source,
                       String section) {
  public Relation(String subject, String predicate, String object, String sentence, Integer page, String source) {
    this(subject, predicate, object, sentence, page, source, null);
  }

  public Relation withSection(String newSection) {
    return new Relation(subject, predicate, object, sentence, page, source, newSection);
  }
}
