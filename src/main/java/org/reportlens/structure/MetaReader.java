package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.ReportMeta;

/**
 * Reads what a report says about itself on its cover and imprint page: title, series (the running
 * header without its issue number, or a cover heading followed by "2017 | No.01"), publisher and
 * year (the copyright line), editors ("Edited by ..."). Fields the document does not state stay null.
 * Thread-safe.
 */
final class MetaReader {
  private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|Copyright(?:\\s+©)?)\\s*(\\d{4})\\s*,?\\s*(?:by\\s+)?(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHER_END = Pattern.compile(
      "\\s+(?:Please|All rights|This publication|Printed|ISBN|Cover|The views|[A-Z]\\s\\d)|[.;]\\s|\\s{2,}|\\s+\\d");
  private static final Pattern EDITED = Pattern.compile("^(?:edited by|editors?:|eds?\\.:?)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISSUE = Pattern.compile("\\s*[|•·,–-]?\\s*(?:\\d{4}\\s*[|•·/,–-]?\\s*)?(?:No\\.?|Number|Issue|Vol\\.?)\\s*\\d+.*$|\\s+\\d{4}$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISSUE_LINE = Pattern.compile("(?i)^\\d{4}\\s*[|•·/,–-]?\\s*(?:no\\.?|number|issue|vol\\.?)\\s*\\d+$");
  private static final int COVER_BLOCKS = 30;

  private final Casing casing;

  MetaReader(Casing casing) {
    this.casing = casing;
  }

  ReportMeta read(CleanDocument doc, List<String> texts) {
    List<Block> blocks = doc.blocks();
    int limit = Math.min(blocks.size(), COVER_BLOCKS);
    String series = null;
    for (String r : doc.running()) {
      String s = ISSUE.matcher(r).replaceFirst("").strip();
      if (!s.equals(r.strip()) && s.length() > 3) {
        series = s;
        break;
      }
    }
    List<String> headings = new ArrayList<>();
    String issue = null;
    // Without pages, a title is printed above the first paragraph or address ("To the Board:"): a heading
    // further down is a section's.
    boolean unpaged = blocks.stream().allMatch(b -> b.page() <= 0);
    for (int i = 0; i < limit; i++) {
      if (blocks.get(i).kind() != BlockKind.HEADING) {
        if (unpaged && (TocSegmenter.isProse(texts.get(i)) || texts.get(i).strip().endsWith(":"))) break;
        continue;
      }
      String t = TocSegmenter.clean(texts.get(i));
      if (series == null && i + 1 < blocks.size() && ISSUE_LINE.matcher(texts.get(i + 1).strip()).matches()
          && headings.isEmpty()) {
        series = casing.title(t);
        issue = texts.get(i + 1).strip().replaceAll("\\s*[|•·/,–-]\\s*", " ").replaceAll("\\s+", " ");
        continue;
      }
      headings.add(t);
    }
    for (int i = 0; i < limit && issue == null; i++) {
      if (ISSUE_LINE.matcher(texts.get(i).strip()).matches()) {
        issue = texts.get(i).strip().replaceAll("\\s*[|•·/,–-]\\s*", " ").replaceAll("\\s+", " ");
      }
    }
    String title = null;
    for (String h : headings) {
      if (series != null && h.equalsIgnoreCase(series)) continue;
      if (h.matches("(?i)^(about\\b.*|(table of )?contents|introduction|foreword|preface)$")) continue;
      if (!StructureReader.acceptable(h, doc.running())) continue; // the running head's publication or section name
      title = casing.title(h);
      break;
    }
    if (title == null) {
      String t = doc.source().metadata().get("dc:title");
      if (t != null && !t.isBlank()) title = t.strip();
    }

    String publisher = null;
    Integer year = null;
    // The raw blocks keep line breaks, which end the publisher's name on an imprint page.
    for (Block b : doc.source().blocks()) {
      for (String line : b.text().split("\n")) {
        Matcher m = COPYRIGHT.matcher(line.strip());
        if (!m.find()) continue;
        year = Integer.parseInt(m.group(1));
        String rest = m.group(2);
        Matcher end = PUBLISHER_END.matcher(rest);
        if (end.find()) rest = rest.substring(0, end.start());
        rest = rest.replaceAll("[.,;:]+$", "").strip();
        if (!rest.isEmpty() && rest.length() < 120) publisher = rest;
        break;
      }
      if (year != null) break;
    }

    List<String> editors = new ArrayList<>();
    for (int i = 0; i < limit && editors.isEmpty(); i++) {
      Matcher m = EDITED.matcher(TocSegmenter.clean(texts.get(i)));
      if (!m.matches()) continue;
      for (String n : Bylines.names(m.group(1))) editors.add(casing.name(n));
    }
    if (year != null && (year < 1900 || year > 2100)) year = null;
    return new ReportMeta(title, series, publisher, year, editors, issue, null, null, List.of(), null, null);
  }

  static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
