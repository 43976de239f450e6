package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportlens.model.MentionType.LOCATION;
import static org.reportlens.model.MentionType.ORGANIZATION;
import static org.reportlens.model.MentionType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;

/** The actor rules of issue 12: recall floor, institutions, short forms, evidence types, ids. Sentences written for the tests. */
class ActorRulesTest {
  static List<Actor> actors(Fixture f) { return ActorAggregatorTest.actors(f); }

  static Actor actor(List<Actor> a, String id) { return ActorAggregatorTest.actor(a, id); }

  static ActorRecall audit(Fixture f) { return ActorAggregatorTest.AGG.audit(f.build()); }

  @Test
  void institutionsOfAStateAreTheirOwnActorsWithTheStateAsParent() {
    List<Actor> a = actors(Fixture.of("The Lebanese Armed Forces deployed south. Lebanon protested. "
        + "The Haitian National Police arrested two men. Russia's defence ministry denied it. "
        + "The Ministry of Foreign Affairs of Lebanon replied. Israel Defense Forces withdrew.")
        .tag(ORGANIZATION, "Lebanese Armed Forces", "Haitian National Police", "Ministry of Foreign Affairs", "Israel Defense Forces")
        .tag(LOCATION, "Lebanon", "Russia"));
    Actor laf = actor(a, "lebanon-armed-forces");
    assertNotNull(laf, a.toString());
    assertEquals("lebanon", laf.parent());
    assertEquals(ActorType.ORGANIZATION, laf.type());
    assertEquals("haiti", actor(a, "haiti-police").parent());
    assertEquals("russia", actor(a, "russia-ministry-of-defence").parent());
    assertEquals("lebanon", actor(a, "lebanon-ministry-of-foreign-affairs").parent());
    assertEquals("israel", actor(a, "israel-armed-forces").parent());
    assertEquals(1, actor(a, "lebanon").mentions(), "the state keeps only its own mention");
  }

  @Test
  void anInstitutionGetsTheSameIdWhateverElseTheReportSays() {
    String id1 = actors(Fixture.of("Lebanon voted. The Lebanese Armed Forces deployed.").tag(LOCATION, "Lebanon")).stream()
        .filter(x -> x.parent() != null).findFirst().orElseThrow().id();
    String id2 = actors(Fixture.of("The Lebanese Armed Forces deployed.").tag(ORGANIZATION, "Lebanese Armed Forces")).stream()
        .filter(x -> x.parent() != null).findFirst().orElseThrow().id();
    assertEquals("lebanon-armed-forces", id1);
    assertEquals(id1, id2);
  }

  @Test
  void shortFormsDefinedInBracketsJoinTheirName() {
    List<Actor> a = actors(Fixture.of("The Council established the International Residual Mechanism for Criminal Tribunals "
        + "(“the Mechanism”). The Mechanism tried one case. Later the Mechanism closed. "
        + "The Group of Friends of Lake Chad (hereinafter “the Group”) met. The Group agreed.")
        .tag(ORGANIZATION, "International Residual Mechanism for Criminal Tribunals", "Mechanism"));
    Actor m = actor(a, "international-residual-mechanism-for-criminal-tribunals");
    assertNotNull(m, a.toString());
    assertEquals(4, m.mentions(), m.toString()); // the name, the definition and two uses
    assertTrue(m.aliases().contains("the Mechanism"), m.aliases().toString());
    Actor g = actor(a, "group-of-friends-of-lake-chad");
    assertNotNull(g, a.toString());
    assertEquals(3, g.mentions()); // the name, the definition, one use
  }

  @Test
  void aGenericHeadJoinsTheOneInstitutionWithThatHeadOrIsQualified() {
    List<Actor> a = actors(Fixture.of("The Panel of Experts on Haiti met. The Panel wrote. The Court ruled.")
        .tag(ORGANIZATION, "Panel of Experts on Haiti", "Panel", "Court"));
    Actor panel = actor(a, "panel-of-experts-on-haiti");
    assertNotNull(panel, a.toString());
    assertEquals(2, panel.mentions(), a.toString());
    assertNull(actor(a, "panel"));
    assertNotNull(actor(a, "court"), "no complement in the text: the head stays");
    List<Actor> b = actors(Fixture.of("A panel of experts on Haiti was set up. The Panel wrote. The Bureau of Statistics "
        + "counted. The Bureau agreed.").tag(ORGANIZATION, "Panel", "Bureau"));
    assertNotNull(actor(b, "panel-of-experts-on-haiti"), b.toString());
    assertNotNull(actor(b, "bureau-of-statistics"), b.toString());
  }

