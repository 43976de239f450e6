package org.reportlens.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What a task made of one report: its manifest row and, when it was analysed, its rows of each
 * per-report table (by table name; cells in the CSV's column order, report_id first).
 */
record ReportOutcome(String id, Row manifest, Map<String, List<Row>> tables) implements Serializable {
  List<Row> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }
}
