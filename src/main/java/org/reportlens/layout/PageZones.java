package org.reportlens.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/**
 * The layout stage's zones on a paged document's styled blocks (PDF): furniture ({@link Furniture},
 * scan stamps by {@link Stamps}), publication notices at a page foot ({@link Notices}) and figure
 * text ({@link FigureText}) taken out and counted, contents pages marked
 * ({@link ContentsPages}), endnote blocks taken out with their markers placed ({@link Endnotes}),
 * foot-of-page notes marked ({@link FootZone}), drop capitals joined and
 * letter-spaced headings repaired ({@link Repairs}). Blocks without a style (DOCX, HTML, text)
 * pass through untouched. Every rule reads the document's own evidence: the body's type size is
 * the size most characters are set in. Stateless and thread-safe.
 */
public final class PageZones {
  private PageZones() {}

  public static Zoned apply(List<Block> blocks, int pages) {
    if (blocks.stream().noneMatch(b -> b.style() != null)) return new Zoned(blocks, Map.of(), List.of());
    double body = bodySize(blocks);
    Map<String, Integer> dropped = new HashMap<>();
    Map<Block, String> furniture = Furniture.find(blocks, body, pages);
    Map<Integer, Double> bodyBottoms = Notices.bodyBottoms(blocks, body, furniture.keySet());
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      String why = furniture.get(b);
      if (why == null) why = Notices.reason(b, body, bodyBottoms);
      if (why == null) why = FigureText.reason(b, body);
      if (why != null) {
        dropped.merge(why, words(b.text()), Integer::sum);
      } else {
        kept.add(b);
      }
    }
    List<String> running = new ArrayList<>(Furniture.texts(blocks, furniture));
    kept = Furniture.trimEdges(kept, pages, dropped, running);
    kept = Repairs.apply(kept, body);
    kept = ContentsPages.mark(kept);
    Endnotes.Result endnotes = Endnotes.extract(kept);
    kept = endnotes.blocks();
    if (endnotes.headingWords() > 0) dropped.merge("notesHeading", endnotes.headingWords(), Integer::sum);
    kept = FootZone.mark(kept, body);
    return new Zoned(kept, dropped, running, endnotes.notes());
  }

  /** The font size most characters of the document are set in (the body's), 0 when unknown. */
  static double bodySize(List<Block> blocks) {
    Map<Long, Integer> sizes = new HashMap<>();
    for (Block b : blocks) {
      if (b.style() != null) sizes.merge(Math.round(b.style().fontSize() * 2), b.text().length(), Integer::sum);
    }
    return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0).orElse(0.0);
  }

  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }

  static Block kind(Block b, BlockKind k) { return b.withKind(k, 0); }
}