  @Test
  void typesComeFromTheWordsAroundAllMentions() {
    List<Actor> a = actors(Fixture.of("Viv Ansanm attacked the port. The Viv Ansanm coalition grew. Viv Ansanm gang members fled. "
        + "Clashes spread to the town of Kufrah. Traders in Kufrah left.").tag(PERSON, "Viv Ansanm", "Kufrah"));
    assertEquals(ActorType.ORGANIZATION, actor(a, "viv-ansanm").type(), a.toString());
    assertEquals(3, actor(a, "viv-ansanm").mentions());
    assertEquals(ActorType.LOCATION, actor(a, "kufrah").type());
  }

  @Test
  void footnoteDigitsAndPossessivesNeverReachAName() {
    List<Actor> a = actors(Fixture.of("Viv Ansanm30 attacked. Viv Ansanm's leaders fled. Cure53 audited the code.")
        .tag(ORGANIZATION, "Viv Ansanm30", "Viv Ansanm's", "Cure53"));
    Actor v = actor(a, "viv-ansanm");
    assertNotNull(v, a.toString());
    assertEquals("Viv Ansanm", v.name());
    assertEquals(2, v.mentions());
    assertNotNull(actor(a, "cure53"), "digits that are part of a name stay");
  }

  @Test
  void realMentionsAreKept() {
    List<Actor> a = actors(Fixture.of("Navy Capt. John Smith said the Mosul offensive stalled. The Army agreed. "
        + "The US-led coalition struck. Syrian forces withdrew. Kurdish fighters advanced.")
        .tag(ORGANIZATION, "Navy", "Army").tag(PERSON, "John Smith").tag(LOCATION, "Mosul"));
    assertNotNull(actor(a, "navy"), a.toString());
    assertNotNull(actor(a, "army"), a.toString());
    assertNotNull(actor(a, "john-smith"));
    assertNotNull(actor(a, "mosul"), "a proper name before a noun is no adjective");
    assertNotNull(actor(a, "united-states"));
    assertEquals(ActorType.COUNTRY, actor(a, "syria").type(), "armed forces act for their state");
    assertNotNull(actor(a, "kurds"));
  }

  @Test
  void fragmentsHeadingsAndOperationsAreNamedRejections() {
    Fixture f = Fixture.of("B. Methodology\n\nUnited voted. See S/2025/1/Corr.1 and Operation Inherent Resolve.")
        .tag(PERSON, "B. Methodology").tag(ORGANIZATION, "United", "Corr", "Operation Inherent Resolve");
    assertTrue(actors(f).isEmpty(), actors(f).toString());
    ActorRecall r = audit(f);
    assertEquals(4, r.mentions());
    assertEquals(0, r.covered());
    assertEquals(0, r.unexplained(), r.toString());
    assertEquals(1, r.rejected().get(ActorRejection.HEADING_LINE));
    assertEquals(2, r.rejected().get(ActorRejection.NOT_A_NAME));
    assertEquals(1, r.rejected().get(ActorRejection.GAZETTEER_EVENT));
  }

  @Test
  void thePluralDemonymActingIsTheStateAndASharedCapitalGoesToTheStateTheTextNames() {
    List<Actor> a = actors(Fixture.of("The Soviet Union tested a missile. The Soviets has signed the treaty, "
        + "and the Soviets’ offer came late. Moscow insisted. Americans own phones; the Americans who travel vote."));
    Actor ussr = actor(a, "soviet-union");
    assertNotNull(ussr, a.toString());
    assertEquals(4, ussr.mentions(), "the name, the Soviets acting twice, Moscow: " + a);
    assertNull(actor(a, "soviet-union-people"));
    assertNull(actor(a, "russia"), "Moscow is the capital of the state the text names");
    assertEquals(ActorType.GROUP, actor(a, "united-states-people").type(), "without the article or acting: the people");
    assertEquals(2, actor(a, "united-states-people").mentions());
    assertNotNull(actor(actors(Fixture.of("Talks in Moscow went on. Moscow said no.")), "russia"), "no state named: the first listed");
  }

