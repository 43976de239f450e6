package org.reportlens.model;

import java.util.List;

/**
 * What the document says about itself; any field may be null (lists: empty) when it does not say.
 *
 * @param identifier   the document's own number as printed: UN symbol, report number, volume and issue, DOI, ISBN
 * @param date         the printed date, ISO 8601 ("2025-05-28", "2025-05" or "2025")
 * @param documentType edited-volume, report, book, paper, speech, collection
 * @param authors      who issues the whole document when it is not an essay's byline
 */
public record ReportMeta(String title, String series, String publisher, Integer year, List<String> editors,
                         String identifier, String date, String documentType, List<String> authors,
                         Matter frontMatter, Matter backMatter) {
  public ReportMeta {
    editors = editors == null ? List.of() : List.copyOf(editors);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** Schema 1.0 fields only. */
  public ReportMeta(String title, String series, String publisher, Integer year, List<String> editors) {
    this(title, series, publisher, year, editors, null, null, null, List.of(), null, null);
  }
}
