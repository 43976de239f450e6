package org.reportlens.annotate.corenlp;

import java.util.Properties;

/**
 * The CoreNLP configuration, and the only place that spells CoreNLP property names.
 *
 * <p>Defaults ({@link #coarse()}) are measured in {@code docs/annotators.md}: fine-grained NER,
 * SUTime and the numeric classifiers cost heap and time and give labels (dates, numbers, US states
 * such as "MD") that the actor aggregator throws away. No parse, depparse, coref or quote: the quote
 * annotator pulls in coref by default.
 *
 * @param annotators            CoreNLP annotator list
 * @param fineGrainedNer        ner.applyFineGrained (COUNTRY, CITY, NATIONALITY, TITLE ... labels)
 * @param sutime                ner.useSUTime (normalised dates)
 * @param numericClassifiers    ner.applyNumericClassifiers (NUMBER, MONEY ... from the number sequence classifier)
 * @param newlineSentenceBreak  ssplit.newlineIsSentenceBreak: "two" keeps sentences inside paragraphs,
 *                              since our texts separate paragraphs with a blank line
 */
public record CoreNlpSettings(String annotators, boolean fineGrainedNer, boolean sutime,
                              boolean numericClassifiers, String newlineSentenceBreak) {

  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";
  /** PERSON/ORGANIZATION/LOCATION (3 classes) and MISC (CoNLL 4 classes), from the models jar. */
  static final String COARSE_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
      + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  public CoreNlpSettings {
    if (annotators == null || annotators.isBlank()) throw new IllegalArgumentException("no annotators");
    if (newlineSentenceBreak == null) newlineSentenceBreak = "two";
  }

  /** What the pipeline runs: tokenize..ner with coarse NER only. */
  public static CoreNlpSettings coarse() {
    return new CoreNlpSettings(ANNOTATORS, false, false, false, "two");
  }

  /** CoreNLP's own NER defaults (fine-grained labels, SUTime, numeric classifiers), for comparison. */
  public static CoreNlpSettings fineGrained() {
    return new CoreNlpSettings(ANNOTATORS, true, true, true, "two");
  }

  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", newlineSentenceBreak);
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(numericClassifiers));
    if (!fineGrainedNer && !numericClassifiers) {
      // The MUC 7-class model adds only DATE, TIME, MONEY and PERCENT, which we drop: without it
      // the models load 2 s faster and NER runs a third fewer CRF passes (docs/annotators.md).
      p.setProperty("ner.model", COARSE_MODELS);
    }
    // Entity mentions (CoreEntityMention) are what we convert; keep them built.
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /** For the run record: "tokenize,ssplit,pos,lemma,ner(coarse)". */
  public String description() {
    if (!annotators.contains("ner")) return annotators;
    StringBuilder b = new StringBuilder(annotators).append('(');
    b.append(fineGrainedNer ? "fine-grained" : "coarse");
    if (sutime) b.append(",sutime");
    if (numericClassifiers) b.append(",numeric");
    return b.append(')').toString();
  }
}
