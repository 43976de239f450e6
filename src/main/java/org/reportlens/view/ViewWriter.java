package org.reportlens.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.write.AtomicFiles;
import org.reportlens.write.JsonReportReader;

/**
 * Writes {@code <outDir>/index.html} ({@link HtmlView}) from the batch's report JSON files, sorted by
 * report id, replacing it atomically; like the tables, it is always rebuilt from the JSON files.
 */
public final class ViewWriter {
  public static final String FILE = "index.html";

  private ViewWriter() {}

  public static Path write(List<Path> reportJsons, Path outDir) throws IOException {
    List<JsonNode> reports = new ArrayList<>();
    for (Path p : reportJsons) {
      JsonNode r = JsonReportReader.read(p);
      for (JsonNode e : r.path("essays")) {
        if (e instanceof ObjectNode o) o.remove(List.of("text", "footnotes", "summary", "biography")); // not shown: keep memory small
      }
      reports.add(r);
    }
    reports.sort(Comparator.comparing(r -> r.path("report").path("id").asText()));
    return write(reports, outDir, "reportlens: " + outDir.toAbsolutePath().normalize().getFileName());
  }

  public static Path write(List<JsonNode> reports, Path outDir, String title) throws IOException {
    byte[] html = HtmlView.render(reports, title).getBytes(StandardCharsets.UTF_8);
    Path target = outDir.resolve(FILE);
    AtomicFiles.write(target, out -> out.write(html));
    return target;
  }
}
