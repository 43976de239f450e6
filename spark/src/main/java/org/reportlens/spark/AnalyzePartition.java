package org.reportlens.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.reportlens.Pipeline;
import org.reportlens.batch.ManifestEntry;
import org.reportlens.batch.Status;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.FailureReason;
import org.reportlens.model.ReportResult;
import org.reportlens.model.SourceInfo;
import org.reportlens.write.JsonReportWriter;
import org.reportlens.write.ReportRows;

/**
 * The executor's side of the job, for one partition of the reports the driver planned to analyse:
 * each file is read as bytes from its file system and goes through this JVM's
 * {@link ExecutorPipeline}, its JSON and its partition of each table are written to the output
 * folder, and its manifest row comes back. Bytes reach the pipeline as a local temp copy with the file's own name (the
 * extractor reads files and uses the name as a format hint); the result then names the real path.
 * A bad report, a timeout or an internal error gives a failed manifest row with its reason, as in
 * the batch; nothing thrown here fails the task except a failure to write the output.
 */
final class AnalyzePartition implements FlatMapFunction<Iterator<AnalyzePartition.Planned>, ReportOutcome> {
  /** A report to analyse: its Hadoop path (as binaryFiles lists it), id, and the sha256 and size the driver saw. */
  record Planned(String path, String id, String sha256, long size) implements java.io.Serializable {}

  private final ModelFiles models;
  private final JobOptions options;
  private final String fingerprint;
  private final OutputStore store;

  AnalyzePartition(ModelFiles models, JobOptions options, String fingerprint, OutputStore store) {
    this.models = models;
    this.options = options;
    this.fingerprint = fingerprint;
    this.store = store;
  }

  @Override
  public Iterator<ReportOutcome> call(Iterator<Planned> reports) throws Exception {
    List<ReportOutcome> out = new ArrayList<>();
    while (reports.hasNext()) {
      Pipeline pipeline = ExecutorPipeline.get(models, options.nlp());
      pipeline.prepare(); // the first report of the JVM: CoreNLP loads while it is read and extracted
      out.add(analyse(pipeline, reports.next()));
    }
    return out.iterator();
  }

  private ReportOutcome analyse(Pipeline pipeline, Planned p) throws IOException {
    String hadoopPath = p.path();
    String source = SourcePaths.display(hadoopPath);
    byte[] bytes;
    try {
      bytes = store.read(hadoopPath);
    } catch (IOException | RuntimeException e) {
      return failed(source, p.id(), p.sha256(), FailureReason.UNREADABLE, "cannot read: " + e.getMessage(), null);
    }
    String sha = sha256(bytes); // the file may have changed since the driver hashed it: name what was analysed
    Path dir = Files.createTempDirectory("reportlens-input-");
    Path copy = dir.resolve(SourcePaths.fileName(hadoopPath));
    long t0 = System.nanoTime();
    Pipeline.Outcome o;
    try {
      Files.write(copy, bytes);
      Future<Pipeline.Outcome> run = ExecutorPipeline.POOL.submit(() -> pipeline.process(copy, p.id(), sha));
      try {
        o = run.get(options.timeoutSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        run.cancel(true);
        return failed(source, p.id(), sha, FailureReason.TIMEOUT, "no result after " + options.timeoutSeconds()
            + " s (--timeout); its thread was abandoned", (System.nanoTime() - t0) / 1_000_000);
      } catch (ExecutionException e) {
        return failed(source, p.id(), sha, FailureReason.INTERNAL, "internal error: " + e.getCause(), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    } finally {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(dir);
    }
    if (!o.ok()) return failed(source, p.id(), sha, o.failure().reason(), o.failure().getMessage(), o.elapsedMs());
    ReportResult r = named(o.result(), source);
    byte[] json;
    try {
      json = new JsonReportWriter().toBytes(r);
    } catch (IOException | IllegalArgumentException e) {
      return failed(source, p.id(), sha, FailureReason.INTERNAL, "internal error: " + e, o.elapsedMs());
    }
    store.writeJson(p.id(), json);
    int words = 0;
    for (AnalyzedEssay e : r.essays()) words += e.essay().wordCount();
    ManifestEntry entry = new ManifestEntry(source, p.id(), Status.OK, sha, null, null, null, null,
        r.source().mediaType(), r.source().pages(), words, r.essays().size(), o.elapsedMs(), OutputStore.jsonName(p.id()),
        fingerprint);
    // The table rows come from the JSON bytes, as the batch builds its CSV from the JSON files.
    JsonNode tree = ReportRows.parse(json);
    for (ReportRows.Rows t : ReportRows.perReport(tree)) {
      List<List<String>> rows = new ArrayList<>(t.rows().size());
      for (List<String> cells : t.rows()) rows.add(cells.subList(1, cells.size())); // report_id: the partition's
      store.writePartition(t.table(), p.id(), t.columns().subList(1, t.columns().size()), rows);
    }
    byte[] slim = ReportRows.forBatchWide(tree).toString().getBytes(StandardCharsets.UTF_8);
    return new ReportOutcome(p.id(), ManifestRows.toRow(entry), slim);
  }

  /** The result as if the pipeline had read the file where it lives, not the temp copy. */
  static ReportResult named(ReportResult r, String source) {
    SourceInfo s = r.source();
    return new ReportResult(r.id(), new SourceInfo(source, s.sha256(), s.mediaType(), s.pages()), r.meta(), r.language(),
        r.essays(), r.run());
  }

  private static ReportOutcome failed(String source, String id, String sha, FailureReason reason, String message,
                                      Long elapsedMs) {
    ManifestEntry e = new ManifestEntry(source, id, Status.FAILED, sha, null, null, reason,
        String.valueOf(message).replaceAll("\\s+", " ").trim(), null, null, null, null, elapsedMs, null, null);
    return new ReportOutcome(id, ManifestRows.toRow(e), null);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
