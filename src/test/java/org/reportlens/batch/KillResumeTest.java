package org.reportlens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.cli.ExitCodes;

/**
 * {@code kill -9} in the middle of a batch, for real: the CLI runs in a child JVM and is killed once the
 * manifest shows a finished report; the files it leaves are whole, and a rerun finishes the rest with
 * tables byte-identical to those of an uninterrupted run.
 */
class KillResumeTest {
  private static final int REPORTS = 8;

  @TempDir Path dir;

  @Test
  void aRerunAfterKillNineFinishesTheBatchWithTheSameTables() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < REPORTS; i++) BatchFixtures.report(10 + i, 15).write(in.resolve("report " + i + ".pdf"));
    Path killed = dir.resolve("killed");
    Path whole = dir.resolve("whole");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "org.reportlens.cli.Main",
        "analyze", "--no-nlp", "--threads", "1", "-o", killed.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    int doneWhenKilled = -1;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (child.isAlive() && System.nanoTime() < deadline) {
      int done = finished(killed);
      if (done >= 1) {
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
        child.waitFor();
        doneWhenKilled = done;
        break;
      }
      Thread.sleep(10);
    }
    String log = Files.readString(dir.resolve("child.log"));
    assertTrue(doneWhenKilled >= 1 && doneWhenKilled < REPORTS, "not killed mid-batch (done " + doneWhenKilled + "):\n" + log);
    System.out.println("killed after " + doneWhenKilled + " of " + REPORTS + " reports");
    assertWholeFiles(killed);

    BatchOutput.Run rerun = BatchOutput.cli("analyze", "--no-nlp", "--threads", "2", "-o", killed.toString(), in.toString());
    assertEquals(ExitCodes.OK, rerun.exit(), rerun.err());
    var entries = BatchOutput.entries(killed);
    long unchanged = entries.values().stream().filter(e -> e.path("status").asText().equals("unchanged")).count();
    assertTrue(unchanged >= 1, "the reports done before the kill are not redone:\n" + rerun.err());
    assertTrue(entries.values().stream().allMatch(e -> e.path("status").asText().matches("ok|unchanged")), rerun.err());

    BatchOutput.Run uninterrupted = BatchOutput.cli("analyze", "--no-nlp", "-o", whole.toString(), in.toString());
    assertEquals(ExitCodes.OK, uninterrupted.exit(), uninterrupted.err());
    List<Path> tables = new ArrayList<>();
    try (Stream<Path> s = Files.list(whole.resolve("tables"))) {
      s.sorted().forEach(tables::add);
    }
    assertEquals(14, tables.size());
    for (Path t : tables) {
      BatchOutput.assertSameBytes(t, killed.resolve("tables").resolve(t.getFileName()));
    }
    BatchOutput.assertNoPartialFiles(killed);
  }

  /** Reports the manifest lists as ok; 0 while it does not exist yet. */
  private static int finished(Path out) {
    try {
      Path m = out.resolve(Manifest.FILE_NAME);
      if (!Files.exists(m)) return 0;
      int n = 0;
      for (JsonNode e : BatchOutput.JSON.readTree(m.toFile()).path("entries")) if (e.path("status").asText().equals("ok")) n++;
      return n;
    } catch (IOException e) {
      throw new AssertionError("manifest not whole while the batch runs", e);
    }
  }

  /** After a kill: temp files may be left, but every JSON (reports, manifest) parses. */
  private static void assertWholeFiles(Path out) throws IOException {
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).toList()) {
        BatchOutput.JSON.readTree(p.toFile());
      }
    }
  }
}