  @Test
  void anAcronymDefinedByLowerCaseWordsIsAConceptNotAnActor() {
    Fixture f = Fixture.of("The jet's flight control system, the stall prevention augmentation system (SPAS), failed. "
        + "SPAS was updated. A scheme of testing—tracing-and-warning—supported-isolation, or TTWI, works; TTWI is cheap. "
        + "The Northern Data Group (NDG) reviewed it. NDG agreed.")
        .tag(ORGANIZATION, "SPAS", "TTWI", "Northern Data Group", "NDG");
    List<Actor> a = actors(f);
    assertNull(actor(a, "spas"), a.toString());
    assertNull(actor(a, "ttwi"), a.toString());
    assertNotNull(actor(a, "northern-data-group"), a.toString());
    ActorRecall r = audit(f);
    assertEquals(4, r.rejected().get(ActorRejection.DEFINED_CONCEPT), r.format(true));
    assertTrue(AcronymDefinitions.definedInLowerCase("the stall prevention augmentation system (SPAS)", "SPAS"));
    assertTrue(!AcronymDefinitions.definedInLowerCase("the Stall Prevention Augmentation Society (SPAS)", "SPAS"));
    assertTrue(!AcronymDefinitions.definedInLowerCase("a wide range of options (WHO) and more", "WHO"), "initials must spell it");
  }

  @Test
  void aCapitalisedWordAfterTheArticleIsANameWhenTheTextNeverWritesItSoInLowerCase() {
    Fixture f = Fixture.of("Our ships crossed the Pacific. A pacific temper guides us. The Summit ended; the summit failed.")
        .tag(LOCATION, "Pacific").tag(ORGANIZATION, "Summit");
    List<Actor> a = actors(f);
    assertNotNull(actor(a, "pacific"), a.toString());
    assertNull(actor(a, "summit"), "the text writes 'the summit' too");
    List<Actor> st = actors(Fixture.of("The State has an interest. Each state sued.").tag(ORGANIZATION, "State"));
    assertNull(actor(st, "state"), "a noun of reverence stays a common word: " + st);
    List<Actor> dc = actors(Fixture.of("The District of Columbia asked for funds. The District has no vote.")
        .tag(LOCATION, "District of Columbia", "District"));
    assertEquals(2, actor(dc, "district-of-columbia").mentions(), dc.toString());
  }

  @Test
  void anOfficeAfterOfIsTheOfficeUnlessACapitalisedHeadMakesALongerName() {
    List<Actor> a = actors(Fixture.of("I refer you to the report of the Secretary of State. "
        + "The Office of the Secretary-General replied.").tag(ORGANIZATION, "State", "Office of the Secretary-General"));
    assertNotNull(actor(a, "secretary-of-state"), a.toString());
    assertNull(actor(a, "secretary-general"), a.toString());
  }

  @Test
  void anAddressToAnOfficeHolderIsTheOffice() {
    Fixture f = Fixture.of("Mr. Speaker, the session opens. The Speaker of the House agreed. Speaker Roe said so. Mr. Roe left.")
        .tag(PERSON, "Mr. Speaker", "Speaker Roe", "Mr. Roe");
    List<Actor> a = actors(f);
    Actor speaker = actor(a, "speaker-of-the-house");
    assertNotNull(speaker, a.toString());
    assertEquals(2, speaker.mentions(), a.toString());
    assertNotNull(actor(a, "roe"), "before a name the office is a title: " + a);
    assertEquals(null, audit(f).rejected().get(ActorRejection.TITLE_ONLY));
    ActorRecall title = audit(Fixture.of("The guests left. Thank you, Ambassador.").tag(PERSON, "Ambassador"));
    assertEquals(1, title.rejected().get(ActorRejection.TITLE_ONLY), "a title no office list knows stays a title");
  }

