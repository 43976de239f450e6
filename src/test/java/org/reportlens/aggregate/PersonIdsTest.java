package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

class PersonIdsTest {
  private static Actor person(String id, String name) {
    return new Actor(id, name, ActorType.PERSON, List.of(), 2, 0.1, null);
  }

  private static ResolvedActors essay(Actor a) {
    return new ResolvedActors(List.of(a), List.of(new ActorMention(a.id(), new TextSpan(0, 3), a.name(), 0)));
  }

  @Test
  void aSurnameTakesTheFullNameOfTheSameReport() {
    List<ResolvedActors> out = PersonIds.unify(List.of(
        essay(person("jens-stoltenberg", "Jens Stoltenberg")), essay(person("stoltenberg", "Stoltenberg"))));
    Actor a = out.get(1).actors().get(0);
    assertEquals("jens-stoltenberg", a.id());
    assertEquals("Jens Stoltenberg", a.name());
    assertEquals(List.of("Stoltenberg"), a.aliases());
    assertEquals("jens-stoltenberg", out.get(1).mentions().get(0).actorId());
  }

  @Test
  void twoPeopleWithTheSurnameLeaveItAsWritten() {
    List<ResolvedActors> out = PersonIds.unify(List.of(essay(person("george-bush", "George Bush")),
        essay(person("jeb-bush", "Jeb Bush")), essay(person("bush", "Bush"))));
    assertEquals("bush", out.get(2).actors().get(0).id());
  }
}
