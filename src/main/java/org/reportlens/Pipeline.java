package org.reportlens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.reportlens.annotate.Annotator;
import org.reportlens.annotate.opennlp.OpenNlpLanguageDetector;
import org.reportlens.extract.Extractor;
import org.reportlens.extract.LayoutCleaner;
import org.reportlens.extract.Markers;
import org.reportlens.extract.TikaExtractor;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.Author;
import org.reportlens.model.Coverage;
import org.reportlens.model.Essay;
import org.reportlens.model.Footnote;
import org.reportlens.model.PullQuote;
import org.reportlens.model.ReportMeta;
import org.reportlens.model.Section;
import org.reportlens.model.Words;
import org.reportlens.model.Block;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.EssayAnalysis;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.FailureReason;
import org.reportlens.model.ReportException;
import org.reportlens.model.ReportResult;
import org.reportlens.model.RunInfo;
import org.reportlens.model.SegmentedReport;
import org.reportlens.model.SourceInfo;
import org.reportlens.structure.Segmenter;
import org.reportlens.structure.StructureReader;

/**
 * The one place where the stages are wired: extract -> clean -> language check -> segment ->
 * annotate -> aggregate. {@link #process} never throws for a bad document: failures come back as
 * data. Thread-safe: every stage is stateless or (the annotator) built once and shared.
 */
public final class Pipeline implements AutoCloseable {
  public static final String TOOL = "reportlens 0.2.3";

  private final Extractor extractor;
  private final LayoutCleaner cleaner = new LayoutCleaner();
  private final Segmenter segmenter = new StructureReader();
  /** Loaded on first use: a rerun with nothing to analyse never reads Tika's or OpenNLP's models. */
  private final Lazy<OpenNlpLanguageDetector> languages = new Lazy<>(OpenNlpLanguageDetector::new);
  private final EssayAnalyzer analyzer;

  /**
   * @param analyzer annotates and aggregates the essays of one report; null leaves analyses empty
   *                 (segmentation-only runs and tests)
   */
  public Pipeline(Extractor extractor, EssayAnalyzer analyzer) {
    this.extractor = extractor;
    this.analyzer = analyzer;
  }

  public Pipeline(EssayAnalyzer analyzer) {
    this(lazyTika(), analyzer);
  }

  private static Extractor lazyTika() {
    return new LazyExtractor(new Lazy<>(TikaExtractor::new));
  }

  /** Tika, made when the batch knows it has work ({@link #prepare}) or on the first file. */
  private record LazyExtractor(Lazy<TikaExtractor> tika) implements Extractor {
    @Override
    public ExtractedText extract(Path file) throws ReportException {
      return tika.get().extract(file);
    }
  }

  /** A value made once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> make;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> make) { this.make = make; }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          if (value == null) value = make.get();
          v = value;
        }
      }
      return v;
    }
  }

  /** What happened to one input: a result, or the reason it failed. */
  public record Outcome(Path file, String id, ReportResult result, ReportException failure, long elapsedMs) {
    public boolean ok() { return result != null; }
  }

  /** Analyses one file; a bad document gives an outcome with its failure, never an exception. */
  public Outcome process(Path file, String id) {
    return process(file, id, null);
  }

