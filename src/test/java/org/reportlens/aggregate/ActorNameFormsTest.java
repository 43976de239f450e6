package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.aggregate.ActorAggregatorTest.actor;
import static org.reportlens.aggregate.ActorAggregatorTest.actors;
import static org.reportlens.aggregate.ActorAggregatorTest.withForm;
import static org.reportlens.model.MentionType.LOCATION;
import static org.reportlens.model.MentionType.ORGANIZATION;
import static org.reportlens.model.MentionType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;

/** Name forms of one essay: legal forms, media, affiliations run into a name, a demonym left out. */
class ActorNameFormsTest {

  @Test
  void aCompanysLegalFormIsNoPartOfItsName() {
    List<Actor> a = actors(Fixture.of("Quillfeather Press, Inc. printed it. Quillfeather Press sold it. Brightwater AG paid.")
        .tag(ORGANIZATION, "Quillfeather Press, Inc.", "Quillfeather Press", "Brightwater AG"));
    Actor q = actor(a, "quillfeather-press");
    assertNotNull(q, a.toString());
    assertEquals(2, q.mentions());
    assertTrue(q.aliases().contains("Quillfeather Press, Inc."), q.toString());
    assertNotNull(actor(a, "brightwater"), a.toString());
  }

  @Test
  void aWebsiteIsItsOwner() {
    List<Actor> a = actors(Fixture.of("See the Bureau for Tidal Studies Website, last updated in May. The Bureau for Tidal Studies agreed.")
        .tag(ORGANIZATION, "Bureau for Tidal Studies Website", "Bureau for Tidal Studies"));
    Actor b = actor(a, "bureau-for-tidal-studies");
    assertNotNull(b, a.toString());
    assertEquals(2, b.mentions());
    assertFalse(b.aliases().stream().anyMatch(x -> x.contains("Website")), b.toString());
  }

  @Test
  void aPersonRunIntoTheirOrganisationSplits() {
    List<Actor> a = actors(Fixture.of("Participants came from Zentrix and Obloq.\n\nMarta Ines Kowal Zentrix – Lisbon, PT\n\nShe spoke.")
        .tag(PERSON, "Marta Ines Kowal Zentrix").tag(ORGANIZATION, "Zentrix", "Obloq"));
    assertNotNull(actor(a, "marta-ines-kowal"), a.toString());
    assertEquals(2, actor(a, "zentrix").mentions(), a.toString());
  }

  @Test
  void aKnownPlaceIsNeverCutFromAPersonsName() {
    List<Actor> a = actors(Fixture.of("Talks were held in Sofia. Anna Maria Sofia wrote the report.")
        .tag(PERSON, "Anna Maria Sofia").tag(LOCATION, "Sofia"));
    assertNotNull(actor(a, "anna-maria-sofia"), a.toString());
  }

  @Test
  void aBodyTheTaggerTookForAPlaceIsCutToo() {
    List<Actor> a = actors(Fixture.of("Staff came from Zentrix.\n\nMarta Ines Kowal Zentrix – Lisbon, PT")
        .tag(PERSON, "Marta Ines Kowal Zentrix").tag(LOCATION, "Zentrix"));
    assertNotNull(actor(a, "marta-ines-kowal"), a.toString());
  }

  @Test
  void aDemonymBeforeABodysNameIsItsState() {
    List<Actor> a = actors(Fixture.of("The Ruritanian Lantern Party won. The Swedish Lantern Party lost.")
        .tag(ORGANIZATION, "Lantern Party"));
    Actor p = withForm(a, "Swedish Lantern Party");
    assertNotNull(p, a.toString());
    assertEquals("sweden", p.parent());
    assertEquals("Lantern Party", p.name());
    assertNull(actor(a, "sweden"), "the adjective alone stays no actor: " + a);
  }

  @Test
  void thoseWhoGovernActForTheirState() {
    List<Actor> a = actors(Fixture.of("British officials ordered a halt. Britons voted. One Kuwaiti high official spoke."));
    assertEquals(List.of("British"), actor(a, "united-kingdom").aliases(), a.toString());
    assertNotNull(actor(a, "united-kingdom-people"), "the people stay a group: " + a);
    assertNotNull(actor(a, "kuwait-people"), "one official is a person of that people: " + a);
  }

