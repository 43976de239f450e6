package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.model.Block;
import org.reportlens.model.Style;

/**
 * Cover sheets added before a document in another page size: a repository's or a library's
 * download cover (letter size) before an article scanned from a journal's smaller pages. Such
 * leading pages are front matter whatever they hold (a citation, the title again, the authors).
 * Consumes clean blocks with their style; without style (DOCX, text) there are none. Pure; one pass.
 */
final class CoverSheets {
  /** Page sizes this close (relative, each side) are the same size: scans vary by a few points. */
  private static final double SAME_SIZE = 0.05;
  /** At most this many leading pages, and under a third of the document, are cover sheets. */
  private static final int MAX_SHEETS = 4;

  private CoverSheets() {}

  /** The first block on a page of the body's page size after leading cover sheets; 0 when there are none. */
  static int firstBodyBlock(List<Block> blocks) {
    // One size per page, in page order.
    List<Integer> pages = new ArrayList<>();
    List<double[]> sizes = new ArrayList<>();
    List<Integer> firstBlock = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Style s = b.style();
      if (s == null || s.pageWidth() <= 0 || s.pageHeight() <= 0 || b.page() <= 0) continue;
      if (!pages.isEmpty() && pages.get(pages.size() - 1) == b.page()) continue;
      pages.add(b.page());
      sizes.add(new double[] {s.pageWidth(), s.pageHeight()});
      firstBlock.add(i);
    }
    if (pages.size() < 3) return 0;
    // The body's size: the one most pages share.
    double[] body = null;
    int bodyPages = 0;
    for (double[] candidate : representatives(sizes)) {
      int count = 0;
      for (double[] s : sizes) if (same(s, candidate)) count++;
      if (count > bodyPages) {
        bodyPages = count;
        body = candidate;
      }
    }
    int k = 0;
    while (k < sizes.size() && !same(sizes.get(k), body)) k++;
    if (k == 0 || k > MAX_SHEETS || k * 3 >= sizes.size() || k >= sizes.size()) return 0;
    return firstBlock.get(k);
  }

  /** A few distinct sizes among the pages (the first page of each run of one size). */
  private static List<double[]> representatives(List<double[]> sizes) {
    List<double[]> out = new ArrayList<>();
    for (double[] s : sizes) {
      if (out.stream().noneMatch(o -> same(o, s))) out.add(s);
      if (out.size() >= 8) break;
    }
    return out;
  }

  private static boolean same(double[] a, double[] b) {
    return Math.abs(a[0] - b[0]) <= SAME_SIZE * Math.max(a[0], b[0]) && Math.abs(a[1] - b[1]) <= SAME_SIZE * Math.max(a[1], b[1]);
  }
}
