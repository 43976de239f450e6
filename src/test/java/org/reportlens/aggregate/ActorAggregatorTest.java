package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.model.MentionType.LOCATION;
import static org.reportlens.model.MentionType.MISC;
import static org.reportlens.model.MentionType.ORGANIZATION;
import static org.reportlens.model.MentionType.PERSON;
import static org.reportlens.model.MentionType.STATE_OR_PROVINCE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;

class ActorAggregatorTest {
  static final ActorAggregator AGG = new ActorAggregator(Gazetteer.load(Path.of("models/actors.tsv")));

  static List<Actor> actors(Fixture f) { return AGG.aggregate(f.build()); }

  static Actor actor(List<Actor> actors, String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  /** The actor that has {@code form} as its name or an alias, or null. */
  static Actor withForm(List<Actor> actors, String form) {
    return actors.stream().filter(a -> a.name().equals(form) || a.aliases().contains(form)).findFirst().orElse(null);
  }

  @Test
  void personFullNameSurnameAndTitleMerge() {
    List<Actor> a = actors(Fixture.of("Jens Stoltenberg spoke. Later Stoltenberg left. "
        + "Secretary General Stoltenberg returned.").tag(PERSON, "Jens Stoltenberg", "Stoltenberg"));
    Actor p = actor(a, "jens-stoltenberg");
    assertNotNull(p, a.toString());
    assertEquals(ActorType.PERSON, p.type());
    assertEquals("Jens Stoltenberg", p.name());
    assertEquals(List.of("Stoltenberg", "Secretary General Stoltenberg"), p.aliases());
    assertEquals(3, p.mentions());
    assertEquals(1, a.size());
  }

  @Test
  void personSpellingVariantsMergeButOtherFirstNamesDoNot() {
    List<Actor> a = actors(Fixture.of("Fayez al-Sarraj arrived. Prime Minister Fayeze al Sarraj spoke. "
        + "Laila Sarraj disagreed.").tag(PERSON, "Fayez al-Sarraj", "Fayeze al Sarraj", "Laila Sarraj"));
    Actor p = withForm(a, "Fayez al-Sarraj");
    assertEquals(2, p.mentions());
    assertTrue(p.aliases().contains("Prime Minister Fayeze al Sarraj"), p.aliases().toString());
    assertNotNull(actor(a, "laila-sarraj"));
  }

  @Test
  void acronymDefinedInTextMergesWithItsExpansion() {
    List<Actor> a = actors(Fixture.of("NATO runs the Mediterranean Dialogue (MD). The MD met. "
        + "The Warriors Affairs Commission (WAC) paid. The WAC grew.")
        .tag(ORGANIZATION, "NATO", "Mediterranean Dialogue", "Warriors Affairs Commission", "WAC")
        .tag(STATE_OR_PROVINCE, "MD"));
    Actor md = actor(a, "mediterranean-dialogue");
    assertEquals(List.of("MD"), md.aliases());
    assertEquals(3, md.mentions());
    Actor wac = actor(a, "warriors-affairs-commission");
    assertEquals(ActorType.ORGANIZATION, wac.type());
    assertEquals(List.of("WAC"), wac.aliases());
    assertEquals(3, wac.mentions());
  }

  @Test
  void undefinedTwoLetterCapitalsAreNotActors() {
    // CoreNLP tags "MD" as a US state; without a definition or NATO context it names no one here.
    List<Actor> a = actors(Fixture.of("Staff in MD were paid.").tag(STATE_OR_PROVINCE, "MD"));
    assertTrue(a.isEmpty(), a.toString());
  }

  @Test
  void knownAliasesMergeAndContextualOnesNeedTheName() {
    List<Actor> a = actors(Fixture.of("NATO met. The Alliance agreed. ISIS, the Islamic State or IS, lost.")
        .tag(ORGANIZATION, "NATO", "Alliance", "ISIS", "Islamic State"));
    assertEquals(List.of("The Alliance"), actor(a, "nato").aliases());
    assertEquals(List.of("Islamic State", "IS"), actor(a, "isis").aliases());
    assertEquals(2, a.size(), a.toString());
    List<Actor> none = actors(Fixture.of("The Alliance for Progress met.").tag(ORGANIZATION, "Alliance for Progress"));
    assertNull(actor(none, "nato"));
  }

  @Test
  void capitalsStandForTheirStateUnlessTheyArePlaces() {
    List<Actor> a = actors(Fixture.of("Tehran's compliance is tested. Iran agreed. Talks in Tripoli failed.")
        .tag(LOCATION, "Tehran", "Iran", "Tripoli"));
    Actor iran = actor(a, "iran");
    assertEquals(2, iran.mentions());
    assertEquals(List.of("Tehran"), iran.aliases());
    assertEquals(ActorType.LOCATION, actor(a, "tripoli").type());
    assertNull(actor(a, "libya"));
  }

  @Test
  void thePeopleInPowerInACapitalStandForTheState() {
    List<Actor> a = actors(Fixture.of("Saudi Arabia declined. NATO could not engage the rulers in Riyadh. "
        + "Tourists in Riyadh were few.").tag(LOCATION, "Saudi Arabia", "Riyadh", "Riyadh"));
    Actor saudi = actor(a, "saudi-arabia");
    assertEquals(2, saudi.mentions(), a.toString());
    // "Riyadh" is the name of the place actor: listing it as the state's alias too would split the city in two.
    assertEquals(List.of(), saudi.aliases());
    assertEquals(ActorType.LOCATION, actor(a, "riyadh").type(), "a place where tourists are is a place");
  }

  @Test
  void capitalInsideALongerNameIsNotItsState() {
    List<Actor> a = actors(Fixture.of("At the Warsaw Summit, allies met.").tag(ORGANIZATION, "Warsaw Summit"));
    assertNull(actor(a, "poland"));
    assertNull(withForm(a, "Warsaw Summit"), "an event, not an actor");
  }

  @Test
  void demonymsForPeopleAreGroupsTiedToTheirCountry() {
    List<Actor> a = actors(Fixture.of("Libyans voted. Iraqi officers trained in Jordan. The Libyan intervention "
        + "failed. The Libyan government fell.").tag(MISC, "Libyans", "Iraqi", "Libyan").tag(LOCATION, "Jordan"));
    Actor libyans = actor(a, "libya-people");
    assertEquals(ActorType.GROUP, libyans.type());
    assertEquals("Libyans", libyans.name());
    assertEquals(1, libyans.mentions());
    assertEquals(ActorType.GROUP, actor(a, "iraq-people").type());
    assertEquals(1, actor(a, "libya").mentions(), "only 'the Libyan government', not the adjective");
  }

  @Test
  void gazetteerTypeOverridesTheTagger() {
    List<Actor> a = actors(Fixture.of("Crises in the Middle East and North Africa (MENA) persist. MENA states.")
        .tag(ORGANIZATION, "MENA").tag(LOCATION, "Middle East and North Africa"));
    Actor mena = actor(a, "mena");
    assertEquals(ActorType.LOCATION, mena.type());
    assertEquals(3, mena.mentions());
  }

  @Test
  void genreJunkIsNotAnActor() {
    String text = "TRANSATLANTIC SECURITY AND THE FUTURE OF NATO\n\n"
        + "The Summit was long, and the summit ended. Southern partners waited. "
        + "He wrote “The Warsaw Summit and the NATO Christmas Tree” in Brief. Op. cit. Biography follows. "
        + "The Arab Spring ended. Oxfam helped. Thank you, Mr. Speaker.";
    List<Actor> a = actors(Fixture.of(text)
        .tag(ORGANIZATION, "TRANSATLANTIC SECURITY AND THE FUTURE OF NATO", "Summit", "Oxfam")
        .tag(LOCATION, "Southern").tag(MISC, "Warsaw Summit and the NATO Christmas Tree", "Arab Spring")
        .tag(PERSON, "He", "Op.", "Speaker").tag(ORGANIZATION, "Biography"));
    // "Mr. Speaker" addresses the holder of an office: the office is an actor (ActorRulesTest).
    assertEquals(List.of("speaker", "oxfam", "nato"), a.stream().map(Actor::id).sorted((x, y) -> y.compareTo(x)).toList(),
        a.toString());
  }

  @Test
  void aCommonNounCapitalisedOutOfReverenceIsNoPlace() {
    List<Actor> a = actors(Fixture.of("The founders of the Republic built canals. Zintan and Misrata grew.")
        .tag(LOCATION, "Republic", "Zintan", "Misrata"));
    assertEquals(List.of("misrata", "zintan"), a.stream().map(Actor::id).sorted().toList(), a.toString());
  }

  @Test
  void unknownActorsGetTheSlugOfTheirNameAndTheTaggersType() {
    List<Actor> a = actors(Fixture.of("The Presidential Guard of Misrata fought. Misrata's militias won.")
        .tag(ORGANIZATION, "Presidential Guard").tag(LOCATION, "Misrata"));
    assertEquals(ActorType.ORGANIZATION, actor(a, "presidential-guard").type());
    assertEquals(ActorType.LOCATION, actor(a, "misrata").type());
    assertEquals(2, actor(a, "misrata").mentions());
  }

  @Test
  void idsAreStableAcrossEssays() {
    Actor x = actor(actors(Fixture.of("Jordan and NATO met.").tag(LOCATION, "Jordan")), "jordan");
    Actor y = actor(actors(Fixture.of("Later, NATO met Jordan.").tag(ORGANIZATION, "Jordan")), "jordan");
    assertEquals(x.id(), y.id());
    assertEquals(x.type(), y.type());
  }

  @Test
  void salienceWeighsTitleSummaryAndLeadAndSumsToOne() {
    String text = "Italy acts.\n\nFrance acts.\n\nLater, France acts. Italy acts.";
    List<Actor> a = actors(Fixture.of(text).title("Why Italy Matters").tag(LOCATION, "Italy", "France"));
    assertEquals("italy", a.get(0).id());
    assertTrue(a.get(0).salience() > a.get(1).salience());
    assertEquals(1.0, a.stream().mapToDouble(Actor::salience).sum(), 0.001);
    for (Actor x : a) assertTrue(x.salience() >= 0 && x.salience() <= 1);
  }

  @Test
  void firstMentionGivesSentenceAndPage() {
    String text = "Nothing here. Still nothing.\n\nEgypt signed.";
    List<Actor> a = actors(Fixture.of(text).page(0, 3).page(text.indexOf("Egypt"), 4).tag(LOCATION, "Egypt"));
    Actor egypt = actor(a, "egypt");
    assertEquals(4, egypt.firstMention().page());
    assertEquals("Egypt signed.", egypt.firstMention().sentence());
  }

  @Test
  void personsNamesContainingPlacesStayPersons() {
    List<Actor> a = actors(Fixture.of("George Washington spoke.").tag(PERSON, "George Washington"));
    assertNotNull(actor(a, "george-washington"));
    assertFalse(a.stream().anyMatch(x -> x.id().equals("united-states")));
  }
}
