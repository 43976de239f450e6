package org.reportlens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.Pipeline;

/**
 * Guards the structure layer against regressions on reports it was not fitted to: the PDFs of
 * {@code ../shared/corpus/dev} (other publishers and kinds: edited volumes, collections, court
 * opinions, institutional reports, scans) are segmented with the NLP off and scored, pooled, with
 * {@code score_batch.py}. Only the figures that do not need the NLP are asserted; thresholds sit a
 * little under what the tool reaches, so a drop fails the build. Fails (never skips) when the
 * corpus, python3 or the scorer is missing.
 */
class DevCorpusAccuracyTest {
  private static final Path DEV = SampleReportEndToEndTest.SHARED.resolve("corpus/dev");

  // Reached on the dev corpus when this test was last tuned, less a margin (see notes/structure.md).
  // Reached with --no-nlp on 3 Dec 2026 (branch structure after main af3bf49): essays 0.96 (92/96),
  // authors 0.97 (72/74), coverage 1.00 (156/156), meta 0.85 (35/41), leaks with --whole 0 (the
  // issue's bar: any header or footer string in a unit's text fails).
  private static final double ESSAYS = 0.94;
  private static final double AUTHORS = 0.95;
  private static final double COVERAGE = 0.99;
  private static final double META = 0.82;
  private static final int LEAKS_WHOLE = 0;

  @TempDir
  static Path out;

  @Test
  void theDevCorpusKeepsItsStructureFigures() throws Exception {
    assertTrue(Files.isDirectory(DEV), DEV + " is not beside the checkout: the accuracy test cannot run");
    assertTrue(Files.isRegularFile(SampleReportEndToEndTest.BATCH_SCORER), "the scorer " + SampleReportEndToEndTest.BATCH_SCORER + " is missing");
    List<Path> pdfs = SampleReportEndToEndTest.files(DEV, ".pdf");
    assertTrue(pdfs.size() >= 12, "expected the 12 dev PDFs, found " + pdfs.size());
    Pipeline pipeline = new Pipeline(null);
    List<String> failed = new ArrayList<>();
    for (Path pdf : pdfs) SampleReportEndToEndTest.keep(pipeline.process(pdf, Pipeline.reportId(pdf)), out, failed);
    assertEquals(List.of(), failed, "dev reports failed");

    Map<String, Double> pooled = SampleReportEndToEndTest.scoreBatch(out, DEV);
    assertEquals(0.0, pooled.get("missing"), "every expectation has its report: " + pooled);
    assertTrue(pooled.get("essays") >= ESSAYS, "essays " + pooled);
    assertTrue(pooled.get("authors") >= AUTHORS, "authors " + pooled);
    assertTrue(pooled.get("coverage") >= COVERAGE, "coverage " + pooled);
    assertTrue(pooled.get("meta") >= META, "meta " + pooled);

    Map<String, Double> whole = SampleReportEndToEndTest.scoreBatch(out, DEV, "--whole");
    assertTrue(whole.get("leaks") <= LEAKS_WHOLE, "header/footer strings left in the text " + whole);
  }
}
