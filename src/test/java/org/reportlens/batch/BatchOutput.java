package org.reportlens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reportlens.cli.Main;
import picocli.CommandLine;

/** Helpers for batch tests: run the CLI with captured stderr, read the manifest, check no file is partial. */
final class BatchOutput {
  static final ObjectMapper JSON = JsonMapper.builder().build();
  static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private BatchOutput() {}

  record Run(int exit, String err, long millis) {}

  static Run cli(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    long t0 = System.nanoTime();
    int code = cl.execute(args);
    return new Run(code, err.toString(), (System.nanoTime() - t0) / 1_000_000);
  }

  /** Manifest entries by file name. */
  static Map<String, JsonNode> entries(Path out) throws IOException {
    JsonNode m = JSON.readTree(out.resolve(Manifest.FILE_NAME).toFile());
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    for (JsonNode e : m.path("entries")) byName.put(Path.of(e.path("path").asText()).getFileName().toString(), e);
    return byName;
  }

  static String status(Map<String, JsonNode> entries, String name) {
    JsonNode e = entries.get(name);
    return e == null ? "(not listed)" : e.path("status").asText();
  }

  /** Every JSON and CSV under {@code out} parses, and no temp file is left. */
  static void assertNoPartialFiles(Path out) throws IOException {
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        assertTrue(!name.endsWith(".tmp"), "temp file left: " + p);
        if (name.endsWith(".json")) JSON.readTree(p.toFile());
        if (name.endsWith(".csv")) {
          try (var rows = CSV.readerFor(List.class).readValues(p.toFile())) {
            List<Object> all2 = new ArrayList<>();
            rows.forEachRemaining(all2::add);
            assertTrue(!all2.isEmpty(), "no header: " + p);
          }
        }
      }
    }
  }

  /** report_id column of a table. */
  static List<String> reportIds(Path csv) throws IOException {
    List<String> ids = new ArrayList<>();
    try (var rows = CSV.readerFor(List.class).<List<String>>readValues(csv.toFile())) {
      rows.next();
      rows.forEachRemaining(r -> ids.add(r.get(0)));
    }
    return ids;
  }

  static void assertSameBytes(Path a, Path b) throws IOException {
    assertEquals(Files.readString(a), Files.readString(b), a + " vs " + b);
  }
}
