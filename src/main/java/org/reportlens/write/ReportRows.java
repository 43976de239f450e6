package org.reportlens.write;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch tables' rows, for writers other than {@link TableWriter} (the Spark job writes them as
 * Parquet): the same columns and cells as the CSV files, built by the same code ({@link ReportTables}).
 *
 * <p>Tables whose first column is {@code report_id} hold rows of one report each and can be built
 * report by report ({@link #perReport}); the others (the actor matrix, one column per essay of the
 * whole batch) need every report at once ({@link #batchWide}). Table names are the CSV file names
 * without {@code .csv}. Pure functions; does not read or write files. Thread-safe.
 */
public final class ReportRows {
  public static final String REPORT_ID = "report_id";

  /** One table's name (e.g. {@code essays}), header and rows of cells ("" for none). */
  public record Rows(String table, List<String> columns, List<List<String>> rows) {
    public Rows {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }

    /** Whether each row belongs to one report (first column {@value #REPORT_ID}). */
    public boolean perReport() {
      return !columns.isEmpty() && columns.get(0).equals(REPORT_ID);
    }
  }

  private ReportRows() {}

  /** Every table with its columns and no rows: the schema. */
  public static List<Rows> schema() {
    return convert(ReportTables.build(List.of()));
  }

  /** The rows of one report in every per-report table (a table it has nothing for comes with no rows). */
  public static List<Rows> perReport(JsonNode report) {
    return convert(ReportTables.build(List.of(report))).stream().filter(Rows::perReport).toList();
  }

  /** The tables that need the whole batch at once, reports sorted by id as {@link TableWriter} does. */
  public static List<Rows> batchWide(List<JsonNode> reports) {
    List<JsonNode> sorted = new ArrayList<>(reports);
    sorted.sort(java.util.Comparator.comparing(r -> r.path("report").path("id").asText()));
    return convert(ReportTables.build(sorted)).stream().filter(r -> !r.perReport()).toList();
  }

  /**
   * A small copy of a report holding only what {@link #batchWide} reads (ids, word counts, actors),
   * for gathering every report of a large batch in one place: batchWide over the copies gives the
   * same tables as over the full reports.
   */
  public static JsonNode forBatchWide(JsonNode report) {
    return ActorMatrices.slim(report);
  }

  /** A report JSON (as {@link JsonReportWriter#toBytes} makes it) read back as the tables read it. */
  public static JsonNode parse(byte[] json) throws IOException {
    JsonNode root;
    try {
      root = JsonFormat.MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IOException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) throw new IOException("not a JSON object");
    return root;
  }

  private static List<Rows> convert(List<Table> tables) {
    return tables.stream()
        .map(t -> new Rows(t.fileName().replaceFirst("\\.csv$", ""), t.columns(), t.rows()))
        .toList();
  }
}
