package org.reportlens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.batch.BatchOutput.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.cli.ExitCodes;

/**
 * A batch of good reports and one file of every hostile kind, through the CLI without CoreNLP: every
 * good file is analysed, every bad one is listed with its reason, nothing partial is left, and a rerun
 * skips what is unchanged.
 */
class HostileInputsTest {
  @TempDir Path dir;

  @Test
  void hostileInputsFailOneByOneWithAReasonAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path sub = Files.createDirectories(in.resolve("sub folder"));
    Path good = BatchFixtures.report(1, 2).write(in.resolve("good-one.pdf"));
    BatchFixtures.report(2, 2).write(sub.resolve("Rapport annuel é ü 中文 2019.pdf"));
    BatchFixtures.copy(good, in.resolve("same bytes, other name.pdf"));
    BatchFixtures.textBrief(in.resolve("brief-really-text.pdf"));
    BatchFixtures.report(3, 1).write(in.resolve("encrypted.pdf"), "pw");
    BatchFixtures.truncated(BatchFixtures.report(4, 3).write(dir.resolve("whole.pdf")), in.resolve("truncated.pdf"));
    Files.write(in.resolve("empty.pdf"), new byte[0]);
    BatchFixtures.imageOnlyPdf(in.resolve("scanned.pdf"));
    BatchFixtures.randomBytes(in.resolve("random.pdf"), 50_000, 42);
    BatchFixtures.zipBombDocx(in.resolve("bomb.docx"), 300);
    BatchFixtures.xmlWithExternalEntity(in.resolve("entities.xml"));
    BatchFixtures.htmlWithExternalEntity(in.resolve("entities.html"));
    BatchFixtures.french(in.resolve("rapport-fr.txt"));
    BatchFixtures.report(5, 200).write(in.resolve("long-400-pages.pdf"));
    Files.writeString(in.resolve("README.md"), "# not a report\n");
    Files.writeString(in.resolve(".hidden.txt"), "not a report either\n");
    Path out = dir.resolve("out");

    BatchOutput.Run first = BatchOutput.cli("analyze", "--no-nlp", "--threads", "2", "-o", out.toString(), in.toString());
    System.out.println(first.err());
    assertEquals(ExitCodes.SOME_FAILED, first.exit(), first.err());
    Map<String, JsonNode> m = BatchOutput.entries(out);
    assertEquals(15, m.size(), m.keySet().toString());
    assertFalse(m.containsKey(".hidden.txt"), m.keySet().toString());
    assertEquals("skipped", status(m, "README.md")); // listed, with its reason, but not a report

    // Good files: analysed, whatever their name says; the copy is a duplicate of the first in path order.
    for (String ok : List.of("good-one.pdf", "Rapport annuel é ü 中文 2019.pdf", "brief-really-text.pdf", "long-400-pages.pdf")) {
      assertEquals("ok", status(m, ok), ok + ": " + m.get(ok));
    }
    assertEquals("text/plain", m.get("brief-really-text.pdf").path("mediaType").asText());
    assertEquals(400, m.get("long-400-pages.pdf").path("pages").asInt());
    assertEquals("rapport-annuel-e-u-2019", m.get("Rapport annuel é ü 中文 2019.pdf").path("id").asText());
    JsonNode dup = m.get("same bytes, other name.pdf");
    assertEquals("duplicate", dup.path("status").asText());
    assertEquals("good-one", dup.path("duplicateOfId").asText());

    // Hostile files: failed, each with its reason and a message saying what to do.
    Map<String, String> reasons = Map.of("encrypted.pdf", "ENCRYPTED", "truncated.pdf", "TRUNCATED", "empty.pdf", "NO_TEXT",
        "scanned.pdf", "NO_TEXT", "random.pdf", "UNREADABLE", "bomb.docx", "TOO_LARGE", "rapport-fr.txt", "NOT_ENGLISH");
    reasons.forEach((name, reason) -> {
      assertEquals("failed", status(m, name), name);
      assertEquals(reason, m.get(name).path("reason").asText(), name + ": " + m.get(name));
      String line = in.resolve(name) + ": " + reason.toLowerCase().replace('_', ' ') + ": ";
      assertTrue(first.err().lines().anyMatch(l -> l.startsWith(line)), "no line " + line + " in\n" + first.err());
    });
    assertTrue(m.get("scanned.pdf").path("message").asText().contains("no text layer"));
    assertTrue(m.get("bomb.docx").path("message").asText().contains("zip bomb"));
    assertTrue(m.get("random.pdf").path("message").asText().contains("not a PDF"));

    // External entities: never resolved, whatever the verdict on the file.
    String passwd = Files.readAllLines(Path.of("/etc/passwd")).get(0);
    for (String name : List.of("entities.xml", "entities.html")) assertTrue(m.containsKey(name), name);
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(p).contains(passwd), "/etc/passwd leaked into " + p);
      }
    }

    // Outputs: one JSON per ok report and nothing else; tables only from them; nothing partial.
    Set<String> okIds = new TreeSet<>();
    m.values().stream().filter(e -> e.path("status").asText().equals("ok")).forEach(e -> okIds.add(e.path("id").asText()));
    Set<String> jsons = new TreeSet<>();
    try (Stream<Path> files = Files.list(out)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals(Manifest.FILE_NAME))
          .forEach(n -> jsons.add(n.substring(0, n.length() - 5)));
    }
    assertEquals(okIds, jsons);
    assertEquals(okIds, new TreeSet<>(BatchOutput.reportIds(out.resolve("tables/essays.csv"))));
    assertFalse(BatchOutput.reportIds(out.resolve("tables/essays.csv")).contains("rapport-fr"));
    BatchOutput.assertNoPartialFiles(out);

    // Rerun: everything unchanged is skipped; the failures are tried again (and fail again).
    BatchOutput.Run second = BatchOutput.cli("analyze", "--no-nlp", "--threads", "2", "-o", out.toString(), in.toString());
    System.out.println("rerun: " + second.millis() + " ms\n" + second.err());
    assertEquals(ExitCodes.SOME_FAILED, second.exit());
    Map<String, JsonNode> again = BatchOutput.entries(out);
    for (String name : m.keySet()) {
      String before = status(m, name);
      assertEquals(before.equals("ok") ? "unchanged" : before, status(again, name), name);
    }
    BatchOutput.assertNoPartialFiles(out);
  }
}
