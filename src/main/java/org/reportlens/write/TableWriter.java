package org.reportlens.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds every batch table in {@code <outDir>/tables/} from the per-report JSON files: essays,
 * actors, actor_matrix, relations, quotes, claims, themes ({@code .csv}; columns in
 * {@link ReportTables}). Tables are never updated in place: they are always derived from the JSON
 * files, each CSV replaced atomically, so an interrupted batch cannot leave them disagreeing with
 * the reports for longer than until the next rebuild.
 *
 * <p>CSV: UTF-8 without BOM, RFC 4180 (CRLF between records; a field holding a comma, quote or
 * line break is quoted, quotes doubled; Jackson also quotes some harmless ones, e.g. with spaces),
 * header row. Reports are sorted by {@code report.id}, so the same JSON files
 * give byte-identical tables whatever order they are listed in. Two files with one report id fail
 * with {@link IllegalArgumentException}. Stateless and thread-safe, but two concurrent rebuilds of
 * one directory may interleave files from different batches.
 */
public final class TableWriter {
  public static final String TABLES_DIR = "tables";

  private static final CsvMapper CSV = new CsvMapper();

  /** Reads the given report JSON files and writes all tables; returns the CSV paths written. */
  public List<Path> write(List<Path> reportJsons, Path outDir) throws IOException {
    List<JsonNode> reports = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path p : reportJsons) {
      JsonNode r = JsonReportReader.read(p);
      String id = r.path("report").path("id").asText("");
      if (id.isEmpty()) throw new IOException(p + ": no report.id");
      Path before = seen.put(id, p);
      if (before != null) throw new IllegalArgumentException("report id " + id + " in both " + before + " and " + p);
      reports.add(dropBulk(r));
    }
    reports.sort(Comparator.comparing(r -> r.path("report").path("id").asText()));
    Path dir = outDir.resolve(TABLES_DIR);
    AtomicFiles.deleteStaleTemps(dir);
    List<Path> written = new ArrayList<>();
    for (Table t : ReportTables.build(reports)) written.add(write(t, dir));
    return written;
  }

  /** The tables never show essay text and friends; dropping them keeps a big batch's trees small. */
  private static JsonNode dropBulk(JsonNode report) {
    for (JsonNode essay : report.path("essays")) {
      if (essay instanceof ObjectNode o) o.remove(List.of("text", "summary", "footnotes", "pullQuotes", "biography"));
    }
    return report;
  }

  /** Writes one table as {@code dir/<fileName>}, atomically, in the format above; returns its path. */
  public static Path write(Table table, Path dir) throws IOException {
    CsvSchema schema = CsvSchema.builder()
        .addColumns(table.columns(), CsvSchema.ColumnType.STRING)
        .setUseHeader(true)
        .setLineSeparator("\r\n")
        .build();
    Path target = dir.resolve(table.fileName());
    AtomicFiles.write(target, out -> {
      try (SequenceWriter rows = CSV.writer(schema).writeValues(out)) {
        for (List<String> row : table.rows()) rows.write(row);
      }
    });
    return target;
  }
}
