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
  void aPlaceIsNeverCutFromAPersonsName() {
    List<Actor> a = actors(Fixture.of("Ruritania signed. Anna Maria Ruritania wrote the report.")
        .tag(PERSON, "Anna Maria Ruritania").tag(LOCATION, "Ruritania"));
    assertNotNull(actor(a, "anna-maria-ruritania"), a.toString());
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
}
