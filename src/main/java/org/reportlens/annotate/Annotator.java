package org.reportlens.annotate;

import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;

/**
 * Adds sentences, tokens (POS, lemma) and entity mentions to an essay. The one implementation that
 * holds a heavy model ({@code corenlp.CoreNlpAnnotator}) is built once per process and shared by
 * all threads.
 */
public interface Annotator extends AutoCloseable {
  AnnotatedEssay annotate(Essay essay);

  /** The annotator configuration, for the run record ("tokenize,ssplit,pos,lemma,ner"). */
  String description();

  @Override
  default void close() { }
}
