package org.reportlens.model;

import java.util.List;

/** How the report file was made; {@code coverage} (schema 1.1) says where every word read went, null when not measured. */
public record RunInfo(String tool, String corenlp, String annotators, String startedAt, long elapsedMs,
                      List<String> warnings, Coverage coverage) {
  public RunInfo {
    warnings = List.copyOf(warnings);
  }

  public RunInfo(String tool, String corenlp, String annotators, String startedAt, long elapsedMs, List<String> warnings) {
    this(tool, corenlp, annotators, startedAt, elapsedMs, warnings, null);
  }
}
