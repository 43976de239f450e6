package org.reportlens.model;

import java.util.List;

/** A report cut into essays, with the metadata found in its front matter. */
public record SegmentedReport(ReportMeta meta, List<Essay> essays) {
  public SegmentedReport {
    essays = List.copyOf(essays);
  }
}
