package org.reportlens.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.reportlens.batch.FolderRules;
import org.reportlens.batch.ManifestEntry;
import org.reportlens.batch.Status;
import org.reportlens.model.FailureReason;
import org.reportlens.write.ReportRows;

/**
 * The reportlens analysis as a Spark job: {@code spark-submit --class org.reportlens.spark.ReportLensJob
 * reportlens-spark.jar INPUT OUTPUT [options]} (see {@link JobOptions}, docs/spark.md).
 *
 * <p>Two passes: the driver lists the input as the batch does ({@link InputListing}), a first pass
 * hashes every file and judges the files found in folders with the batch's FolderRules (the driver
 * then plans ids, skipped files, duplicates and unchanged reports exactly as the batch does,
 * {@link InputPlan}); then the reports to analyse,
 * one task each and largest first, run through one pipeline per executor JVM ({@link AnalyzePartition},
 * {@link ExecutorPipeline}), each writing its report's JSON as the batch writes it and the report's
 * partition (report_id=ID) of each per-report table as Parquet, so an incremental run replaces only
 * what it analyses; the driver then drops the partitions of reports gone or failed, writes the
 * batch-wide tables (the actor matrices) from a slim copy of every report's JSON, and the manifest
 * table. The tables are the core's ({@link ReportRows}): whatever tables the batch writes, this job
 * writes, with the same columns. See {@link OutputStore} for the layout.
 *
 * <p>Not done: the batch's {@code manifest.json} kept up to date during the run (the manifest table is written at the end,
 * so a killed job redoes the reports of that run; their JSON files are simply rewritten).
 */
public final class ReportLensJob {
  private ReportLensJob() {}

