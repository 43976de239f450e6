package org.reportlens.annotate.corenlp;

/** One CoreNLP pipeline per test JVM, for every test class that needs real annotations. */
public final class SharedAnnotator {
  private static CoreNlpAnnotator instance;

  private SharedAnnotator() {}

  public static synchronized CoreNlpAnnotator get() {
    if (instance == null) instance = new CoreNlpAnnotator(CoreNlpSettings.coarse());
    return instance;
  }
}
