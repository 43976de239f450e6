package org.reportlens.model;

import java.util.List;

/** How the report file was made. */
public record RunInfo(String tool, String corenlp, String annotators, String startedAt, long elapsedMs,
                      List<String> warnings) {
  public RunInfo {
    warnings = List.copyOf(warnings);
  }
}