  /** Totals of a run, as the batch's summary line gives them. */
  public record Summary(int total, int ok, int unchanged, int duplicate, int failed, int skipped, int analysed,
                        long elapsedMs) {
    String line(String output) {
      double s = elapsedMs / 1000.0;
      String rate = analysed == 0 || s <= 0 ? "" : String.format(Locale.ROOT, " (%.2f docs/s analysed)", analysed / s);
      return String.format(Locale.ROOT, "reportlens: %d files: %d ok, %d unchanged, %d duplicate, %d failed%s in %.1f s%s; %s",
          total, ok, unchanged, duplicate, failed, skipped == 0 ? "" : " (" + skipped + " other files skipped as not reports)",
          s, rate, output);
    }
  }

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("reportlens: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("reportlens").getOrCreate();
    int code;
    try {
      Summary s = run(spark, options);
      System.err.println(s.line(options.output()));
      code = s.failed() == 0 ? 0 : 1;
    } catch (java.io.FileNotFoundException e) {
      System.err.println("reportlens: " + e.getMessage());
      code = 2;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs the job on {@code spark}; the caller owns the session. */
  public static Summary run(SparkSession spark, JobOptions o) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    OutputStore store = new OutputStore(o.output(), new HadoopConf(hadoop));
    ModelFiles models = ModelFiles.read(o.models(), hadoop);
    ExecutorPipeline.local = jsc.isLocal();
    String fingerprint = ExecutorPipeline.fingerprint(models, o.nlp());

    InputListing.Listing listing = InputListing.list(o.input(), hadoop);
    List<InputPlan.Hashed> hashed = List.of();
    if (!listing.files().isEmpty()) {
      Broadcast<HashMap<String, List<String>>> folders = jsc.broadcast(listing.folders());
      HadoopConf conf = new HadoopConf(hadoop);
      hashed = jsc.parallelize(listing.files(), Math.min(listing.files().size(), 4 * jsc.defaultParallelism()))
          .map(f -> hash(f, conf, folders.value())).collect();
    }
    Map<String, ManifestEntry> previous = o.force() ? Map.of() : previousManifest(spark, store);
    InputPlan plan = InputPlan.make(hashed, previous, store.jsonIds(), fingerprint);

    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    for (ManifestEntry e : plan.entries()) entries.put(e.id(), e);
    Map<String, byte[]> slims = new HashMap<>(); // what the batch-wide tables read, of each report analysed ok
    if (!plan.todo().isEmpty()) {
      // Local mode: CoreNLP loads while the tasks start and read their first reports, as in the batch.
      if (jsc.isLocal()) ExecutorPipeline.get(models, o.nlp()).prepare();
      // One task per report up to 64 per core, largest first, as the batch orders its queue: a long
      // report started last would keep one core busy while the others idle.
      List<AnalyzePartition.Planned> todo = new ArrayList<>(plan.todo().values());
      todo.sort(java.util.Comparator.comparingLong(AnalyzePartition.Planned::size).reversed()
          .thenComparing(AnalyzePartition.Planned::path));
      int partitions = o.partitions() > 0 ? o.partitions() : Math.min(todo.size(), 64 * jsc.defaultParallelism());
      JavaRDD<ReportOutcome> outcomes = jsc.parallelize(todo, partitions)
          .mapPartitions(new AnalyzePartition(models, o, fingerprint, store));
      for (ReportOutcome out : outcomes.collect()) {
        ManifestEntry e = ManifestRows.fromRow(out.manifest());
        entries.put(e.id(), e);
        if (out.slim() != null) slims.put(e.id(), out.slim());
      }
    }
    Set<String> analysed = new HashSet<>();
    for (AnalyzePartition.Planned p : plan.todo().values()) analysed.add(p.id());
    for (ManifestEntry e : List.copyOf(entries.values())) {
      if (e.status() == Status.PENDING) { // listed, then gone before the second pass
        entries.put(e.id(), new ManifestEntry(e.path(), e.id(), Status.FAILED, e.sha256(), null, null,
            FailureReason.UNREADABLE, "no longer there when it was to be analysed", null, null, null, null, null, null, null));
      }
    }
    Set<String> withReport = new HashSet<>();
    Set<String> jsonIds = store.jsonIds();
    for (ManifestEntry e : entries.values()) {
      if (e.status().hasReport()) withReport.add(e.id());
      else if (jsonIds.contains(e.id())) store.deleteJson(e.id()); // failed or duplicate: no JSON vouched for
    }

    deleteStalePartitions(store, withReport);
    writeBatchWideTables(jsc, store, withReport, slims);
    List<ManifestEntry> all = new ArrayList<>(entries.values());
    all.addAll(plan.skipped()); // after the inputs, as the batch lists them
    writeManifest(store, all);

    int ok = 0, unchanged = 0, duplicate = 0, failed = 0;
    for (ManifestEntry e : entries.values()) {
      switch (e.status()) {
        case OK -> ok++;
        case UNCHANGED -> unchanged++;
        case DUPLICATE -> duplicate++;
        default -> failed++;
      }
    }
    return new Summary(entries.size(), ok, unchanged, duplicate, failed, plan.skipped().size(), plan.todo().size(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * A listed file's sha256, streamed; or, for a file found in a folder, why it is not a report (the
   * batch's FolderRules, reading at most the head of a text file, with its folder's other entries).
   */
  private static InputPlan.Hashed hash(InputListing.Listed f, HadoopConf conf, Map<String, List<String>> folders) {
    Path p = new Path(f.path());
    try {
      FileSystem fs = p.getFileSystem(conf.get());
      if (f.folder() != null) {
        String name = p.getName();
        String why = FolderRules.notAReport(name, () -> fs.open(p), () -> {
          List<String> others = new ArrayList<>(folders.getOrDefault(f.folder(), List.of()));
          others.remove(name);
          return others;
        });
        if (why != null) return new InputPlan.Hashed(f.path(), null, f.size(), null, why);
      }
      try (InputStream in = fs.open(p)) {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] buf = new byte[1 << 16];
        long size = 0;
        for (int n; (n = in.read(buf)) > 0; size += n) md.update(buf, 0, n);
        return new InputPlan.Hashed(f.path(), HexFormat.of().formatHex(md.digest()), size, null, null);
      }
    } catch (IOException | RuntimeException e) {
      return new InputPlan.Hashed(f.path(), null, 0, String.valueOf(e.getMessage()), null);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, ManifestEntry> previousManifest(SparkSession spark, OutputStore store) throws IOException {
    Map<String, ManifestEntry> byId = new HashMap<>();
    if (!store.exists(store.path(OutputStore.MANIFEST_DIR, OutputStore.PART))) return byId;
    for (Row r : spark.read().schema(ManifestRows.schema()).parquet(store.path(OutputStore.MANIFEST_DIR).toString()).collectAsList()) {
      ManifestEntry e = ManifestRows.fromRow(r);
      byId.put(e.id(), e);
    }
    return byId;
  }

  /** Partitions of reports without a report any more (failed, duplicate, no longer an input); the tasks replaced the rest. */
  private static void deleteStalePartitions(OutputStore store, Set<String> withReport) throws IOException {
    for (ReportRows.Rows t : ReportRows.schema()) {
      if (!t.perReport()) continue;
      for (String id : store.partitions(t.table())) if (!withReport.contains(id)) store.deletePartition(t.table(), id);
    }
  }

  /**
   * The batch-wide tables (the actor matrices: one column per report or per essay of every report)
   * from a slim copy of every report's JSON ({@link ReportRows#forBatchWide}), built on the driver by
   * the batch's own code: their width grows with the archive, so for a large one read the actors
   * table instead (docs/spark.md). The reports analysed in this run came with their copy; only
   * unchanged ones are read from their JSON, by a Spark job.
   */
  private static void writeBatchWideTables(JavaSparkContext jsc, OutputStore store, Set<String> withReport,
                                           Map<String, byte[]> slims) throws IOException {
    List<JsonNode> reports = new ArrayList<>();
    Set<String> toRead = new HashSet<>();
    for (String id : withReport) {
      if (slims.containsKey(id)) reports.add(ReportRows.parse(slims.get(id)));
      else toRead.add(id);
    }
    if (!toRead.isEmpty()) {
      Broadcast<Set<String>> ids = jsc.broadcast(toRead);
      List<byte[]> slim = jsc.binaryFiles(store.path(OutputStore.JSON_DIR).toString())
          .filter(f -> f._1().endsWith(".json") && ids.value().contains(idOf(f._1())))
          .map(f -> slim(f._2().toArray())).collect();
      for (byte[] b : slim) reports.add(ReportRows.parse(b));
    }
    for (ReportRows.Rows t : ReportRows.batchWide(reports)) {
      store.writeWhole(OutputStore.TABLES_DIR + "/" + t.table(), t.table(), t.columns(), null, t.rows());
    }
  }

  private static String idOf(String hadoopPath) {
    String n = SourcePaths.fileName(hadoopPath);
    return n.substring(0, n.length() - ".json".length());
  }

  /** What the batch-wide tables read of a report (the core's slim copy), sent to the driver instead of the whole JSON. */
  static byte[] slim(byte[] json) throws IOException {
    return ReportRows.forBatchWide(ReportRows.parse(json)).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void writeManifest(OutputStore store, List<ManifestEntry> entries) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (ManifestEntry e : entries) {
      Row r = ManifestRows.toRow(e);
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) cells.add(r.get(i));
      rows.add(cells);
    }
    store.writeWhole(OutputStore.MANIFEST_DIR, "manifest", ManifestRows.columns(), ManifestRows.types(), rows);
  }
}
