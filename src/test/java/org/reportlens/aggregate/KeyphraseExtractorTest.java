package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Keyphrase;

class KeyphraseExtractorTest {
  private static final AnnotatedEssay A = MiniTagger.annotate(
      "The strategic dialogue helps the region. A strategic dialogue with Jordan needs security cooperation. "
          + "Security cooperation in the Middle East grows. The region needs strategic dialogues.");
  private static final AnnotatedEssay B = MiniTagger.annotate(
      "Security cooperation and border control matter in the region. Border control fails. "
          + "The region lacks border control and security cooperation.");

  @Test
  void tfIdfAcrossEssaysPrefersWhatIsSpecificToOne() {
    List<List<Keyphrase>> ks = new KeyphraseExtractor().extract(List.of(A, B));
    List<String> a = ks.get(0).stream().map(Keyphrase::text).toList();
    List<String> b = ks.get(1).stream().map(Keyphrase::text).toList();
    assertEquals("strategic dialogue", a.get(0)); // lemmatised: "dialogues" counts too
    assertEquals("border control", b.get(0));
    assertTrue(a.indexOf("strategic dialogue") < a.indexOf("security cooperation"));
    assertFalse(a.contains("dialogue"), "a phrase inside a better one is dropped");
    assertFalse(a.contains("middle east"), "bare names are not keyphrases");
    for (List<Keyphrase> l : ks) {
      assertEquals(1.0, l.get(0).score());
      assertTrue(l.stream().allMatch(k -> k.score() > 0 && k.score() <= 1));
    }
  }

  @Test
  void oneEssayFallsBackToYakeLikeScoring() {
    List<Keyphrase> ks = new KeyphraseExtractor(3).extract(A);
    assertEquals(3, ks.size());
    assertEquals("strategic dialogue", ks.get(0).text());
  }
}
