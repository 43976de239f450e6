package org.reportlens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DehyphenatorTest {
  private final Dehyphenator words = Dehyphenator.dictionaryOnly();

  @Test
  void joinsAWordBrokenAtTheLineEnd() {
    assertEquals("the transatlantic partnership", words.join("the transat-", "lantic partnership"));
    assertEquals("a difficult task", words.join("a dif-", "ficult task"));
  }

  @Test
  void keepsTheHyphenOfACompound() {
    assertEquals("the self-proclaimed state", words.join("the self-", "proclaimed state"));
    assertEquals("the post-Cold War era", words.join("the post-", "Cold War era"));
    assertEquals("in 2015-2016", words.join("in 2015-", "2016"));
  }

  @Test
  void theDocumentsOwnSpellingWins() {
    // "policymaker" is written solid elsewhere in this document, "policy-convenor" hyphenated.
    Dehyphenator doc = Dehyphenator.forDocument(List.of("a policymaker and a policy-convenor", "x"));
    assertEquals("less a policymaker", doc.join("less a policy-", "maker"));
    assertEquals("than a policy-convenor", doc.join("than a policy-", "convenor"));
  }

  @Test
  void plainLinesJoinWithASpaceAndUrlsWithout() {
    assertEquals("one two", words.join("one", "two"));
    assertEquals("http://example.org/a/b", words.join("http://example.org/", "a/b"));
  }

  @Test
  void appendingInPlaceGivesTheJoinAndWhereTheLineBegins() {
    String[][] pairs = {{"the transat-", "lantic"}, {"the self-", "proclaimed"}, {"in 2015-", "2016"},
        {"see https://example.org/", "page"}, {"a line", "and the next"}, {"", "first"}, {"last", ""}, {"-", "x"}};
    for (String[] p : pairs) {
      StringBuilder text = new StringBuilder(p[0]);
      int at = words.append(text, p[1]);
      assertEquals(words.join(p[0], p[1]), text.toString(), String.join("|", p));
      assertEquals(text.length() - p[1].length(), at);
    }
  }
}
