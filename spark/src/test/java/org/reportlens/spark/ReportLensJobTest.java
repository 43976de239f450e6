package org.reportlens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.Pipeline;
import org.reportlens.batch.BatchOptions;
import org.reportlens.batch.BatchRunner;
import org.reportlens.batch.Manifest;
import org.reportlens.batch.ManifestEntry;
import org.reportlens.batch.Progress;
import org.reportlens.write.ReportRows;

/**
 * The Spark job in local[2] against the batch on the same folder: the sample PDF, three State of the
 * Union speeches, a copy of one of them (a duplicate), a broken PDF (a failed row), a README and an
 * index of the folder (skipped as not reports) and a hidden file (passed over). Checks the
 * JSON files are the batch's byte for byte (but for run.startedAt and run.elapsedMs, which differ on
 * every run), each Parquet table holds the rows of its CSV, the manifest table agrees with
 * manifest.json, CoreNLP was loaded once in this JVM, and a second run analyses nothing.
 *
 * <p>The batch runs with {@link BatchRunner}, as {@code analyze} does, on the same pipeline object
 * the executor built ({@link ExecutorPipeline}), so the test JVM loads CoreNLP once. Needs
 * {@code ../shared/corpus} beside the checkout (tests run from the repository root) or {@code -Dreportlens.shared}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportLensJobTest {
  /** {@code ../shared/corpus}, or under {@code -Dreportlens.shared=DIR} (a worktree elsewhere). */
  private static final Path CORPUS = Path.of(System.getProperty("reportlens.shared", "../shared")).resolve("corpus");
  private static final List<String> SPEECHES = List.of("001_1790_George_Washington.txt",
      "012_1800_John_Adams.txt", "169_1956_Dwight_D_Eisenhower.txt");

  @TempDir
  static Path tmp;
  static Path input;
  static Path batchOut;
  static Path sparkOut;
  static SparkSession spark;
  static ReportLensJob.Summary first;

  @BeforeAll
  static void runBoth() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not beside the checkout");
    input = Files.createDirectories(tmp.resolve("in"));
    Files.copy(CORPUS.resolve("gmf-2017-southern-challenges.pdf"), input.resolve("gmf-2017-southern-challenges.pdf"));
    for (String s : SPEECHES) Files.copy(CORPUS.resolve("sotu").resolve(s), input.resolve(s));
    Files.copy(CORPUS.resolve("sotu").resolve(SPEECHES.get(0)), input.resolve("washington-copy.txt"));
    Files.writeString(input.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage");
    Files.writeString(input.resolve("README.md"), "# not an input\n"); // skipped, as FolderRules says
    Files.writeString(input.resolve("reading-list.txt"), "broken.pdf: a broken file\n012_1800_John_Adams.txt\n"); // an index: skipped
    Files.writeString(input.resolve(".hidden.txt"), "passed over\n");
    batchOut = tmp.resolve("batch");
    sparkOut = tmp.resolve("spark");

    spark = SparkSession.builder().master("local[2]").appName("reportlens-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    first = ReportLensJob.run(spark, JobOptions.parse(input.toAbsolutePath().toString(), sparkOut.toString()));

    ModelFiles models = ModelFiles.read("models", new Configuration());
    Pipeline pipeline = ExecutorPipeline.get(models, true);
    new BatchRunner(pipeline, new BatchOptions(batchOut, 2, BatchOptions.DEFAULT_TIMEOUT_SECONDS, false),
        Progress.forStderr(new PrintWriter(Writer.nullWriter()), false)).run(List.of(input.toAbsolutePath()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void theJsonIsTheBatchsByteForByteButForTheRunClock() throws IOException {
    List<Path> batch;
    try (Stream<Path> s = Files.list(batchOut)) {
      batch = s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals(Manifest.FILE_NAME)).sorted().toList();
    }
    List<Path> ours;
    try (Stream<Path> s = Files.list(sparkOut.resolve(OutputStore.JSON_DIR))) {
      ours = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(4, batch.size(), "the sample and three speeches; no JSON for the duplicate and the broken file");
    assertEquals(batch.stream().map(Path::getFileName).toList(), ours.stream().map(Path::getFileName).toList());
    for (int i = 0; i < batch.size(); i++) {
      String expected = maskClock(Files.readString(batch.get(i)));
      assertTrue(expected.contains("\"path\": \"" + input.toAbsolutePath()), "the batch names the file as given");
      assertEquals(expected, maskClock(Files.readString(ours.get(i))), ours.get(i).getFileName().toString());
    }
  }

  /** run.startedAt and run.elapsedMs are the only fields that differ from run to run. */
  static String maskClock(String json) {
    return json.replaceAll("\"startedAt\": \"[^\"]*\"", "\"startedAt\": \"*\"").replaceAll("\"elapsedMs\": \\d+", "\"elapsedMs\": 0");
  }

  @Test
  void coreNlpWasLoadedOnceForBothTasksAndTheBatch() {
    assertEquals(1, ExecutorPipeline.annotatorBuilds());
  }

  @Test
  void everyParquetTableHoldsTheRowsOfItsCsv() throws IOException {
    for (ReportRows.Rows t : ReportRows.schema()) {
      List<List<String>> csv = readCsv(batchOut.resolve("tables").resolve(t.table() + ".csv"));
      List<String> header = csv.get(0);
      List<List<String>> expected = csv.subList(1, csv.size());
      if (t.perReport()) assertEquals(t.columns(), header, t.table());
      Column[] cols = header.stream().map(c -> new Column(c)).toArray(Column[]::new);
      List<List<String>> actual = new ArrayList<>();
      for (Row r : spark.read().option("basePath", sparkOut.resolve("tables").resolve(t.table()).toString())
          .parquet(sparkOut.resolve("tables").resolve(t.table()).toString()).select(cols).collectAsList()) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) cells.add(r.isNullAt(i) ? null : r.get(i).toString());
        actual.add(cells);
      }
      assertTrue(expected.size() > 0 || t.table().equals("relations"), t.table() + " has rows");
      if (t.perReport()) { // Parquet keeps no order across partitions: compare as sorted lists
        assertEquals(sorted(expected), sorted(actual), t.table());
      } else {
        assertEquals(expected, actual, t.table());
      }
    }
  }

  @Test
  void theManifestTableAgreesWithManifestJson() throws IOException {
    Map<String, ManifestEntry> batch = new TreeMap<>(); // by path: skipped files all have the id ""
    for (ManifestEntry e : Manifest.read(batchOut.resolve(Manifest.FILE_NAME)).entries()) batch.put(e.path(), e);
    Map<String, ManifestEntry> ours = new TreeMap<>();
    for (Row r : spark.read().parquet(sparkOut.resolve(OutputStore.MANIFEST_DIR).toString()).collectAsList()) {
      ManifestEntry e = ManifestRows.fromRow(r);
      ours.put(e.path(), e);
    }
    assertEquals(batch.keySet(), ours.keySet());
    for (String path : batch.keySet()) {
      ManifestEntry b = batch.get(path), s = ours.get(path);
      assertEquals(List.of(b.id(), b.status(), String.valueOf(b.sha256()), String.valueOf(b.reason()), String.valueOf(b.message()),
              String.valueOf(b.duplicateOfId()), String.valueOf(b.words()), String.valueOf(b.essays()), String.valueOf(b.fingerprint())),
          List.of(s.id(), s.status(), String.valueOf(s.sha256()), String.valueOf(s.reason()), String.valueOf(s.message()),
              String.valueOf(s.duplicateOfId()), String.valueOf(s.words()), String.valueOf(s.essays()), String.valueOf(s.fingerprint())), path);
    }
    assertEquals(List.of(6, 4, 1, 1, 2), List.of(first.total(), first.ok(), first.duplicate(), first.failed(), first.skipped()));
  }

  @Test
  @Order(Integer.MAX_VALUE) // changes the manifest: last
  void aSecondRunAnalysesNothingAndKeepsTheTables() throws IOException {
    long quotes = spark.read().parquet(sparkOut.resolve("tables/quotes").toString()).count();
    ReportLensJob.Summary again = ReportLensJob.run(spark, JobOptions.parse(input.toAbsolutePath().toString(), sparkOut.toString()));
    assertEquals(List.of(0, 4, 1, 1), List.of(again.analysed() - 1, again.unchanged(), again.duplicate(), again.failed()),
        "only the failed file is tried again");
    assertEquals(quotes, spark.read().parquet(sparkOut.resolve("tables/quotes").toString()).count());
    assertEquals(1, ExecutorPipeline.annotatorBuilds());
  }

  private static List<List<String>> readCsv(Path file) throws IOException {
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = csv.readerFor(List.class).readValues(Files.readString(file, StandardCharsets.UTF_8))) {
      while (it.hasNext()) rows.add(it.next());
    }
    return rows;
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    return rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList())
        .sorted(Comparator.comparing(r -> String.join("\u0000", r))).collect(Collectors.toList());
  }
}
