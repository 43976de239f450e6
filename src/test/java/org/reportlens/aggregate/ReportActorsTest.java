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

  @Test
  void costIsLinearInTheActorsOfAReport() {
    // 10,000 names and 10,000 acronyms and generic heads: about a second; the all-pairs version takes minutes.
    List<Actor> actors = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String w = word(i);
      actors.add(org("Center for " + w + " Studies"));
      actors.add(org(i % 2 == 0 ? "CF" + w.toUpperCase(java.util.Locale.ROOT).charAt(0) + "S" : w + " Council"));
    }
    actors.add(org("Bureau of Extraordinary Zeal"));
    actors.add(org("BEZ"));
    ResolvedActors one = new ResolvedActors(actors, List.of());
    List<ResolvedActors> r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
        () -> ReportActors.unify(List.of(one)));
    assertTrue(!ids(r).contains("bez") && ids(r).contains("bureau-of-extraordinary-zeal"), "acronym joins its name");
  }

  private static String word(int i) {
    StringBuilder b = new StringBuilder("Q");
    for (int k = i; k > 0 || b.length() < 4; k /= 26) b.append((char) ('a' + k % 26));
    return b.toString();
  }

  private static Actor org(String name) {
    return new Actor(org.reportlens.aggregate.Slugs.slug(name), name, org.reportlens.model.ActorType.ORGANIZATION, List.of(), 1, 0.0, null);
  }

  @Test
  void aBodyNamedWithItsHeadFirstOrLastIsOne() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("The Bureau of Tidal Safety ruled. The Bureau of Tidal Safety fined.").tag(ORGANIZATION, "Bureau of Tidal Safety")),
        essay(Fixture.of("The Tidal Safety Bureau agreed. The Lowland Court of Appeals sat. The Appeals Court ruled.")
            .tag(ORGANIZATION, "Tidal Safety Bureau", "Lowland Court of Appeals", "Appeals Court"))));
    assertEquals(Set.of("bureau-of-tidal-safety", "lowland-court-of-appeals"), ids(r), r.toString());
  }

  @Test
  void aNameWithoutItsHeadAndAnOwnerWrittenThreeWaysJoin() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("The Tidal Pension Administration pays. Tidal Pension is old.").tag(ORGANIZATION, "Tidal Pension Administration", "Tidal Pension")),
        essay(Fixture.of("The Norland Polytechnic University Center for Rare Tides wrote; the Norland Polytechnic Center for Rare Tides "
            + "and the NPU Center for Rare Tides agree. The Otherplace Center for Rare Tides does not.")
            .tag(ORGANIZATION, "Norland Polytechnic University Center for Rare Tides", "Norland Polytechnic Center for Rare Tides",
                "NPU Center for Rare Tides", "Otherplace Center for Rare Tides"))));
    assertEquals(3, ids(r).size(), r.toString());
    assertTrue(ids(r).containsAll(Set.of("tidal-pension-administration", "otherplace-center-for-rare-tides")), r.toString());
  }

  @Test
  void aSurnameTakenForAnOrganisationJoinsItsPerson() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("General Oswin Tarrow spoke.").tag(PERSON, "Oswin Tarrow")),
        essay(Fixture.of("Tarrow argued.").tag(ORGANIZATION, "Tarrow"))));
    assertEquals(Set.of("oswin-tarrow"), ids(r), r.toString());
  }

  @Test
  void aNameAnotherEssayGivesAsAnAliasJoinsIt() {
    List<ResolvedActors> r = ReportActors.unify(List.of(
        essay(Fixture.of("The bill went to the Storting, the Norwegian Parliament.").tag(ORGANIZATION, "Storting")),
        essay(Fixture.of("The Storting voted.").tag(ORGANIZATION, "Storting")),
        essay(Fixture.of("Oswin Tarrow wrote. The Tarrow Group consults. Tarrow spoke.")
            .tag(PERSON, "Oswin Tarrow").tag(ORGANIZATION, "Tarrow Group", "Tarrow"))));
    assertEquals(Set.of("norway-parliament", "oswin-tarrow", "tarrow-group"), ids(r), r.toString());
  }
}