  /** As {@link #process(Path, String)}, with the file's sha256 when the caller has it already. */
  public Outcome process(Path file, String id, String sha256) {
    long t0 = System.nanoTime();
    try {
      ReportResult r = analyze(file, id, sha256 != null ? sha256 : sha256(file));
      return new Outcome(file, id, r, null, (System.nanoTime() - t0) / 1_000_000);
    } catch (ReportException e) {
      return new Outcome(file, id, null, e, (System.nanoTime() - t0) / 1_000_000);
    } catch (OutOfMemoryError e) {
      return new Outcome(file, id, null, new ReportException(file.toString(), FailureReason.TOO_LARGE,
          "ran out of memory; give the JVM more heap (-Xmx) or split the file", e), (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(file, id, null, new ReportException(file.toString(), FailureReason.INTERNAL,
          "internal error: " + e, e), (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** The full analysis of one file. */
  public ReportResult analyze(Path file, String id, String sha256) throws ReportException {
    long t0 = System.nanoTime();
    String startedAt = Instant.now().toString();
    List<String> warnings = new ArrayList<>();
    ExtractedText text = extractor.extract(file);
    CleanDocument clean = cleaner.clean(text);
    String language = checkLanguage(file, clean);
    SegmentedReport report = segmenter.segment(clean, id);
    if (report.essays().size() == 1 && clean.blocks().size() > 20) warnings.add("no table of contents or essay headings found: the report is one essay");
    List<AnalyzedEssay> essays = analyzer == null
        ? report.essays().stream().map(e -> new AnalyzedEssay(e, EssayAnalysis.empty())).toList()
        : analyzer.analyze(report.essays());
    SourceInfo source = new SourceInfo(file.toString(), sha256, text.mediaType(), text.paged() ? text.pages() : null);
    Coverage coverage = coverage(text, clean, report);
    if (coverage.ratio() < Coverage.WARN_BELOW) {
      warnings.add(String.format(Locale.ROOT, "coverage %.3f: %d of %d extracted words are neither in a unit, a footnote, the front or back matter, nor dropped with a reason",
          coverage.ratio(), Math.max(0, coverage.extractedWords() - coverage.droppedWords() - coverage.essayWords() - coverage.footnoteWords() - coverage.matterWords()),
          coverage.extractedWords() - coverage.droppedWords()));
    }
    RunInfo run = new RunInfo(TOOL, "4.5.10", analyzer == null ? "" : analyzer.description(), startedAt,
        (System.nanoTime() - t0) / 1_000_000, warnings, coverage);
    return new ReportResult(id, source, report.meta(), language, essays, run);
  }

  /**
   * How much of the extracted text the output accounts for: words in the units (titles, bylines,
   * summaries, text, biographies, pull-quotes), in their footnotes, in the front and back matter,
   * against the words extracted less those the cleaner dropped with a reason.
   */
  static Coverage coverage(ExtractedText text, CleanDocument clean, SegmentedReport report) {
    int extracted = 0;
    for (Block b : text.blocks()) extracted += Words.count(Markers.strip(b.text()));
    int essay = 0;
    int notes = 0;
    for (Essay e : report.essays()) {
      essay += Words.count(e.title()) + Words.count(e.text()) + count(e.summary()) + count(e.biography());
      for (Author a : e.authors()) essay += Words.count(a.name()) + count(a.affiliation());
      for (PullQuote q : e.pullQuotes()) essay += Words.count(q.text());
      // Part titles and headings printed again as running heads are sections kept out of the text.
      for (Section s : e.sections()) {
        String at = e.text().substring(Math.min(s.offset(), e.text().length()), Math.min(e.text().length(), s.offset() + s.title().length() + 24));
        if (!at.contains(s.title())) essay += Words.count(s.title()) + count(s.number());
      }
      for (Footnote f : e.footnotes()) notes += Words.count(f.text());
    }
    int matter = 0;
    ReportMeta m = report.meta();
    if (m.frontMatter() != null) matter += Words.count(m.frontMatter().text());
    if (m.backMatter() != null) matter += Words.count(m.backMatter().text());
    return Coverage.of(extracted, essay, notes, matter, clean.dropped());
  }

  private static int count(String s) {
    return s == null ? 0 : Words.count(s);
  }

  /** Reports not in English are refused: English entity and quote models would make nonsense tables of them. */
  private String checkLanguage(Path file, CleanDocument clean) throws ReportException {
    StringBuilder sample = new StringBuilder();
    for (Block b : clean.blocks()) {
      if (sample.length() > 20_000) break;
      sample.append(Markers.strip(b.text())).append('\n');
    }
    OpenNlpLanguageDetector.Detection d = languages.get().detect(sample.toString());
    if (d.notEnglish() && sample.length() > 200) {
      String name = new Locale(d.language()).getDisplayLanguage(Locale.ENGLISH);
      throw new ReportException(file.toString(), FailureReason.NOT_ENGLISH, String.format(Locale.ROOT,
          "written in %s (%s, %.1f times English's score); only English reports are analysed", name, d.language(), d.lead()));
    }
    return "en";
  }

  /** Annotates and aggregates the essays of one report (they are analysed together: ids and keyphrases are per report). */
  public interface EssayAnalyzer {
    List<AnalyzedEssay> analyze(List<org.reportlens.model.Essay> essays);

    String description();

    /** Changes whenever a setting or model file that changes the output changes (incremental runs). */
    default String fingerprint() { return description(); }

    /** Starts loading heavy models ahead of the first report; the default does nothing. */
    default void prepare() { }
  }

  /** There is work to do: starts loading the annotator's models in the background, loads Tika and the language model. */
  public void prepare() {
    if (analyzer != null) analyzer.prepare();
    // Made now, before any report's clock starts (a per-report timeout must not pay for loading them).
    languages.get();
    if (extractor instanceof LazyExtractor lazy) lazy.tika().get();
  }

  /** Identifies the settings of this pipeline: a report analysed with another fingerprint is redone. */
  public String fingerprint() {
    String s = TOOL + "|" + (analyzer == null ? "segment-only" : analyzer.fingerprint());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code gmf-2017-southern-challenges.pdf} -> {@code gmf-2017-southern-challenges}; accents dropped, ASCII only. */
  public static String reportId(Path file) {
    String name = file.getFileName().toString().replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "report" : slug;
  }

  public static String sha256(Path file) throws ReportException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new ReportException(file.toString(), FailureReason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() { }
}
