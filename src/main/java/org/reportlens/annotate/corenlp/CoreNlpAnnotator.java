package org.reportlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import org.reportlens.annotate.Annotator;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;

/**
 * The one adapter that owns CoreNLP. Consumes an {@link Essay}'s text, produces sentences, tokens
 * (POS, lemma) and entity mentions as our records, in three steps: our text to a CoreNLP document,
 * annotate, convert back ({@link CoreNlpConverter}). Does not parse, resolve coreference or find
 * quotes.
 *
 * <p>Heavy (NER models, about 1-2 GB of heap): build one per process and share it. Thread-safe: the
 * CoreNLP pipeline is immutable after construction and each call annotates its own document.
 */
public final class CoreNlpAnnotator implements Annotator {
  private final CoreNlpSettings settings;
  private final StanfordCoreNLP pipeline;

  public CoreNlpAnnotator() {
    this(CoreNlpSettings.coarse());
  }

  public CoreNlpAnnotator(CoreNlpSettings settings) {
    this.settings = settings;
    this.pipeline = new StanfordCoreNLP(settings.toProperties());
  }

  @Override
  public AnnotatedEssay annotate(Essay essay) {
    CoreDocument doc = new CoreDocument(essay.text());
    // annotate(Annotation) once; the Iterable overload would annotate twice.
    pipeline.annotate(doc);
    return CoreNlpConverter.convert(essay, doc);
  }

  /**
   * The benchmark baseline: CoreNLP alone on {@code text}, same annotators, no conversion.
   *
   * @return the number of tokens
   */
  public int annotateRaw(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    List<?> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }

  public CoreNlpSettings settings() { return settings; }

  @Override
  public String description() { return settings.description(); }
}
