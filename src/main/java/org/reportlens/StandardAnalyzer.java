package org.reportlens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.reportlens.aggregate.ActorAggregator;
import org.reportlens.aggregate.BackgroundFrequency;
import org.reportlens.aggregate.ClaimAggregator;
import org.reportlens.aggregate.EssayContext;
import org.reportlens.aggregate.Gazetteer;
import org.reportlens.aggregate.KeyphraseExtractor;
import org.reportlens.aggregate.ReportActors;
import org.reportlens.aggregate.QuoteAggregator;
import org.reportlens.aggregate.RelationAggregator;
import org.reportlens.aggregate.ResolvedActors;
import org.reportlens.aggregate.ThemeAggregator;
import org.reportlens.aggregate.ThemeTaxonomy;
import org.reportlens.annotate.Annotator;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayAnalysis;
import org.reportlens.model.Keyphrase;

/**
 * The analysis of a report's essays: the shared annotator, then actors, relations, quotations,
 * claims, themes and keyphrases. Loads the project's models once: {@code actors.tsv}, the theme
 * taxonomy ({@code themes-<name>.tsv}, by default {@value #DEFAULT_TAXONOMY}: the Comparative Agendas
 * Project topics; or a taxonomy file) and {@code background-df.tsv} (keyphrase background). Thread-safe: the annotator is shared and every aggregator is stateless.
 */
public final class StandardAnalyzer implements Pipeline.EssayAnalyzer, AutoCloseable {
  public static final String ACTORS_FILE = "actors.tsv";
  public static final String DEFAULT_TAXONOMY = "policy";
  public static final String BACKGROUND_FILE = "background-df.tsv";

  private final CompletableFuture<Annotator> annotator;
  private final String description;
  private final ActorAggregator actors;
  private final RelationAggregator relations = new RelationAggregator();
  private final QuoteAggregator quotes = new QuoteAggregator();
  private final ClaimAggregator claims = new ClaimAggregator();
  private final ThemeAggregator themes;
  private final KeyphraseExtractor keyphrases;
  private final String fingerprint;

  /** @throws IOException when a model file is missing or unreadable (the run cannot start) */
  public StandardAnalyzer(Annotator annotator, Path modelsDir) throws IOException {
    this(annotator, modelsDir, DEFAULT_TAXONOMY);
  }

  /** @param taxonomy a taxonomy name ({@code policy}, {@code security}: {@code themes-<name>.tsv} in modelsDir) or a .tsv file */
  public StandardAnalyzer(Annotator annotator, Path modelsDir, String taxonomy) throws IOException {
    this(CompletableFuture.completedFuture(annotator), annotator.description(), modelsDir, taxonomy);
  }

  /** The taxonomy file a name stands for: a .tsv path as given, else {@code themes-<name>.tsv} in the models folder. */
  public static Path taxonomyFile(Path modelsDir, String taxonomy) {
    return taxonomy.endsWith(".tsv") ? Path.of(taxonomy) : modelsDir.resolve("themes-" + taxonomy + ".tsv");
  }

  /**
   * Starts building the annotator in the background and returns at once: CoreNLP's models take
   * several seconds to load, which a cold run spends reading its first report instead of waiting.
   */
  public static StandardAnalyzer loadingInBackground(Supplier<Annotator> factory, String description, Path modelsDir)
      throws IOException {
    return loadingInBackground(factory, description, modelsDir, DEFAULT_TAXONOMY);
  }

  /** As above, with a theme taxonomy name or file. */
  public static StandardAnalyzer loadingInBackground(Supplier<Annotator> factory, String description, Path modelsDir,
                                                     String taxonomy) throws IOException {
    CompletableFuture<Annotator> future = new CompletableFuture<>();
    Thread loader = new Thread(() -> {
      try {
        future.complete(factory.get());
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
    }, "corenlp-loader");
    loader.setDaemon(true);
    StandardAnalyzer a = new StandardAnalyzer(future, description, modelsDir, taxonomy);
    a.loader = loader;
    return a;
  }

  /** The background loader, started by {@link #prepare()} or the first analysis; null when built with an annotator. */
  private Thread loader;

  /** Starts loading CoreNLP now (a batch calls it once it knows there is work: a no-op rerun never loads it). */
  @Override
  public synchronized void prepare() {
    if (loader != null && loader.getState() == Thread.State.NEW) loader.start();
  }

  private StandardAnalyzer(CompletableFuture<Annotator> annotator, String description, Path modelsDir, String taxonomy)
      throws IOException {
    Path actorsFile = modelsDir.resolve(ACTORS_FILE);
    Path themesFile = taxonomyFile(modelsDir, taxonomy);
    Path backgroundFile = modelsDir.resolve(BACKGROUND_FILE);
    for (Path p : List.of(actorsFile, themesFile, backgroundFile)) {
      if (!Files.isReadable(p)) throw new IOException(p + ": model file missing or unreadable");
    }
    this.annotator = annotator;
    this.description = description;
    try {
      this.actors = new ActorAggregator(Gazetteer.load(actorsFile));
      this.themes = new ThemeAggregator(ThemeTaxonomy.load(themesFile));
      this.keyphrases = new KeyphraseExtractor(15, BackgroundFrequency.load(backgroundFile));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      // A hand-edited model file with a bad row is a configuration error, reported like a missing one.
      throw new IOException(e.getMessage(), e);
    }
    this.fingerprint = description + "|" + sha256(actorsFile) + "|" + sha256(themesFile) + "|" + sha256(backgroundFile);
  }

  @Override
  public List<AnalyzedEssay> analyze(List<Essay> essays) {
    List<AnnotatedEssay> annotated = new ArrayList<>();
    prepare();
    Annotator nlp = annotator.join();
    for (Essay e : essays) annotated.add(nlp.annotate(e));
    List<List<Keyphrase>> phrases = keyphrases.extract(annotated);
    List<ResolvedActors> all = new ArrayList<>();
    for (AnnotatedEssay a : annotated) all.add(actors.resolve(a));
    all = ReportActors.unify(all);
    List<AnalyzedEssay> out = new ArrayList<>();
    for (int i = 0; i < annotated.size(); i++) {
      AnnotatedEssay a = annotated.get(i);
      ResolvedActors resolved = all.get(i);
      EssayContext context = EssayContext.of(a, resolved.actors());
      EssayAnalysis analysis = new EssayAnalysis(resolved.actors(), relations.aggregate(a, resolved),
          quotes.aggregate(context), claims.aggregate(context), themes.aggregate(a), phrases.get(i));
      out.add(new AnalyzedEssay(a.essay(), analysis));
    }
    return out;
  }

  @Override
  public String description() { return description; }

  @Override
  public String fingerprint() { return fingerprint; }

  @Override
  public void close() throws Exception {
    if (annotator.isDone() && !annotator.isCompletedExceptionally()) annotator.join().close();
  }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
