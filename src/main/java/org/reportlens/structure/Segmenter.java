package org.reportlens.structure;

import org.reportlens.model.CleanDocument;
import org.reportlens.model.ReportException;
import org.reportlens.model.SegmentedReport;

/** Cuts a clean document into essays and reads the report's own metadata. */
public interface Segmenter {
  /**
   * @param reportId the report's id; essay ids are {@code <reportId>/<n>}
   * @throws ReportException with reason NO_ESSAYS when the document holds no body text at all
   */
  SegmentedReport segment(CleanDocument doc, String reportId) throws ReportException;
}
