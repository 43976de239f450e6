package org.reportlens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.reportlens.aggregate.ActorAggregator;
import org.reportlens.aggregate.ClaimAggregator;
import org.reportlens.aggregate.Gazetteer;
import org.reportlens.aggregate.KeyphraseExtractor;
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
 * claims, themes and keyphrases. Loads the project's models ({@code actors.tsv}, {@code themes.tsv})
 * once. Thread-safe: the annotator is shared and every aggregator is stateless.
 */
public final class StandardAnalyzer implements Pipeline.EssayAnalyzer, AutoCloseable {
  public static final String ACTORS_FILE = "actors.tsv";
  public static final String THEMES_FILE = "themes.tsv";

  private final Annotator annotator;
  private final ActorAggregator actors;
  private final RelationAggregator relations = new RelationAggregator();
  private final QuoteAggregator quotes = new QuoteAggregator();
  private final ClaimAggregator claims = new ClaimAggregator();
  private final ThemeAggregator themes;
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();
  private final String fingerprint;

  /** @throws IOException when a model file is missing or unreadable (the run cannot start) */
  public StandardAnalyzer(Annotator annotator, Path modelsDir) throws IOException {
    Path actorsFile = modelsDir.resolve(ACTORS_FILE);
    Path themesFile = modelsDir.resolve(THEMES_FILE);
    for (Path p : List.of(actorsFile, themesFile)) {
      if (!Files.isReadable(p)) throw new IOException(p + ": model file missing or unreadable");
    }
    this.annotator = annotator;
    this.actors = new ActorAggregator(Gazetteer.load(actorsFile));
    this.themes = new ThemeAggregator(ThemeTaxonomy.load(themesFile));
    this.fingerprint = annotator.description() + "|" + sha256(actorsFile) + "|" + sha256(themesFile);
  }

  @Override
  public List<AnalyzedEssay> analyze(List<Essay> essays) {
    List<AnnotatedEssay> annotated = new ArrayList<>();
    for (Essay e : essays) annotated.add(annotator.annotate(e));
    List<List<Keyphrase>> phrases = keyphrases.extract(annotated);
    List<AnalyzedEssay> out = new ArrayList<>();
    for (int i = 0; i < annotated.size(); i++) {
      AnnotatedEssay a = annotated.get(i);
      ResolvedActors resolved = actors.resolve(a);
      EssayAnalysis analysis = new EssayAnalysis(resolved.actors(), relations.aggregate(a, resolved),
          quotes.aggregate(a, resolved.actors()), claims.aggregate(a, resolved.actors()), themes.aggregate(a), phrases.get(i));
      out.add(new AnalyzedEssay(a.essay(), analysis));
    }
    return out;
  }

  @Override
  public String description() { return annotator.description(); }

  @Override
  public String fingerprint() { return fingerprint; }

  @Override
  public void close() throws Exception { annotator.close(); }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
