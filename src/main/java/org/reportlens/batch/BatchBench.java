package org.reportlens.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.reportlens.Pipeline;
import org.reportlens.StandardAnalyzer;
import org.reportlens.annotate.corenlp.CoreNlpAnnotator;
import org.reportlens.annotate.corenlp.CoreNlpSettings;

/**
 * Batch throughput: the same documents through {@link BatchRunner} (the whole thing: hashing, Tika,
 * cleanup, language check, segmentation, annotation, aggregation, JSON, manifest, tables) with 1, 2...
 * threads sharing one {@link Pipeline}, after an untimed warm-up pass. Every pass is {@code --force}d
 * into its own scratch folder. Reports documents/s, words/s (words as {@link org.reportlens.model.Words}
 * counts them; CoreNLP's tokens are some 15% more, punctuation included), the speed-up over the first
 * thread count (means of passes), and the peak heap of each pass. Not thread-safe; one bench at a time per JVM.
 */
public final class BatchBench {
  private BatchBench() {}

  /** One timed pass. */
  public record Pass(int threads, int documents, int failed, long words, double seconds, long peakHeapBytes) {
    public double documentsPerSecond() { return documents / seconds; }

    public double wordsPerSecond() { return words / seconds; }
  }

  /** All passes, in the order run. */
  public record Result(List<Pass> passes) {
    /**
     * Wall-time speed-up with {@code threads} over the first pass's thread count, each the mean of its
     * passes (run 1,2,1: the two single-thread passes bracket the other, so JIT warm-up and a neighbour's
     * load weigh on both sides).
     */
    public double speedup(int threads) {
      return meanSeconds(passes.get(0).threads()) / meanSeconds(threads);
    }

    private double meanSeconds(int threads) {
      return passes.stream().filter(p -> p.threads() == threads).mapToDouble(Pass::seconds).average().orElse(Double.NaN);
    }

    public String format() {
      StringBuilder sb = new StringBuilder("threads  docs  failed  words      seconds  docs/s  words/s  speed-up  peak heap\n");
      for (Pass p : passes) {
        sb.append(String.format(Locale.ROOT, "%7d  %4d  %6d  %9d  %7.1f  %6.2f  %7.0f  %8.2f  %6d MB%n", p.threads(),
            p.documents(), p.failed(), p.words(), p.seconds(), p.documentsPerSecond(), p.wordsPerSecond(),
            speedup(p.threads()), p.peakHeapBytes() >> 20));
      }
      return sb.toString();
    }
  }

  /**
   * Runs {@code inputs} once untimed (the first {@code warmupDocs} of them), then once per thread count.
   *
   * @param scratch a folder for the passes' outputs (one sub-folder each)
   */
  public static Result run(Pipeline pipeline, List<Path> inputs, List<Integer> threadCounts, int warmupDocs, Path scratch)
      throws IOException {
    Progress quiet = Progress.forStderr(new PrintWriter(Writer.nullWriter()), false);
    if (warmupDocs > 0) {
      List<Path> warm = inputs.subList(0, Math.min(warmupDocs, inputs.size()));
      new BatchRunner(pipeline, new BatchOptions(scratch.resolve("warmup"), threadCounts.get(0), 3600, true), quiet).run(warm);
    }
    List<Pass> passes = new ArrayList<>();
    for (int threads : threadCounts) {
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      BatchRunner.Result r = new BatchRunner(pipeline, new BatchOptions(scratch.resolve("threads-" + threads), threads, 3600, true),
          quiet).run(inputs);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long words = r.manifest().entries().stream().filter(e -> e.words() != null).mapToLong(ManifestEntry::words).sum();
      passes.add(new Pass(threads, r.manifest().entries().size(), r.failed(), words, seconds, heapPeak()));
    }
    return new Result(passes);
  }

  /** The first {@code limit} files of a folder matching a glob ({@code "[0-9]*.txt"}), in name order (all when limit is 0 or less). */
  public static List<Path> firstFiles(Path folder, String glob, int limit) throws IOException {
    var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName()))
          .sorted(Comparator.naturalOrder()).limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
    }
  }

  /** Heap pools' peaks set back to the current use (shared with {@code bench}). */
  public static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
  }

  /** Sum of the heap pools' peak use since {@link #resetPeaks()}. */
  public static long heapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  /**
   * {@code BatchBench FOLDER [GLOB [LIMIT [WARMUP [THREADS,...]]]]}, e.g. {@code ../shared/corpus/sotu '[0-9]*.txt' 0 20 1,2,1}:
   * the standard analysis (coarse CoreNLP, models/), results in a temp folder that is left for inspection.
   */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    String glob = args.length > 1 ? args[1] : "*";
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    List<Integer> threads = args.length > 4 ? Stream.of(args[4].split(",")).map(Integer::valueOf).toList() : List.of(1, 2, 1);
    Path scratch = Files.createTempDirectory("reportlens-batchbench");
    try (CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpSettings.coarse());
         StandardAnalyzer analyzer = new StandardAnalyzer(annotator, Path.of("models"));
         Pipeline pipeline = new Pipeline(analyzer)) {
      List<Path> inputs = firstFiles(folder, glob, limit);
      System.out.printf(Locale.ROOT, "%d documents from %s, %d warm-up, %d cores, -Xmx %d MB, scratch %s%n", inputs.size(),
          folder, warmup, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, scratch);
      System.out.print(run(pipeline, inputs, threads, warmup, scratch).format());
    }
  }
}
