package org.reportlens.structure;

import java.util.List;
import org.reportlens.model.Block;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.ReportMeta;

/**
 * What every structure reader takes from one cleaned document, computed once per report (the edited
 * volume reader and the report reader both read it): block texts without footnote markers, the
 * casing statistics, the metadata of the head, and the part titles (divider pages, headings printed
 * again as running heads). The arrays are shared: readers that change them take {@link #dividers()}
 * and {@link #runningHeads()} copies.
 */
record Reading(List<Block> blocks, List<String> texts, Casing casing, ReportMeta meta, List<String> running,
               boolean[] dividerBlocks, boolean[] runningHeadBlocks) {

  static Reading of(CleanDocument doc) {
    List<Block> blocks = doc.blocks();
    List<String> texts = TocSegmenter.texts(blocks);
    Casing casing = new Casing(texts);
    return new Reading(blocks, texts, casing, new MetaReader(casing).read(doc, texts), doc.running(),
        PartTitles.dividers(blocks, texts), PartTitles.runningHeadings(blocks, texts, doc.running()));
  }

  /** A copy of the divider-page flags per block. */
  boolean[] dividers() {
    return dividerBlocks.clone();
  }

  /** A copy of the running-head flags per block. */
  boolean[] runningHeads() {
    return runningHeadBlocks.clone();
  }
}
