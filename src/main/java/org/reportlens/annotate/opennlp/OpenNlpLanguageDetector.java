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

  /**
   * The detected language as an ISO 639-1 code where one exists ("en", "fr"), else OpenNLP's ISO
   * 639-3 code, with its score and English's. OpenNLP spreads its scores over 103 languages, so
   * the top score of a plainly French text can be small: compare the scores with each other, never
   * with a fixed level.
   */
  public Detection detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language[] all = new LanguageDetectorME(model).predictLanguages(sample);
    Language best = all[0];
    double english = 0;
    for (Language l : all) {
      if (l.getLang().equals("eng")) english = l.getConfidence();
    }
    return new Detection(toIso1(best.getLang()), best.getConfidence(), english);
  }

  /**
   * @param confidence the top language's score
   * @param english    English's score on the same scale
   */
  public record Detection(String language, double confidence, double english) {
    public Detection(String language, double confidence) { this(language, confidence, language.equals("en") ? confidence : 0); }

    /**
     * True when English is not the language: another one is on top and English scores under half of
     * it (English near the top, as with a report quoting foreign names, still counts as English).
     */
    public boolean notEnglish() { return !language.equals("en") && english < confidence * 0.5; }

    /** How far ahead of English the top language is (1 when English is on top). */
    public double lead() { return english <= 0 ? Double.POSITIVE_INFINITY : confidence / english; }
  }

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