  @Test
  void aCompassWordAfterTheArticleIsARegionElseAGenericWord() {
    Fixture f = Fixture.of("South\n\nThe South wanted tariffs, and the West wanted land. Trade went south. Vietnam, North and South talked.")
        .tag(LOCATION, "South", "West", "North");
    List<Actor> a = actors(f);
    assertEquals(1, actor(a, "south").mentions(), a.toString());
    assertNotNull(actor(a, "west"), a.toString());
    assertNull(actor(a, "north"), a.toString());
    assertEquals(3, audit(f).rejected().get(ActorRejection.GENERIC_WORD), "the heading, North and South in a list");
  }

  @Test
  void statesAloneAreTheStatesTheTextSpeaksOfAndASplitNameIsJoined() {
    Fixture f = Fixture.of("The compact binds the several States. These States must raise militia, "
        + "and the Barbary States demand tribute. Member States of the league voted. Trade with the United\nStates grew.")
        .tag(LOCATION, "States");
    List<Actor> a = actors(f);
    Actor states = actor(a, "states");
    assertNotNull(states, a.toString());
    assertEquals(ActorType.GROUP, states.type());
    assertEquals(2, states.mentions(), "the several States, These States");
    assertNotNull(actor(a, "barbary-states"), "a capitalised modifier names other states");
    assertNotNull(actor(a, "member-states"));
    assertNotNull(actor(a, "united-states"), "United | States broken over a line is the United States");
    ActorRecall r = audit(f);
    assertEquals(r.mentions(), r.covered(), r.format(true));
  }

  @Test
  void theAuditCountsCoveredMentionsAndRulesAndAddsUp() {
    ActorRecall r = audit(Fixture.of("NATO met. The storm ended. The Storm was long.")
        .tag(ORGANIZATION, "NATO", "Storm"));
    assertEquals(2, r.mentions());
    assertEquals(1, r.covered());
    assertEquals(1, r.rejected().get(ActorRejection.COMMON_WORD));
    ActorRecall twice = r.plus(r);
    assertEquals(4, twice.mentions());
    assertEquals(0.5, twice.share(), 1e-9);
    assertTrue(twice.format(true).contains("common-word"), twice.format(true));
  }

  @Test
  void officesAreActorsQualifiedByWhatTheTextAttaches() {
    List<Actor> a = actors(Fixture.of("The Secretary-General of the United Nations reported. The Secretary-General added a note. "
        + "The Prime Minister of Lebanon met the Special Rapporteur on Torture. Prime Minister Mikati left. "
        + "The Office of the President replied.")
        .tag(PERSON, "Mikati").tag(ORGANIZATION, "Office of the President"));
    Actor sg = actor(a, "secretary-general-of-the-united-nations");
    assertNotNull(sg, a.toString());
    assertEquals(2, sg.mentions(), sg.toString());
    Actor pm = actor(a, "lebanon-prime-minister");
    assertNotNull(pm, a.toString());
    assertEquals("lebanon", pm.parent());
    assertNotNull(actor(a, "special-rapporteur-on-torture"), a.toString());
    assertNotNull(actor(a, "mikati"), "before a name the office is the person's title");
    assertNotNull(actor(a, "office-of-the-president"), a.toString());
  }

  @Test
  void aStateBeforeABodysNameIsItsParentAndARepeatedHeadIsOneName() {
    List<Actor> a = actors(Fixture.of("The German Pirate Party grew. The Pirate Party voted. "
        + "Budget Review Board Budget Review Board\n\nThe Budget Review Board met.")
        .tag(ORGANIZATION, "German Pirate Party", "Pirate Party", "Budget Review Board Budget Review Board", "Budget Review Board"));
    Actor p = actor(a, "pirate-party");
    assertNotNull(p, a.toString());
    assertEquals("germany", p.parent());
    assertTrue(p.aliases().contains("German Pirate Party"), p.toString());
    assertEquals(2, actor(a, "budget-review-board").mentions(), a.toString());
  }

  @Test
  void aWebAddressIsNoLowerCaseUseAndProperNamesAreNoReverentNouns() {
    List<Actor> a = actors(Fixture.of("Reuters reported it (see www.reuters.com/world). Fighting spread across the Congo.")
        .tag(ORGANIZATION, "Reuters").tag(LOCATION, "Congo"));
    assertNotNull(actor(a, "reuters"), a.toString());
    assertNotNull(actor(a, "congo"), a.toString());
  }
}
