package org.reportlens.cli;

import java.util.Locale;

/**
 * Figures of one benchmark run: raw CoreNLP versus the whole reportlens annotation + aggregation on
 * the same texts in the same JVM.
 *
 * @param tokens          tokens per pass (all texts)
 * @param aggregationShare share of reportlens' time beyond raw CoreNLP's (conversion and the
 *                        aggregators: actors, relations, quotes, claims, themes, keyphrases)
 * @param rawPeakHeap     peak heap (bytes, sum of heap pools' peaks) while raw CoreNLP ran
 * @param oursPeakHeap    peak heap while reportlens ran
 * @param baseHeap        heap in use after loading the models and a GC, before the passes
 */
public record BenchResult(String annotators, int texts, long tokens, int iterations, double rawTokensPerSecond,
                          double oursTokensPerSecond, double aggregationShare, long rawPeakHeap, long oursPeakHeap, long baseHeap) {

  /** ours / raw throughput: 1.0 means reportlens adds nothing to CoreNLP's cost. */
  public double ratio() { return rawTokensPerSecond == 0 ? 0 : oursTokensPerSecond / rawTokensPerSecond; }

  public String format() {
    return String.format(Locale.ROOT,
        "annotators      %s%ntexts           %d (%d tokens per pass, %d timed passes)%n"
            + "raw CoreNLP     %.0f tokens/s, peak heap %d MB%n"
            + "reportlens      %.0f tokens/s, peak heap %d MB%n"
            + "ratio           %.2f (reportlens / raw)%noverhead        %.1f%% of reportlens time beyond raw CoreNLP%nheap after load %d MB%n",
        annotators, texts, tokens, iterations, rawTokensPerSecond, rawPeakHeap >> 20, oursTokensPerSecond,
        oursPeakHeap >> 20, ratio(), aggregationShare * 100, baseHeap >> 20);
  }
}
