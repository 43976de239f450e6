package org.reportlens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogOddsTest {

  @Test
  void handComputedExample() {
    // group: 2 of 10, rest: 1 of 20, prior size 30 -> a = 30 * 3 / 30 = 3
    // delta = ln(5 / 35) - ln(4 / 46) = 0.49644; var = 1/5 + 1/4 = 0.45; z = 0.49644 / 0.67082 = 0.74004
    LogOdds.Score s = LogOdds.score(2, 10, 1, 20, 30);
    assertEquals(0.496437, s.delta(), 1e-6);
    assertEquals(0.45, s.variance(), 1e-12);
    assertEquals(0.740044, s.z(), 1e-6);
  }

  @Test
  void equalSharesGiveZeroAndSwappingGroupsFlipsTheSign() {
    assertEquals(0, LogOdds.score(3, 10, 3, 10, 20).delta(), 1e-12);
    LogOdds.Score ab = LogOdds.score(8, 40, 2, 60, 100);
    LogOdds.Score ba = LogOdds.score(2, 60, 8, 40, 100);
    assertEquals(ab.z(), -ba.z(), 1e-12);
    assertTrue(ab.z() > 0);
  }

  @Test
  void comparisonRanksWhatIsTypicalOfEachGroup() {
    // Two parties, two reports each; words 1,000 per report.
    Counts c = new Counts("actors");
    c.add("labor", "Labor", "GROUP", "a1", 9);
    c.add("labor", "Labor", "GROUP", "a2", 11);
    c.add("farm", "Farmers", "GROUP", "b1", 10);
    c.add("farm", "Farmers", "GROUP", "b2", 10);
    c.add("us", "United States", "COUNTRY", "a1", 10);
    c.add("us", "United States", "COUNTRY", "b1", 10);
    Map<String, List<String>> groups = Map.of("A", List.of("a1", "a2"), "B", List.of("b1", "b2"));
    Map<String, Long> words = Map.of("a1", 1000L, "a2", 1000L, "b1", 1000L, "b2", 1000L);
    List<Comparison.Row> rows = Comparison.compare(c, new java.util.TreeMap<>(groups), words, 0);
    List<Comparison.Row> a = rows.stream().filter(r -> r.group().equals("A")).toList();
    assertEquals("labor", a.get(0).term());
    assertEquals(20, a.get(0).count());
    assertEquals(100.0, a.get(0).rate(), 1e-9); // 20 per 2,000 words = 100 per 10,000
    assertEquals(0, a.get(0).restCount());
    // A: n = 30 (labor 20, us 10), rest n = 30; prior a0 = 60; us: a = 60 * 20 / 60 = 20
    // delta(us) = ln(30 / 40) - ln(30 / 40) = 0
    assertEquals(0, a.get(1).delta(), 1e-12);
    assertEquals("us", a.get(1).term());
    assertTrue(rows.stream().noneMatch(r -> r.group().equals("A") && r.term().equals("farm")));
  }

  @Test
  void keyphrasesAreCountedAsWholeWordsIgnoringPlurals() {
    Counts c = new Counts("keyphrases");
    Facets.countPhrases("Training missions and a training mission; retraining is not counted. Crisis, crises.",
        Map.of("training mission", "training missions", "crisis", "crisis"), c, "r");
    assertEquals(2, c.count("training mission", "r"));
    assertEquals(1, c.count("crisis", "r"));
  }
}
