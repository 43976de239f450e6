package org.reportlens.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reports of an output folder as JSON trees, sorted by report id: those {@code manifest.json}
 * lists as ok or unchanged, or, without a manifest, every {@code *.json} file at the top of the folder
 * that has a {@code report.id}. Essay text is kept (keyphrases are counted in it).
 */
public final class ReportSet {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportSet() {}

  /** @throws IOException when the folder has no reports or a listed report is unreadable (naming the file) */
  public static List<JsonNode> load(Path outDir) throws IOException {
    if (!Files.isDirectory(outDir)) throw new IOException(outDir + ": no such folder");
    List<Path> files = new ArrayList<>();
    Path manifest = outDir.resolve("manifest.json");
    if (Files.isRegularFile(manifest)) {
      for (JsonNode e : JSON.readTree(manifest.toFile()).path("entries")) {
        String status = e.path("status").asText();
        if ((status.equals("ok") || status.equals("unchanged")) && e.hasNonNull("json")) files.add(outDir.resolve(e.path("json").asText()));
      }
    } else {
      try (Stream<Path> s = Files.list(outDir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    List<JsonNode> out = new ArrayList<>();
    for (Path p : files) {
      JsonNode r;
      try {
        r = JSON.readTree(p.toFile());
      } catch (IOException e) {
        throw new IOException(p + ": unreadable report JSON: " + e.getMessage(), e);
      }
      if (r != null && !r.path("report").path("id").asText("").isEmpty()) out.add(r);
    }
    if (out.isEmpty()) throw new IOException(outDir + ": no report JSON files (run analyze first)");
    out.sort(Comparator.comparing(r -> r.path("report").path("id").asText()));
    return out;
  }
}
