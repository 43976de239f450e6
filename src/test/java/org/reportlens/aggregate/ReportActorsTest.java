package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.model.MentionType.ORGANIZATION;
import static org.reportlens.model.MentionType.PERSON;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;

class ReportActorsTest {
  static ResolvedActors essay(Fixture f) { return ActorAggregatorTest.AGG.resolve(f.build()); }

  static Set<String> ids(List<ResolvedActors> r) {
    return r.stream().flatMap(x -> x.actors().stream()).map(Actor::id).collect(Collectors.toSet());
  }

  @Test
  void oneIdPerActorAcrossTheEssaysOfAReport() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("Cass R. Sunstein wrote. The Massachusetts Institute of Technology hosted. The Finnish Parliament voted.")
            .tag(PERSON, "Cass R. Sunstein").tag(ORGANIZATION, "Massachusetts Institute of Technology", "Finnish Parliament")),
        essay(Fixture.of("Cass Sunstein spoke at MIT. The Parliament agreed.")
            .tag(PERSON, "Cass Sunstein").tag(ORGANIZATION, "MIT", "Parliament"))));
    assertEquals(Set.of("cass-r-sunstein", "massachusetts-institute-of-technology", "finland-parliament"), ids(r), r.toString());
    Actor mit = r.get(1).actors().stream().filter(a -> a.id().equals("massachusetts-institute-of-technology")).findFirst().orElseThrow();
    assertTrue(mit.aliases().contains("MIT"), mit.toString());
    assertTrue(r.get(1).mentions().stream().allMatch(m -> ids(r).contains(m.actorId())));
  }

  @Test
  void twoCandidatesLeaveAGenericHeadAsItIs() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("The Finnish Parliament and the European Parliament met.").tag(ORGANIZATION, "Finnish Parliament", "European Parliament")),
        essay(Fixture.of("The Parliament agreed.").tag(ORGANIZATION, "Parliament"))));
    assertTrue(ids(r).contains("parliament"), ids(r).toString());
  }

  @Test
  void aQuotedNicknameCountsAsAFirstName() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("Alex ‘Sandy’ Pentland wrote.").tag(PERSON, "Alex ‘Sandy’ Pentland")),
        essay(Fixture.of("Sandy Pentland spoke.").tag(PERSON, "Sandy Pentland"))));
    assertEquals(1, ids(r).size(), ids(r).toString());
  }
}
