package org.reportlens.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which group each report belongs to: by a field of the report's metadata ({@code report},
 * {@code publisher}, {@code year}, {@code documentType}) or by a researcher's CSV file. The CSV has a
 * header row; the report id is in the column {@code report_id} (else the first), the group in the
 * column named by {@code column} (else the second). A report without a value is in no group and
 * left out of the comparison (listed in {@link #ungrouped()}). Immutable once built.
 */
public final class Grouping {
  private final String name;
  private final Map<String, String> groupOf;
  private final List<String> ungrouped;

  private Grouping(String name, Map<String, String> groupOf, List<String> ungrouped) {
    this.name = name;
    this.groupOf = groupOf;
    this.ungrouped = ungrouped;
  }

  public String name() { return name; }

  public String groupOf(String reportId) { return groupOf.get(reportId); }

  public List<String> ungrouped() { return ungrouped; }

  /** Groups by a metadata field of the reports; {@code field} is report, publisher, year or documentType. */
  public static Grouping byField(String field, List<JsonNode> reports) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> none = new ArrayList<>();
    for (JsonNode r : reports) {
      JsonNode m = r.path("report");
      String id = m.path("id").asText();
      String value = switch (field) {
        case "report" -> id;
        case "publisher", "year", "documentType" -> m.path(field).asText("").strip();
        default -> throw new IllegalArgumentException("--by " + field + ": expected report, publisher, year, documentType or a CSV file");
      };
      if (value.isEmpty()) none.add(id);
      else out.put(id, value);
    }
    return new Grouping(field, out, none);
  }

  /** Groups by a CSV file mapping report ids to groups; reports it does not name are ungrouped. */
  public static Grouping fromCsv(Path file, String column, List<JsonNode> reports) throws IOException {
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = csv.readerForListOf(String.class).readValues(Files.newBufferedReader(file))) {
      while (it.hasNext()) rows.add(it.next());
    } catch (RuntimeException e) {
      throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
    }
    if (rows.isEmpty()) throw new IOException(file + ": empty CSV file (expected a header row: report_id,group)");
    List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int idCol = header.indexOf("report_id") >= 0 ? header.indexOf("report_id") : 0;
    int groupCol;
    if (column != null) {
      groupCol = header.indexOf(column.strip().toLowerCase(Locale.ROOT));
      if (groupCol < 0) throw new IOException(file + ": no column " + column + " (columns: " + rows.get(0) + ")");
    } else {
      groupCol = idCol == 0 ? 1 : 0;
      if (header.size() < 2) throw new IOException(file + ": expected two columns, report_id and a group");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(idCol, groupCol)) continue;
      String g = row.get(groupCol).strip();
      if (!g.isEmpty()) map.put(row.get(idCol).strip(), g);
    }
    Map<String, String> out = new LinkedHashMap<>();
    List<String> none = new ArrayList<>();
    for (JsonNode r : reports) {
      String id = r.path("report").path("id").asText();
      String g = map.get(id);
      if (g == null) none.add(id);
      else out.put(id, g);
    }
    String name = file.getFileName().toString().replaceAll("\\.csv$", "")
        + (column != null ? "-" + column : header.size() > groupCol ? "-" + header.get(groupCol) : "");
    return new Grouping(name, out, none);
  }
}
