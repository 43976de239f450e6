package org.reportlens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.batch.BatchOutput.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.Pipeline;
import org.reportlens.cli.ExitCodes;
import org.reportlens.extract.Extractor;
import org.reportlens.extract.TikaExtractor;

/** Ids, incremental runs, duplicates, timeouts and exit codes of a batch, on small text reports (no CoreNLP). */
class BatchRunnerTest {
  @TempDir Path dir;

  private static String brief(String topic) {
    return topic + " Policy in Central Asia\n\nGovernments in Central Asia have promised reforms of " + topic
        + " policy for years, and the donors that fund them expect results before the next budget round.\n\n"
        + "Ministers met in the capital to discuss " + topic + " and agreed to publish a plan by the end of the year.\n";
  }

  @Test
  void inputsWithOneNameGetDistinctIdsInPathOrder() {
    List<InputFiles.Input> ids = InputFiles.assignIds(List.of(Path.of("a/brief.pdf"), Path.of("a/brief-2.txt"),
        Path.of("b/brief.docx"), Path.of("b/brief.txt"), Path.of("c/Brief!.md")));
    assertEquals(List.of("brief", "brief-2", "brief-3", "brief-4", "brief-5"), ids.stream().map(InputFiles.Input::id).toList());
  }

  @Test
  void foldersAreReadRecursivelySkippingHiddenFilesAndReadmes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/deeper"));
    Files.writeString(in.resolve("x.txt"), "x");
    Files.writeString(in.getParent().resolve("README.md"), "x");
    Files.createDirectories(dir.resolve("in/.git"));
    Files.writeString(dir.resolve("in/.git/config"), "x");
    Files.writeString(dir.resolve("in/.DS_Store"), "x");
    Path named = Files.writeString(dir.resolve(".named-hidden.txt"), "x");
    List<InputFiles.Input> found = InputFiles.discover(List.of(dir.resolve("in"), named, in.resolve("x.txt")));
    assertEquals(List.of(named, in.resolve("x.txt")), found.stream().map(InputFiles.Input::file).toList());
    assertThrows(NoSuchFileException.class, () -> InputFiles.discover(List.of(dir.resolve("nothing"))));
  }

  @Test
  void aRerunSkipsUnchangedReportsAndRedoesChangedOnes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("energy.txt"), brief("Energy"));
    Files.writeString(in.resolve("energy.md"), brief("Energy security")); // same id as energy.txt
    Files.writeString(in.resolve("water.txt"), brief("Water"));
    Files.writeString(in.resolve("water copy.txt"), brief("Water"));
    Path out = dir.resolve("out");
    String[] args = {"analyze", "--no-nlp", "-o", out.toString(), in.toString()};

    BatchOutput.Run first = BatchOutput.cli(args);
    assertEquals(ExitCodes.OK, first.exit(), first.err());
    Map<String, JsonNode> m = BatchOutput.entries(out);
    assertEquals("energy", m.get("energy.md").path("id").asText());
    assertEquals("energy-2", m.get("energy.txt").path("id").asText());
    assertEquals("duplicate", status(m, "water.txt"));
    assertEquals("water-copy", m.get("water.txt").path("duplicateOfId").asText());
    assertTrue(Files.exists(out.resolve("energy.json")) && Files.exists(out.resolve("energy-2.json")));
    assertFalse(Files.exists(out.resolve("water.json")));

    Files.writeString(in.resolve("water copy.txt"), brief("Drinking water")); // changed: redone, no longer a duplicate
    Files.delete(out.resolve("energy.json")); // its JSON gone: redone
    BatchOutput.cli(args);
    m = BatchOutput.entries(out);
    assertEquals("ok", status(m, "energy.md"));
    assertEquals("unchanged", status(m, "energy.txt"));
    assertEquals("ok", status(m, "water copy.txt"));
    assertEquals("ok", status(m, "water.txt"));

    BatchOutput.cli(args);
    assertTrue(BatchOutput.entries(out).values().stream().allMatch(e -> e.path("status").asText().equals("unchanged")));
    BatchOutput.Run forced = BatchOutput.cli("analyze", "--no-nlp", "--force", "-o", out.toString(), in.toString());
    assertTrue(BatchOutput.entries(out).values().stream().allMatch(e -> e.path("status").asText().equals("ok")), forced.err());
    assertEquals(List.of("energy", "energy-2", "water", "water-copy"), BatchOutput.reportIds(out.resolve("tables/essays.csv")));
  }

  @Test
  void exitCodesTellUsageAndConfigurationApart() throws Exception {
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.USAGE, BatchOutput.cli("analyze", "-o", out.toString(), dir.resolve("missing").toString()).exit());
    assertEquals(ExitCodes.USAGE, BatchOutput.cli("analyze", "--threads", "0", "-o", out.toString(), dir.toString()).exit());
    assertEquals(ExitCodes.CONFIG, BatchOutput.cli("analyze", "--models", dir.resolve("no-models").toString(), "-o",
        out.toString(), dir.toString()).exit());
  }

  /** A report that outlives the timeout is recorded as TIMEOUT; its late result is thrown away and the others go on. */
  @Test
  void aReportPastTheTimeoutFailsAndItsLateResultIsDropped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String t : List.of("Energy", "Water", "Trade")) Files.writeString(in.resolve(t.toLowerCase() + ".txt"), brief(t));
    Files.writeString(in.resolve("slow.txt"), brief("Fisheries"));
    TikaExtractor tika = new TikaExtractor(false);
    Extractor stubborn = file -> {
      if (file.getFileName().toString().startsWith("slow")) {
        long end = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < end) Thread.onSpinWait(); // ignores interrupts, like a stuck parser
      }
      return tika.extract(file);
    };
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    try (Pipeline p = new Pipeline(stubborn, null)) {
      BatchRunner.Result r = new BatchRunner(p, new BatchOptions(out, 1, 1, false), Progress.forStderr(new PrintWriter(err), false))
          .run(List.of(in));
      assertEquals(1, r.failed(), err.toString());
      Map<String, JsonNode> m = BatchOutput.entries(out);
      assertEquals("TIMEOUT", m.get("slow.txt").path("reason").asText());
      assertEquals(List.of("ok", "ok", "ok"), List.of(status(m, "energy.txt"), status(m, "water.txt"), status(m, "trade.txt")));
      assertTrue(err.toString().contains(in.resolve("slow.txt") + ": timeout: no result after 1 s"), err.toString());
      Thread.sleep(3_000);
      assertFalse(Files.exists(out.resolve("slow.json")), "the abandoned thread must not write its result");
    }
  }

  @Test
  void theBenchRunsEveryThreadCountOnTheSameDocuments() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String t : List.of("Energy", "Water", "Trade", "Health")) Files.writeString(in.resolve("1-" + t.toLowerCase() + ".txt"), brief(t));
    Files.writeString(in.resolve("SOURCE.txt"), "not matched by the glob");
    try (Pipeline p = new Pipeline(null)) {
      BatchBench.Result r = BatchBench.run(p, BatchBench.firstFiles(in, "[0-9]*.txt", 0), List.of(1, 2), 2, dir.resolve("scratch"));
      System.out.print(r.format());
      assertEquals(List.of(1, 2), r.passes().stream().map(BatchBench.Pass::threads).toList());
      assertTrue(r.passes().stream().allMatch(x -> x.documents() == 4 && x.failed() == 0 && x.words() > 0), r.format());
    }
  }
}
