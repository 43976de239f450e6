package org.reportlens.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.io.IOException;
import org.reportlens.Pipeline;
import org.reportlens.StandardAnalyzer;
import org.reportlens.aggregate.ActorAggregator;
import org.reportlens.aggregate.ActorRecall;
import org.reportlens.aggregate.Gazetteer;
import org.reportlens.batch.BatchBench;
import org.reportlens.annotate.corenlp.CoreNlpAnnotator;
import org.reportlens.annotate.corenlp.CoreNlpSettings;
import org.reportlens.model.Essay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: in one JVM, on the same texts, times raw CoreNLP (same annotators, no conversion)
 * against the whole reportlens analysis ({@link StandardAnalyzer}: annotation, actors, relations,
 * quotations, claims, themes, keyphrases), after warm-up passes, and prints
 * tokens/s for each, their ratio and the peak heap. Single-threaded: it measures cost per token, not
 * batch scaling. Not thread-safe (a command object).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Throughput of raw CoreNLP vs the whole reportlens analysis on the same texts.")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT",
      description = "a report file (any format), or a folder: its files matching --glob, a .txt file as one essay, others as reports")
  Path input;

  @Option(names = "--limit", defaultValue = "20", description = "at most this many texts (default ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--warmup", defaultValue = "1", description = "untimed passes first, at least (default ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--warmup-tokens", defaultValue = "250000",
      description = "more untimed passes until each side has seen this many tokens (default ${DEFAULT-VALUE}): "
          + "CoreNLP's JIT takes ~200k tokens to settle, and a pass before that runs up to 2x slower")
  long warmupTokens;

  @Option(names = "--iterations", defaultValue = "3", description = "timed passes (default ${DEFAULT-VALUE})")
  int iterations;

  @Option(names = "--models", defaultValue = "models", description = "folder with actors.tsv, themes-*.tsv and background-df.tsv (default ${DEFAULT-VALUE})")
  Path models;

  @Option(names = "--fine-grained", description = "CoreNLP's NER defaults (fine-grained, SUTime, numeric) instead of coarse")
  boolean fineGrained;

  @Option(names = "--threads", split = ",", paramLabel = "N",
      description = "also run the whole batch (analyze) over INPUT once per thread count, e.g. 1,2 (documents/s, speed-up, peak heap)")
  List<Integer> threads;

  @Option(names = "--glob", defaultValue = "*.txt", description = "files of an INPUT folder (default ${DEFAULT-VALUE}; e.g. '*.pdf' for a folder of reports)")
  String glob;

  @Option(names = "--pages", split = ",", paramLabel = "N",
      description = "instead: time extraction, layout and structure (no CoreNLP) of INPUT, a PDF, repeated to N pages each, e.g. 16,100,400")
  List<Integer> pages;

  @Option(names = "--actor-recall",
      description = "instead of timing: the share of CoreNLP's person/organisation/place mentions that end up in an actor, "
          + "and the mentions declined by each named rule (audit of the actor filters on any corpus)")
  boolean actorRecall;

  @Option(names = "--examples", description = "with --actor-recall: list example mentions per rule")
  boolean examples;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(input)) throw new CommandLine.ParameterException(spec.commandLine(), "no such input: " + input);
    if (pages != null && !pages.isEmpty()) {
      try {
        out.print(PageScaling.run(input, pages, iterations));
      } catch (IOException | org.reportlens.model.ReportException e) {
        spec.commandLine().getErr().println("bench: " + input + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
      out.flush();
      return 0;
    }
    List<Essay> essays;
    try {
      essays = BenchInputs.load(input, glob, limit);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("bench: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    CoreNlpSettings settings = fineGrained ? CoreNlpSettings.fineGrained() : CoreNlpSettings.coarse();
    try (CoreNlpAnnotator annotator = new CoreNlpAnnotator(settings)) {
      StandardAnalyzer analyzer;
      try {
        analyzer = new StandardAnalyzer(annotator, models);
      } catch (IOException e) {
        spec.commandLine().getErr().println("bench: " + e.getMessage());
        return ExitCodes.CONFIG;
      }
      if (actorRecall) {
        ActorRecall recall = actorRecall(essays, annotator, new ActorAggregator(Gazetteer.load(models.resolve(StandardAnalyzer.ACTORS_FILE))));
        out.printf("%d texts%n", essays.size());
        out.print(recall.format(examples));
        out.flush();
        return 0;
      }
      BenchResult r = run(essays, annotator, analyzer, warmup, warmupTokens, iterations);
      out.print(r.format());
      out.flush();
      if (threads != null && !threads.isEmpty()) {
        List<Path> files = Files.isDirectory(input) ? BatchBench.firstFiles(input, glob, limit) : List.of(input);
        Path scratch = Files.createTempDirectory("reportlens-bench");
        BatchBench.Result b = BatchBench.run(new Pipeline(analyzer), files, threads, Math.min(2, files.size()), scratch);
        out.print(b.format());
        out.flush();
      }
    }
    return 0;
  }

  /**
   * The benchmark itself, for callers that hold the annotator already. Passes alternate raw and
   * reportlens so that JIT and GC state favour neither.
   */
  public static BenchResult run(List<Essay> essays, CoreNlpAnnotator annotator, StandardAnalyzer analyzer,
                                int warmup, long warmupTokens, int iterations) {
    if (essays.isEmpty()) throw new IllegalArgumentException("no texts to benchmark");
    long warmed = 0;
    for (int i = 0; i < warmup || warmed < warmupTokens; i++) {
      warmed += rawPass(essays, annotator);
      oursPass(essays, analyzer);
      if (warmed == 0) break; // texts without tokens never warm anything
    }
    System.gc();
    long base = heapUsed();
    long tokens = 0;
    long rawNanos = 0;
    long oursNanos = 0;
    long rawPeak = 0;
    long oursPeak = 0;
    for (int i = 0; i < iterations; i++) {
      // Alternate which side goes first, so neither always inherits the other's garbage.
      for (int side = 0; side < 2; side++) {
        boolean raw = (side == 0) == (i % 2 == 0);
        BatchBench.resetPeaks();
        long t0 = System.nanoTime();
        if (raw) tokens = rawPass(essays, annotator); else oursPass(essays, analyzer);
        long dt = System.nanoTime() - t0;
        if (raw) { rawNanos += dt; rawPeak = Math.max(rawPeak, BatchBench.heapPeak()); }
        else { oursNanos += dt; oursPeak = Math.max(oursPeak, BatchBench.heapPeak()); }
      }
    }
    double total = (double) tokens * iterations;
    return new BenchResult(annotator.description(), essays.size(), tokens, iterations, total / (rawNanos / 1e9),
        total / (oursNanos / 1e9), oursNanos == 0 ? 0 : Math.max(0, 1 - (double) rawNanos / oursNanos), rawPeak, oursPeak, base);
  }

  /**
   * CoreNLP's own entity mentions on each text beside the actors the analysis resolves from them:
   * which are covered, which declined and by what rule.
   */
  public static ActorRecall actorRecall(List<Essay> essays, CoreNlpAnnotator annotator, ActorAggregator actors) {
    ActorRecall total = ActorRecall.NONE;
    for (Essay e : essays) total = total.plus(actors.audit(annotator.annotate(e)));
    return total;
  }

  private static long rawPass(List<Essay> essays, CoreNlpAnnotator annotator) {
    long n = 0;
    for (Essay e : essays) n += annotator.annotateRaw(e.text());
    return n;
  }

  /** The whole reportlens analysis of the essays: annotation, actors, relations, quotes, claims, themes, keyphrases. */
  private static void oursPass(List<Essay> essays, StandardAnalyzer analyzer) {
    for (Essay e : essays) analyzer.analyze(List.of(e));
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Runs the command on its own until {@code Main} wires it in; prints usage on bad arguments. */
  public static void main(String[] args) {
    int code = new CommandLine(new BenchCommand()).execute(args);
    if (code != 0) System.err.println("bench: exit code " + code);
  }
}
