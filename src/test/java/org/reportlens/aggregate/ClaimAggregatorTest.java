package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.Claim;

class ClaimAggregatorTest {
  private static final List<Actor> ACTORS = List.of(
      new Actor("nato", "NATO", ActorType.ORGANIZATION, List.of("the Alliance"), 3, 0.3, null),
      new Actor("libya", "Libya", ActorType.COUNTRY, List.of(), 1, 0.1, null));

  private List<String> claims(String text) {
    return new ClaimAggregator().aggregate(MiniTagger.annotate(text), ACTORS).stream()
        .map(c -> c.kind().json() + " " + c.actorIds() + " " + c.text()).toList();
  }

  @Test
  void recommendations() {
    assertEquals(List.of(
        "recommendation [nato] NATO should recast its diplomatic ambition.",
        "recommendation [nato, libya] It is vital for the Alliance to first reach a political roadmap in Libya.",
        "recommendation [] Allies and partners urgently need to reassess the relevance of the forum."),
        claims("NATO should recast its diplomatic ambition. It is vital for the Alliance to first reach a political "
            + "roadmap in Libya. Allies and partners urgently need to reassess the relevance of the forum."));
  }

  @Test
  void predictionsAndAssessments() {
    assertEquals(List.of(
        "prediction [] The terrorist groups are likely to remain a significant threat.",
        "prediction [] This phenomenon will eventually redefine the dynamics of partnerships.",
        "assessment [] The idea that allies could command while others operate is an illusion.",
        "assessment [nato] Clearly, the NATO partnership policy has not delivered."),
        claims("The terrorist groups are likely to remain a significant threat. This phenomenon will eventually redefine "
            + "the dynamics of partnerships. The idea that allies could command while others operate is an illusion. "
            + "Clearly, the NATO partnership policy has not delivered."));
  }

  @Test
  void notInsideQuotationsNorReportedSpeechNorQuestions() {
    assertEquals(List.of(), claims("The minister said that NATO should leave the region. "
        + "He warned: “The allies must act now.” Should NATO act alone in the region?"));
  }

  @Test
  void needToInARelativeClauseDescribes() {
    assertEquals(List.of(), claims("The program gave the militias the tools they need to protect the roads."));
  }

  @Test
  void conditionalShouldIsNotARecommendationButTheMainClauseIs() {
    List<Claim> cs = new ClaimAggregator().aggregate(MiniTagger.annotate(
        "Should NATO enhance its presence in the region, it should build upon its outreach."), ACTORS);
    assertEquals(1, cs.size());
    assertEquals("recommendation", cs.get(0).kind().json());
  }

  @Test
  void firstPersonAndIssuingBodyPositionsAreTheAuthorsClaims() {
    assertEquals(List.of(
        "recommendation [] I call on both parties to release the detainees without delay.",
        "assessment [] Once again, I welcome the steps taken by the transitional council.",
        "recommendation [] The Panel recommends that the sanctions list be updated every year.",
        "recommendation [] The Inspectors recommend that the agencies share one travel policy."),
        claims("I call on both parties to release the detainees without delay. Once again, I welcome the steps taken "
            + "by the transitional council. The Panel recommends that the sanctions list be updated every year. "
            + "The Inspectors recommend that the agencies share one travel policy."));
  }

  @Test
  void aQuotedBodyIsNotTheIssuer() {
    assertEquals(List.of(), claims("The farmers recommend that the fields be left fallow."));
  }
}
