package org.reportlens.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The format shared by the editable files under {@code models/}: UTF-8, '#' comment lines and blank
 * lines skipped, one header line, then tab-separated rows; within a column '|' separates values.
 * Errors name the file and line, since researchers edit these files by hand.
 */
final class ModelTsv {
  /** One data row: its 1-based line number in the file and its columns (untrimmed). */
  record Row(int line, String[] columns) {
    /** Column i trimmed, or "" when the row is shorter. */
    String text(int i) {
      return i < columns.length ? columns[i].strip() : "";
    }

    /** Column i split on '|', values trimmed, empty values dropped. */
    List<String> values(int i) {
      String c = text(i);
      if (c.isEmpty()) return List.of();
      return Arrays.stream(c.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
  }

  private ModelTsv() {}

  static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + file, e);
    }
  }

  /**
   * The data rows of {@code lines}.
   *
   * @throws IllegalArgumentException "source:line: expected ..." for a row with fewer than
   *     {@code minColumns} columns
   */
  static List<Row> rows(List<String> lines, String source, int minColumns, String expected) {
    List<Row> out = new ArrayList<>();
    boolean header = true;
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) {
        header = false;
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < minColumns) throw new IllegalArgumentException(source + ":" + n + ": expected " + expected);
      out.add(new Row(n, c));
    }
    return out;
  }
}
