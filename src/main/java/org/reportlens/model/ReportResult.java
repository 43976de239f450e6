package org.reportlens.model;

import java.util.List;

/** The whole analysis of one report: what {@code output/<id>.json} holds. */
public record ReportResult(String id, SourceInfo source, ReportMeta meta, String language,
                           List<AnalyzedEssay> essays, RunInfo run) {
  public static final String SCHEMA_VERSION = "1.1";

  public ReportResult {
    essays = List.copyOf(essays);
  }
}
