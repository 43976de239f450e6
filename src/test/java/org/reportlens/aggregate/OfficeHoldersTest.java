package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.aggregate.ActorAggregatorTest.actors;
import static org.reportlens.model.MentionType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;

class OfficeHoldersTest {
  static Actor office(List<Actor> a, String term) {
    return a.stream().filter(x -> x.type() != org.reportlens.model.ActorType.PERSON && x.name().startsWith(term)).findFirst().orElse(null);
  }

  @Test
  void officeCommaNameAndNameCommaOffice() {
    List<Actor> a = actors(Fixture.of("The Secretary-General, Ana Velloso, said the mission would stay. "
        + "Later Ana Velloso wrote again. The Special Rapporteur on torture visited. Piet Omdal, the Special Rapporteur on torture, left. "
        + "Signed: Jo Brandt, Attorney General of Ruritania, Lu Ming, Deputy.")
        .tag(PERSON, "Ana Velloso", "Piet Omdal", "Jo Brandt", "Lu Ming"));
    Actor sg = office(a, "Secretary-General");
    assertNotNull(sg, a.toString());
    assertEquals(List.of("ana-velloso"), sg.holders());
    Actor sr = office(a, "Special Rapporteur");
    assertEquals(List.of("piet-omdal"), sr.holders(), a.toString());
    assertTrue(a.stream().filter(x -> x.type() == org.reportlens.model.ActorType.PERSON).allMatch(x -> x.holders().isEmpty()));
    assertEquals(List.of("jo-brandt"), office(a, "Attorney General").holders(), "the next name in a list holds nothing: " + a);
  }

  @Test
  void aTitleBeforeANameNamesTheHolderOfTheOneSuchOffice() {
    List<Actor> a = actors(Fixture.of("The Prime Minister of Lebanon met donors. In Beirut, Prime Minister Karim Sayegh of Lebanon said aid "
        + "was late. President Ivo Rask spoke. The President of Lebanon was absent.").tag(PERSON, "Karim Sayegh", "Ivo Rask"));
    Actor pm = office(a, "Prime Minister");
    assertNotNull(pm, a.toString());
    assertEquals("lebanon", pm.parent());
    assertEquals(List.of("karim-sayegh"), pm.holders(), a.toString());
    assertEquals(List.of(), office(a, "President").holders(), "the sentence names no state: " + a);
  }

  @Test
  void twoSuchOfficesLeaveATitleUnlinked() {
    List<Actor> a = actors(Fixture.of("The Prime Minister of Lebanon met the Prime Minister of Jordan. Prime Minister Karim Sayegh spoke.")
        .tag(PERSON, "Karim Sayegh"));
    assertTrue(a.stream().allMatch(x -> x.holders().isEmpty()), a.toString());
  }

  @Test
  void aDateIsNoComplementAndAnAbbreviatedOfficeIsAnActor() {
    List<Actor> a = actors(Fixture.of("Congress created a Special Envoy for Tides (SET). The first Special Envoy for Tides was sworn in. "
        + "The SET reports yearly. The Prime Minister on June 17 resigned."));
    assertTrue(a.stream().noneMatch(x -> x.id().contains("june")), a.toString());
    Actor set = ActorAggregatorTest.withForm(a, "SET");
    assertNotNull(set, a.toString());
    assertEquals("Special Envoy for Tides", set.name());
  }

  @Test
  void anAgencysHeadIsAnOfficeAndTheBareOfficeIsThatOne() {
    List<Actor> a = actors(Fixture.of("The petition asked the TSA Administrator to act. The Administrator declined. "
        + "The Administrator of another body was silent."));
    Actor o = ActorAggregatorTest.actor(a, "tsa-administrator");
    assertNotNull(o, a.toString());
    assertEquals(2, o.mentions(), o.toString());
  }
}
