package org.reportlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reportlens.extract.LayoutCleaner;
import org.reportlens.extract.PdfRepeat;
import org.reportlens.extract.TikaExtractor;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.ReportException;
import org.reportlens.structure.StructureReader;

/**
 * {@code bench --pages}: the cost of extraction, layout and structure as a document grows. A PDF
 * is repeated to each page count (in a temporary folder, deleted after), each size is analysed
 * once untimed and then {@code iterations} times, and the mean ms of each stage and ms per page
 * are printed, in all and per page for each stage; flat ms/page columns mean a cost linear in
 * pages. "layout" is the {@link LayoutCleaner} (page zones, notes, pull-quotes, headings, joins),
 * "structure" the {@link StructureReader}. Not thread-safe.
 */
final class PageScaling {
  private PageScaling() {}

  static String run(Path pdf, List<Integer> sizes, int iterations) throws IOException, ReportException {
    Path dir = Files.createTempDirectory("reportlens-pages");
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%6s %10s %10s %10s %10s %8s   %s%n", "pages", "extract", "layout", "structure", "total ms",
        "ms/page", "ms/page: extract layout structure"));
    try {
      TikaExtractor extractor = new TikaExtractor(false);
      LayoutCleaner cleaner = new LayoutCleaner();
      StructureReader segmenter = new StructureReader();
      for (int n : sizes) {
        Path file = PdfRepeat.write(pdf, n, dir.resolve("repeat-" + n + ".pdf"));
        long[] t = new long[3];
        for (int i = -1; i < Math.max(1, iterations); i++) {
          long t0 = System.nanoTime();
          ExtractedText x = extractor.extract(file);
          long t1 = System.nanoTime();
          CleanDocument c = cleaner.clean(x);
          long t2 = System.nanoTime();
          segmenter.segment(c, "bench");
          long t3 = System.nanoTime();
          if (i < 0) continue; // warm-up
          t[0] += t1 - t0;
          t[1] += t2 - t1;
          t[2] += t3 - t2;
        }
        int runs = Math.max(1, iterations);
        double e = t[0] / 1e6 / runs;
        double l = t[1] / 1e6 / runs;
        double s = t[2] / 1e6 / runs;
        out.append(String.format(Locale.ROOT, "%6d %10.0f %10.0f %10.0f %10.0f %8.1f   %7.1f %6.1f %9.1f%n", n, e, l, s, e + l + s,
            (e + l + s) / n, e / n, l / n, s / n));
        Files.deleteIfExists(file);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
    return out.toString();
  }
}
