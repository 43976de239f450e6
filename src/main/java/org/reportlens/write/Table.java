package org.reportlens.write;

import java.util.List;

/** One CSV table in memory: file name, header, rows of cells ("" for none); each row as wide as the header. */
public record Table(String fileName, List<String> columns, List<List<String>> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (List<String> row : rows) {
      if (row.size() != columns.size()) throw new IllegalArgumentException(fileName + ": row " + row + " vs " + columns);
    }
  }
}
