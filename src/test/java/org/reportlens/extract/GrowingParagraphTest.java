package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/** A paragraph joined piece by piece reads as the whole text would: its end, its flags, its pages. */
class GrowingParagraphTest {
  private static Block para(String text, int page) {
    return new Block(text, page, BlockKind.PARAGRAPH, 0);
  }

  @Test
  void theEndSkipsSpacesAndMarkers() {
    GrowingParagraph.End e = GrowingParagraph.end("The council met on Tuesday and agreed to.” " + Markers.footnote(12) + "  " + Markers.page(3));
    assertEquals('”', e.last());
    assertEquals('.', e.beforeLast());
    assertTrue(e.eightWords());
    assertFalse(e.allCaps());
    assertTrue(GrowingParagraph.end(" " + Markers.page(2) + " ").empty());
    assertTrue(GrowingParagraph.end("THE COUNCIL").allCaps());
    // A marker with nothing inside it is text, as Markers.strip leaves it.
    assertEquals(Markers.PAGE_CLOSE, GrowingParagraph.end("word " + Markers.PAGE_OPEN + Markers.PAGE_CLOSE).last());
  }

  @Test
  void piecesJoinedInPlaceReadAsTheWholeText() {
    Dehyphenator dh = Dehyphenator.dictionaryOnly();
    GrowingParagraph p = new GrowingParagraph(para("THE COUNCIL MET", 1), 0);
    assertTrue(p.end().allCaps());
    assertFalse(p.end().eightWords());
    p.append(para("and agreed that the new trans-", 2), dh);
    p.append(para("atlantic rules " + Markers.page(4) + "would apply", 3), dh);
    p.append(para("from the first day", 4), dh);
    String whole = p.block().text();
    assertEquals("THE COUNCIL MET " + Markers.page(2) + "and agreed that the new trans" + Markers.page(3)
        + "atlantic rules " + Markers.page(4) + "would apply from the first day", whole);
    assertEquals(GrowingParagraph.end(whole), p.end());
    assertEquals(4, GrowingParagraph.lastMarkedPage(whole));
  }

  @Test
  void aParagraphNothingJoinedIsTheBlockItself() {
    Block b = para("One paragraph.", 1);
    assertTrue(new GrowingParagraph(b, 0).block() == b);
  }
}