  @Test
  void theCommonwealthIsTheOneCommonwealthTheTextNames() {
    List<Actor> a = actors(Fixture.of("Massachusetts sued. Massachusetts lost land. Massachusetts appealed. Pennsylvania joined. "
        + "The Commonwealth is entitled to a hearing."));
    assertEquals(List.of("The Commonwealth"), actor(a, "massachusetts").aliases().stream().filter(x -> x.contains("ommonwealth")).toList(), a.toString());
    List<Actor> b = actors(Fixture.of("Massachusetts sued. Pennsylvania joined. The Commonwealth is entitled to a hearing."));
    assertTrue(b.stream().noneMatch(x -> x.aliases().contains("the Commonwealth") || x.aliases().contains("The Commonwealth")), b.toString());
    List<Actor> c = actors(Fixture.of("The Commonwealth of Nations met in London. The Commonwealth agreed."));
    assertNotNull(withForm(c, "The Commonwealth"), c.toString());
    assertEquals("commonwealth-of-nations", withForm(c, "The Commonwealth").id());
  }

  @Test
  void aBodysNameInAppositionToItsInstitutionIsItsAlias() {
    List<Actor> a = actors(Fixture.of("The petition went to the Storting, the Norwegian Parliament, in May. The Storting voted.")
        .tag(ORGANIZATION, "Storting"));
    Actor p = actor(a, "norway-parliament");
    assertNotNull(p, a.toString());
    assertEquals(3, p.mentions(), p.toString());
    assertTrue(p.aliases().contains("Storting"), p.toString());
  }

  @Test
  void aNounOfKindBesideAnUntaggedNameMakesItAnOrganisation() {
    List<Actor> a = actors(Fixture.of("The data firm Quorvex7 built it. Study partner Plankt, a crowdsourcing platform, helped. "
        + "Groups like Nightwatchers warn. Citizens vote on the Open Parlour platform. Later Quorvex7 and Plankt split. "
        + "The firm Support grew, with support from donors."));
    for (String id : List.of("quorvex7", "plankt", "nightwatchers", "open-parlour")) assertNotNull(actor(a, id), id + " in " + a);
    assertEquals(2, actor(a, "quorvex7").mentions());
    assertNull(actor(a, "support"), "a common word the text writes in lower case: " + a);
  }

  @Test
  void aCapitalToldSomethingIsTheState() {
    List<Actor> a = actors(Fixture.of("We made it clear to Moscow that violations carry costs. The delegation flew to Moscow in May."));
    assertEquals(1, actor(a, "russia").mentions(), a.toString());
    assertNotNull(actor(a, "moscow"), "the place flown to: " + a);
  }

  @Test
  void aCapitalisedPhraseWithAnOrganisationsHeadIsABody() {
    List<Actor> a = actors(Fixture.of("Russia wants to join Open Tidal Partnership soon. Experts of the Alliance for Useful Tides agree. "
        + "Open Tidal Partnership members met.\n\nTHE TIDAL COUNCIL\n\nShe read “The Tidal Council” twice."));
    assertNotNull(actor(a, "open-tidal-partnership"), a.toString());
    assertEquals(2, actor(a, "open-tidal-partnership").mentions());
    assertNotNull(actor(a, "alliance-for-useful-tides"), a.toString());
    assertNull(actor(a, "tidal-council"), "a heading and a title are no bodies: " + a);
  }

  @Test
  void aUnitOfABodyNamedApartIsOneName() {
    List<Actor> a = actors(Fixture.of("The Zentrix Center for the Study of Tides wrote it.")
        .tag(ORGANIZATION, "Zentrix", "Study of Tides"));
    Actor u = actor(a, "zentrix-center-for-the-study-of-tides");
    assertNotNull(u, a.toString());
  }

  @Test
  void aNameListedBetweenOrganisationsIsOneToo() {
    List<Actor> a = actors(Fixture.of("Staff came from Obloq, Zentrix and Quillfeather. The text was written by Zentrix and Obloq.")
        .tag(LOCATION, "Zentrix").tag(ORGANIZATION, "Obloq", "Quillfeather"));
    assertEquals(org.reportlens.model.ActorType.ORGANIZATION, actor(a, "zentrix").type(), a.toString());
    assertEquals(2, actor(a, "zentrix").mentions(), a.toString());
    List<Actor> b = actors(Fixture.of("Staff came from Obloq, Zentrix and Quillfeather.").tag(PERSON, "Zentrix").tag(ORGANIZATION, "Obloq", "Quillfeather"));
    assertEquals(org.reportlens.model.ActorType.ORGANIZATION, actor(b, "zentrix").type(), b.toString());
  }

  @Test
  void theTreasuryAndTheLegislatureAreInstitutions() {
    List<Actor> a = actors(Fixture.of("The Treasury paid the bonds and the treasury of the club is empty. The Legislature met; a legislature is slow.")
        .tag(ORGANIZATION, "Treasury", "Legislature"));
    assertNotNull(withForm(a, "Treasury"), a.toString());
    assertNotNull(withForm(a, "Legislature"), a.toString());
  }
}
