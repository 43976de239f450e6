package org.reportlens.annotate.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a report from a sample of its text with OpenNLP's language detector (the
 * 103-language model from Maven Central), so that non-English reports are reported, not fed to
 * English entity models. The model is loaded once; {@link LanguageDetectorME} is cheap but not
 * thread-safe, so one is made per call. Thread-safe.
 */
public final class OpenNlpLanguageDetector {
  private static final String MODEL = "/langdetect-183.bin";
  /** Enough text for a confident guess; more only costs time. */
  private static final int SAMPLE_CHARS = 20_000;

  private final LanguageDetectorModel model;

  public OpenNlpLanguageDetector() {
    try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream(MODEL)) {
      if (in == null) throw new IllegalStateException("OpenNLP language model " + MODEL + " not on the class path");
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP language model", e);
    }
  }

  /** The detected language as an ISO 639-1 code where one exists ("en", "fr"), else OpenNLP's ISO 639-3 code. */
  public Detection detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language best = new LanguageDetectorME(model).predictLanguage(sample);
    return new Detection(toIso1(best.getLang()), best.getConfidence());
  }

  public record Detection(String language, double confidence) {}

  private static String toIso1(String iso3) {
    for (String code : Locale.getISOLanguages()) {
      try {
        if (new Locale(code).getISO3Language().equals(iso3)) return code;
      } catch (java.util.MissingResourceException e) {
        // no three-letter code for this language
      }
    }
    return iso3;
  }
}
