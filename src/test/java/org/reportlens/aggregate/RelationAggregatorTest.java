package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportlens.model.MentionType.LOCATION;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Relation;

class RelationAggregatorTest {
  static final ActorAggregator AGG = new ActorAggregator(Gazetteer.load(Path.of("models/actors.tsv")));

  static List<String> relations(String text) {
    String[] names = java.util.stream.Stream.of("Turkey", "Israel", "Egypt").filter(text::contains).toArray(String[]::new);
    AnnotatedEssay a = Fixture.of(text).page(0, 7).tag(LOCATION, names).build();
    return new RelationAggregator().aggregate(a, AGG.resolve(a)).stream()
        .map(r -> r.subject() + " " + r.predicate() + " " + r.object() + " p" + r.page() + " " + r.source()).toList();
  }

  @Test
  void mainVerbBetweenTheActorsIsThePredicate() {
    assertEquals(List.of("turkey veto israel p7 cooccurrence"), relations("Turkey vetoed Israel's participation."));
  }

  @Test
  void withoutAVerbBetweenThemTheyCoOccur() {
    assertEquals(List.of("turkey co-occurs israel p7 cooccurrence", "turkey co-occurs egypt p7 cooccurrence",
        "israel co-occurs egypt p7 cooccurrence"), relations("Turkey, Israel and Egypt was the order."));
  }

  @Test
  void onlyWithinOneSentence() {
    assertEquals(List.of(), relations("Turkey signed. Israel signed."));
  }

  @Test
  void evidenceIsTheSentence() {
    AnnotatedEssay a = Fixture.of("First. Turkey met Egypt.").tag(LOCATION, "Turkey", "Egypt").build();
    Relation r = new RelationAggregator().aggregate(a, AGG.resolve(a)).get(0);
    assertEquals("Turkey met Egypt.", r.sentence());
    assertEquals("meet", r.predicate());
  }
}
