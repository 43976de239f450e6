package org.reportlens.model;

import java.util.List;

/** What the document says about itself; any field may be null (editors: empty) when it does not say. */
public record ReportMeta(String title, String series, String publisher, Integer year, List<String> editors) {
  public ReportMeta {
    editors = editors == null ? List.of() : List.copyOf(editors);
  }
}
