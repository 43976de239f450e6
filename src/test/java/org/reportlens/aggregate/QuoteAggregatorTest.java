package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.PullQuote;
import org.reportlens.model.QuoteKind;
import org.reportlens.model.QuotedClaim;

class QuoteAggregatorTest {
  private final QuoteAggregator aggregator = new QuoteAggregator();

  /** One line per quotation: "KIND speaker | cue | text". */
  private List<String> quotes(AnnotatedEssay essay, List<Actor> actors) {
    List<QuotedClaim> qs = aggregator.aggregate(essay, actors);
    for (QuotedClaim q : qs) {
      // invariants: never empty, sentence holds the quotation's first words
      assertTrue(!q.text().isBlank());
      if (q.kind() != QuoteKind.PULL_QUOTE) {
        String first = q.text().split("\\s+")[0];
        assertTrue(q.sentence().contains(first), q.sentence() + " / " + first);
      }
      if (q.kind() == QuoteKind.TITLE || q.kind() == QuoteKind.SCARE) assertNull(q.speaker());
    }
    return qs.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).map(q -> q.kind() + " " + (q.speaker() == null ? "-" : q.speaker().name()) + " | "
        + q.cue() + " | " + q.text()).toList();
  }

  private List<String> quotes(String text, String... mentions) {
    return quotes(MiniTagger.annotate(text, mentions), List.of());
  }

  @Test
  void interruptedQuotationIsOne() {
    assertEquals(List.of("DIRECT Miller | writes | Ever since our Founding, Americans have believed in limited government."),
        quotes("“Ever since our Founding,” Miller writes, “Americans have believed in limited government.”", "Miller=PERSON"));
  }

  @Test
  void quotationAcrossLineBreakWithSpeechVerbBefore() {
    assertEquals(List.of("DIRECT The minister | said | we will not yield to pressure."),
        quotes("The minister said: “we will not\nyield to pressure.”"));
  }

  @Test
  void straightQuotesAndDocumentAsSpeaker() {
    assertEquals(List.of("DIRECT the Warsaw Summit Communique | stated | decided to provide training to Iraqi forces."),
        quotes("Indeed, the Warsaw Summit Communique stated that NATO \"decided to provide training to Iraqi forces.\""));
  }

  @Test
  void editorialBracketsAndPronounResolvedToNearestPerson() {
    assertEquals(List.of("DIRECT Jane Smith | writes | [L]arge swaths of the country remain ungoverned"),
        quotes("Jane Smith studied the region. “[L]arge swaths of the country remain ungoverned,” she writes.",
            "Jane Smith=PERSON"));
  }

  @Test
  void singleQuotesInsideDoubleStayInside() {
    assertEquals(List.of("DIRECT Smith | said | The ‘peace dividend’ never came."),
        quotes("Smith said, “The ‘peace dividend’ never came.”", "Smith=PERSON"));
  }

  @Test
  void accordingTo() {
    assertEquals(List.of("DIRECT participants | according to | only provided the building"),
        quotes("NATO \"only provided the building\" according to participants."));
  }

  @Test
  void toUseSomeonesExpressionAttributesEvenAShortTerm() {
    assertEquals(List.of("DIRECT Julian Lindley-French | expression | reviewing summit"),
        quotes("The summit was, to use Julian Lindley-French’s expression, a “reviewing summit” after Wales.",
            "Julian Lindley-French=PERSON"));
  }

  @Test
  void unnamedSpeakerKeptAsWritten() {
    assertEquals(List.of("DIRECT one Kuwaiti high official | told | it is a partnership without a cause."),
        quotes("As one Kuwaiti high official told us, \"it is a partnership without a cause.\""));
  }

  @Test
  void invertedAttributionAfterTheQuote() {
    assertEquals(List.of("DIRECT the Secretary General | said | We will stay the course"),
        quotes("“We will stay the course,” said the Secretary General."));
  }

  @Test
  void participleCueTakesTheClauseSubjectWithTitle() {
    assertEquals(List.of("DIRECT Governor Lindqvist | contending | The budget is not meant for this program."),
        quotes("Governor Lindqvist rejected the idea, contending: “The budget is not meant for this program.”",
            "Lindqvist=PERSON"));
  }

  @Test
  void participleCueSkipsTheSubordinateClauseBeforeTheMainOne() {
    // the subordinate clause's subject ("the council") is not the one who argues
    assertEquals(List.of("DIRECT Mayor Alvarez | arguing | The city cannot pay for another year of this."),
        quotes("When the council was asked to extend the mandate, Mayor Alvarez flatly rejected the plan arguing: "
            + "“The city cannot pay for another year of this.”", "Alvarez=PERSON"));
    // the main verb mis-tagged as an adjective after "all but": the phrase before it is still the subject
    assertEquals(List.of("DIRECT Senator Okafor | saying | Nobody has read the bill."),
        quotes("When the bill was tabled in March, Senator Okafor all but dismissed the proposal saying: “Nobody has read the bill.”",
            "Okafor=PERSON"));
  }

  @Test
  void participleCueOverAnAppositiveAndAnAside() {
    assertEquals(List.of("DIRECT Judge Okafor | saying | We will not sign this."),
        quotes("Judge Okafor, the union's chair, turned down the offer, saying: “We will not sign this.”", "Okafor=PERSON"));
    assertEquals(List.of("DIRECT The envoy | contending | Nothing was agreed at the table."),
        quotes("The envoy walked out of the talks, as planned, contending: “Nothing was agreed at the table.”"));
  }

  @Test
  void passiveWithDocumentInOpeningPhrase() {
    assertEquals(List.of("DIRECT Article 93 of the communique | agreed | possible NATO role in the Central Mediterranean, to complement the EU mission."),
        quotes("In Article 93 of the communique, it was agreed upon a “possible NATO role in the Central Mediterranean, to complement the EU mission.”"));
  }

  @Test
  void longQuotationWithoutCueTakesTheSentenceSubject() {
    assertEquals(List.of("DIRECT EUBAM | null | plan for a possible future EU mission providing advice and capacity-building."),
        quotes("EUBAM, located in Tunis, extended its mandate to \"plan for a possible future EU mission providing advice and capacity-building.\""));
  }

  @Test
  void longUnattributedQuotationIsDirectWithoutSpeaker() {
    assertEquals(List.of("DIRECT - | null | The strategy has failed and nobody in the capital wants to admit it."),
        quotes("Critics have long been vocal. \"The strategy has failed and nobody in the capital wants to admit it.\""));
  }

  @Test
  void shortTermsAreScareQuotes() {
    assertEquals(List.of("SCARE - | null | division of labor", "SCARE - | null | boots on the ground"),
        quotes("They rejected the \"division of labor\" between allies. The minister argued at length that the so-called "
            + "“boots on the ground” approach had failed."));
  }

  @Test
  void titlesAreNeverDirect() {
    assertEquals(List.of("TITLE - | null | The Warsaw Summit and the NATO Christmas Tree"),
        quotes("See his article \"The Warsaw Summit and the NATO Christmas Tree,\" Carnegie Europe, 11 July 2016."));
    assertEquals(List.of("TITLE - | null | Toward a New Strategy for the Region"),
        quotes("The ministry said in a report entitled “Toward a New Strategy for the Region” that reform is vital."));
    assertEquals(List.of("TITLE - | null | Towards a Defense White Paper"),
        quotes("Western governments supported a new defense architecture (\"Towards a Defense White Paper\")."));
    // a work "asking" its own title is cited, not quoted; a report stating a sentence still speaks
    assertEquals(List.of("TITLE - | null | Who Lost the Arab Spring?"),
        quotes("A widely read book of the decade asked: “Who Lost the Arab Spring?”"));
    assertEquals(List.of("DIRECT The annual report | warned | the mission lacks the troops it needs."),
        quotes("The annual report warned that “the mission lacks the troops it needs.”"));
  }

  @Test
  void pullQuotesSpeakForTheAuthors() {
    var essay = MiniTagger.essay("NATO should recast its diplomatic ambition. It is not too late.",
        List.of("Ann Lee", "Bo Chan"), List.of(new PullQuote("NATO should recast its diplomatic ambition.", 6)), List.of());
    List<QuotedClaim> qs = aggregator.aggregate(MiniTagger.annotate(essay), List.of());
    assertEquals(1, qs.size());
    QuotedClaim q = qs.get(0);
    assertEquals(QuoteKind.PULL_QUOTE, q.kind());
    assertEquals("Ann Lee and Bo Chan", q.speaker().name());
    assertNull(q.cue());
    assertEquals(6, q.page());
    assertEquals("NATO should recast its diplomatic ambition.", q.sentence());
  }

  @Test
  void citationIsTheFootnoteAfterTheQuote() {
    var essay = MiniTagger.essay("As one official told us, \"it is a partnership without a cause.\"[^1] Then they left.",
        List.of(), List.of(), List.of("Interview with the author, Spring 2012."));
    QuotedClaim q = aggregator.aggregate(MiniTagger.annotate(essay), List.of()).get(0);
    assertEquals("Interview with the author, Spring 2012.", q.citation());
  }

  @Test
  void speakerLinksToActor() {
    Actor chirac = new Actor("ines-lindqvist", "Ines Lindqvist", ActorType.PERSON, List.of("Lindqvist"), 2, 0.1, null);
    Actor allies = new Actor("allies", "the allies", ActorType.GROUP, List.of(), 2, 0.1, null);
    AnnotatedEssay e = MiniTagger.annotate("Governor Lindqvist rejected it, contending: “The fund is not intended for this.” "
        + "In their communique, the allies declared that ISIS \"now represents an immediate and direct threat\" to members.",
        "Lindqvist=PERSON");
    List<QuotedClaim> qs = aggregator.aggregate(e, List.of(chirac, allies)).stream()
        .filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
    assertEquals("ines-lindqvist", qs.get(0).speaker().actorId());
    assertEquals("the allies", qs.get(1).speaker().name());
    assertEquals("allies", qs.get(1).speaker().actorId());
    assertEquals("declared", qs.get(1).cue());
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(List.of(), quotes("Europe’s allies don’t agree on the ’90s and the members’ budgets."));
  }

  // ---- the attribution sieve, one pattern each ------------------------------------------------

  private List<String> indirect(String text, String... mentions) {
    return aggregator.aggregate(MiniTagger.annotate(text, mentions), List.of()).stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT)
        .map(q -> q.speaker().name() + " | " + q.cue() + " | " + q.text()).toList();
  }

  @Test
  void speakerAfterTheQuotationWithAnAppositiveAndAMedium() {
    assertEquals(List.of("DIRECT Jane Roe | said | The rally has further to run"),
        quotes("“The rally has further to run,” Jane Roe, chief economist at Acme Ltd., said in an e-mail to clients.",
            "Jane Roe=PERSON"));
  }

  @Test
  void invertedSpeakerAfterTheVerb() {
    assertEquals(List.of("DIRECT Roe | said | We will not sign this text"),
        quotes("“We will not sign this text,” said Roe.", "Roe=PERSON"));
  }

  @Test
  void speakerCarriesOverSentencesAndParagraphsUntilAnotherTakesOver() {
    assertEquals(List.of("DIRECT Roe | said | The plan is late", "DIRECT Roe | said | It has no money.",
        "DIRECT Roe | said | Nobody wants to pay for it.", "DIRECT Doe | said | We will pay"),
        quotes("“The plan is late,” Roe said. “It has no money.”\n\n“Nobody wants to pay for it.”\n\n"
            + "“We will pay,” Doe said.", "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void colonIntroducesAQuotationInTheNextParagraph() {
    assertEquals(List.of("DIRECT the minister | released | We have no answer for the families."),
        quotes("When the talks failed, the minister released this statement:\n\n“We have no answer for the families.”"));
  }

  @Test
  void neverADateAGenericNounOrAnUnresolvedPronoun() {
    assertEquals(List.of("DIRECT - | null | the border will stay closed for a month.",
        "DIRECT - | null | we have never been consulted about the plan."),
        quotes("The 26 January announcement said: “the border will stay closed for a month.” "
            + "They said: “we have never been consulted about the plan.”"));
  }

  @Test
  void spokespersonLinkedToTheActorHeSpeaksFor() {
    Actor army = new Actor("army", "the army", ActorType.ORGANIZATION, List.of(), 2, 0.1, null);
    List<QuotedClaim> qs = aggregator.aggregate(MiniTagger.annotate(
        "“We will respond to every attack,” the army spokesperson said."), List.of(army));
    assertEquals("the army spokesperson", qs.get(0).speaker().name());
    assertEquals("army", qs.get(0).speaker().actorId());
  }

  @Test
  void aLetterBelongsToItsSignatoryNotToItsDate() {
    assertEquals(List.of("DIRECT the Permanent Representative of Freedonia | stated | violated the ceasefire."),
        quotes("In a letter dated 3 May, the Permanent Representative of Freedonia stated that the shelling "
            + "“violated the ceasefire.”"));
  }

  @Test
  void reportedSpeechWithThatAndAHearer() {
    assertEquals(List.of("Miller | writes | the agency must change its procurement rules",
        "The Government | informed | the convoy had been stopped at the border"),
        indirect("Miller writes that the agency must change its procurement rules. "
            + "The Government informed the Panel that the convoy had been stopped at the border.", "Miller=PERSON"));
  }

  @Test
  void reportedSpeechAccordingToAViewAndATrailingSpeaker() {
    assertEquals(List.of("the Panel | according to | the gangs control most of the port",
        "the minister | view | the reform came too late",
        "the envoy | said | The talks will resume next week"),
        indirect("According to the Panel, the gangs control most of the port. In the minister's view, the reform "
            + "came too late. The talks will resume next week, the envoy said."));
  }

  @Test
  void mixedQuotationKeepsTheDirectAndTheIndirect() {
    List<QuotedClaim> qs = aggregator.aggregate(MiniTagger.annotate(
        "Roe said that the United States had become a “dumping ground” for old cars.", "Roe=PERSON"), List.of());
    assertEquals(List.of("INDIRECT Roe the United States had become a “dumping ground” for old cars",
        "DIRECT Roe dumping ground"), qs.stream().map(q -> q.kind() + " " + q.speaker().name() + " " + q.text()).toList());
  }

  @Test
  void reportedContentStopsWhereTheSpeakersNextPredicateBegins() {
    assertEquals(List.of("Roe | said | he saw no reason to change the plan", "Roe | telling | the team was ready",
        "Doe | said | the vote was a step closer to a deal"),
        indirect("Roe said he saw no reason to change the plan, telling the host that the team was ready. "
            + "Doe thanked the voters and said the vote was a step closer to a deal.", "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void transcriptTurnAndHeadlineLabelTheirSpeaker() {
    assertEquals(List.of("ROE | : | I think the whole region needs to work together"),
        indirect("ROE: I think the whole region needs to work together."));
  }

  @Test
  void bareContentWithALongOrGerundSubjectAndAContinuedPredicate() {
    assertEquals(List.of("The council | says | expanding the river park will protect the wetlands",
        "Roe | said | she hired the new coach in May, but has not decided on a captain"),
        indirect("The council says expanding the river park will protect the wetlands. "
            + "Roe said that she hired the new coach in May, but has not decided on a captain.", "Roe=PERSON"));
  }

  @Test
  void attributionInsideItsContentIsSkipped() {
    assertEquals(List.of("Roe | said | The harbour deal has made the town richer"),
        indirect("The harbour deal, Roe said, has made the town richer.", "Roe=PERSON"));
  }

  @Test
  void restrictiveRelativeClauseBetweenSpeakerAndVerb() {
    assertEquals(List.of("Farm groups | say | the vote was rigged"),
        indirect("Farm groups that have endorsed him say the vote was rigged."));
  }

  @Test
  void stanceObjectEndsAtTheFirstAdjunct() {
    assertEquals(List.of("Roe | announced | her resignation from the board", "Doe | rejected | the charges about the budget"),
        indirect("Roe announced her resignation from the board, which surprised nobody. "
            + "Doe rejected the charges about the budget by pointing to the audit.", "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void appositiveWithCommasAfterTheQuotationAndParenthesisBeforeTheVerb() {
    assertEquals(List.of("DIRECT Jane Roe | said | The new rules are a first step"),
        quotes("“The new rules are a first step,” Jane Roe, assistant secretary for farms, forests, and fisheries, "
            + "said on the call.", "Jane Roe=PERSON"));
    assertEquals(List.of("Senator Jane Roe | said | the panel was ready to vote"),
        indirect("Senator Jane Roe (D-Md.), chair of the panel, said that the panel was ready to vote.", "Jane Roe=PERSON"));
  }

  @Test
  void aNameTheTaggerMistookForAnAdjectiveStillSpeaks() {
    // the entity tagger marks "Kessling" a person where the POS tagger saw an adjective before the verb
    assertEquals(List.of("DIRECT Kessling | concluded | Let us begin, with the budget."),
        quotes("“Let us begin,” Kessling concluded, “with the budget.”", "Kessling=PERSON"));
  }

  @Test
  void participleAfterAnAppositiveNameGoesToTheClauseSubject() {
    assertEquals(List.of("DIRECT Senator Roe | saying | a much better mayor"),
        quotes("Senator Roe visited the studio to discuss her rival, Jane Doe, saying she would be “a much better mayor” than him.",
            "Roe=PERSON", "Jane Doe=PERSON"));
  }

  @Test
  void chainOfTitlesGoesBackToTheName() {
    assertEquals(List.of("Jane Roe | said | the harbour will reopen"),
        indirect("Jane Roe, founder of the institute, member of the board, said that the harbour will reopen.", "Jane Roe=PERSON"));
  }

  @Test
  void answeringBackReadingAndAModifiedSpeaker() {
    assertEquals(List.of("DIRECT Roe | shot | I chose to work."),
        quotes("After the mayor criticized her, Roe shot back, “I chose to work.”", "Roe=PERSON"));
    assertEquals(List.of("DIRECT a Tuesday editorial | reads | The council has lost its way"),
        quotes("“The council has lost its way,” reads a Tuesday editorial in the local paper."));
    assertEquals(List.of("DIRECT a source involved in the talks | says | It is a way to take part"),
        quotes("“It is a way to take part,” says a source involved in the talks."));
  }

  @Test
  void blockQuotationTakesTheAttributionLineAfterOrThePersonNamedBefore() {
    String text = "In this study, Jane Roe assesses how towns share their budgets with residents.\n\n"
        + "● “Towns that publish their budgets receive more comments from residents than towns that do not.”\n\n"
        + "● “The comments are short but they are read by the council.”\n\n"
        + "“Only a tenth of the data is ever used by anyone outside the office.”\n\n"
        + "– According to Acme Research, in a survey of city halls.";
    assertEquals(List.of("DIRECT Jane Roe | null | Towns that publish their budgets receive more comments from residents than towns that do not.",
        "DIRECT Jane Roe | null | The comments are short but they are read by the council.",
        "DIRECT Acme Research | null | Only a tenth of the data is ever used by anyone outside the office."),
        quotes(text, "Jane Roe=PERSON", "Acme Research=ORGANIZATION"));
  }

  @Test
  void theyResolvesToAPairOfPersonsNamedBefore() {
    assertEquals(List.of("Jane Roe and John Doe | argue | the data should be opened to all"),
        indirect("The study by Jane Roe and John Doe is new. They argue that the data should be opened to all.",
            "Jane Roe=PERSON", "John Doe=PERSON"));
  }

  @Test
  void unpairedArchiveQuoteMarksBeforeAnInvertedSpeakerAndAPlaceInTheSpeaker() {
    // news archives write '' for the closing mark; the speaker after it is still the inverted one
    assertEquals(List.of("Jane Roe | said | ''The harbour will reopen next week,''"),
        indirect("''The harbour will reopen next week,'' said Jane Roe, the mayor.", "Jane Roe=PERSON"));
    assertEquals(List.of("Farmers in the valley | say | the river is too low"),
        indirect("Farmers in the valley say the river is too low."));
  }

  @Test
  void aWorkAndItsAuthorsSpeakForThePersonsNamedAsAuthors() {
    assertEquals(List.of("DIRECT Jane Roe and John Doe | concludes | Towns that publish their budgets receive more comments from residents."),
        quotes("A new study by Jane Roe and John Doe looks at city budgets. The paper concludes: "
            + "“Towns that publish their budgets receive more comments from residents.”", "Jane Roe=PERSON", "John Doe=PERSON"));
    assertEquals(List.of("DIRECT Jane Roe, John Doe, and Ann Poe | note | most contests reward speed over the quality of ideas."),
        quotes("The authors (Jane Roe, John Doe, and Ann Poe) start with a history.\n\n"
            + "The authors note that “most contests reward speed over the quality of ideas.”",
            "Jane Roe=PERSON", "John Doe=PERSON", "Ann Poe=PERSON"));
    assertEquals(List.of("DIRECT Dr. Roe | concludes | Towns that publish their budgets receive more comments."),
        quotes("Dr. Roe looks at city budgets in her report.\n\nThe author concludes: “Towns that publish their budgets receive more comments.”",
            "Dr. Roe=PERSON"));
    // a person named in passing is no author list: the work keeps the quotation
    assertEquals(List.of("DIRECT The report | says | Towns that publish their budgets receive more comments."),
        quotes("Jane Roe spoke at the launch. The report says: “Towns that publish their budgets receive more comments.”",
            "Jane Roe=PERSON"));
  }

  @Test
  void aColonIntroductionThatNamesOnePersonGivesTheQuotationToThem() {
    assertEquals(List.of("DIRECT Roe | null | Cities that share their data early gain the trust of residents."),
        quotes("The central lesson Roe draws from the second chapter is: “Cities that share their data early gain the trust of residents.”",
            "Roe=PERSON"));
    // two persons named: left open
    assertEquals(List.of("DIRECT - | null | Cities that share their data early gain the trust of residents."),
        quotes("The lesson Roe draws from the work of Doe is: “Cities that share their data early gain the trust of residents.”",
            "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aFragmentInTheClauseOfAVerbOfSayingIsTheSpeakersWording() {
    assertEquals(List.of("DIRECT Jane Roe | said | stalwart partners"),
        quotes("Jane Roe said in her opening remarks that the platform should reiterate the party’s support for the farmers’ “stalwart partners,” naming two.",
            "Jane Roe=PERSON"));
    assertEquals(List.of("DIRECT John Doe | said | critical part of our plan."),
        quotes("John Doe, a state official who played a role in the campaign, said the early vote is a “critical part of our plan.”",
            "John Doe=PERSON"));
    assertEquals(List.of("DIRECT Jane Roe | said | ready to govern."),
        quotes("Jane Roe, meanwhile, who has no such support, said the vote shows which candidate is “ready to govern.”",
            "Jane Roe=PERSON"));
    assertEquals(List.of("DIRECT Ann Poe | said | local values."),
        quotes("Ann Poe, head of the league which represents about 900 towns, said they plan a study on “local values.”",
            "Ann Poe=PERSON"));
    // a term in a sentence without a verb of saying stays a term
    assertEquals(List.of("SCARE - | null | critical part"), quotes("The early vote is a “critical part” of the plan."));
  }

  @Test
  void invertedSpeakerBeforeAColon() {
    assertEquals(List.of("DIRECT the mayor | Added | We will rebuild the bridge before winter."),
        quotes("Added the mayor: “We will rebuild the bridge before winter.”"));
    // the tagger reads a capitalised verb opening the line as a name: "Stated/NNP Roe/NNP:"
    assertEquals(List.of("DIRECT Roe | Stated | We will rebuild the bridge before winter."),
        quotes("Stated Roe:\n\n“We will rebuild the bridge before winter.”", "Roe=PERSON"));
    assertEquals(List.of("DIRECT Doe | Continued | We will rebuild the bridge before winter."),
        quotes("Continued Doe: “We will rebuild the bridge before winter.”"));
  }

  @Test
  void aRunInHeadlineSpeaksForTheQuotationsOfItsDigestItem() {
    assertEquals(List.of("DIRECT CITIES VOTE ON BUDGETS | null | Residents want a say in how their taxes are spent, and the councils are listening."),
        quotes("CITIES VOTE ON BUDGETS “Residents want a say in how their taxes are spent, and the councils are listening.” [Daily.]"));
    // an acronym opening an ordinary sentence is no headline
    assertEquals(List.of("DIRECT - | null | Residents want a say in how their taxes are spent, and the councils are listening."),
        quotes("NATO staff met in May. “Residents want a say in how their taxes are spent, and the councils are listening.”"));
  }

  @Test
  void theyReachesBackToAListOfAuthors() {
    assertEquals(List.of("DIRECT Jane Roe, John Doe and Ann Poe | argue | Open budgets bring more comments from residents than closed ones."),
        quotes("The report by Jane Roe, John Doe and Ann Poe is long. It has ten chapters. The first covers towns. "
            + "The second covers cities. The third covers farms. Open data is essential, they argue, because: "
            + "“Open budgets bring more comments from residents than closed ones.”",
            "Jane Roe=PERSON", "John Doe=PERSON", "Ann Poe=PERSON"));
  }

  @Test
  void twoSentencesBetweenQuotationsAreNoInterruption() {
    assertEquals(List.of("DIRECT Roe | said | The plan is late", "DIRECT Doe | said | We will vote on it in May."),
        quotes("“The plan is late,” Roe said. Doe, speaking to voters, said, “We will vote on it in May.”",
            "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aQuotationThatIsASentenceOfItsOwnIsSpeechAndTakesTheSpeakerCarried() {
    assertEquals(List.of("DIRECT Ann Poe | said | We need two people with the knowledge to do it",
        "DIRECT Ann Poe | said | That’s Jane Roe and John Doe.", "DIRECT Ann Poe | said | Maybe the only two."),
        quotes("“We need two people with the knowledge to do it,” said Ann Poe. “That’s Jane Roe and John Doe.” “Maybe the only two.”",
            "Ann Poe=PERSON", "Jane Roe=PERSON", "John Doe=PERSON"));
    // a quotation closed by its full stop: the clause after it (unsplit by the tagger) does not take the speech over
    assertEquals(List.of("DIRECT Roe | told | He had a lot going on at home",
        "DIRECT Roe | told | He dropped his son off at school that morning."),
        quotes("“He had a lot going on at home,” Roe told me. “He dropped his son off at school that morning.”The senator paused and recalled the day.",
            "Roe=PERSON"));
  }

  @Test
  void aSpeakerInTheNextSentenceOnlyWhenItsVerbClosesTheClause() {
    assertEquals(List.of("DIRECT Jane Roe | asked | Is the plan akin to a breach of law?"),
        quotes("“Is the plan akin to a breach of law?” asked Jane Roe, a lawyer at Acme.", "Jane Roe=PERSON"));
    assertEquals(List.of("DIRECT Roe | asked | Did you know it was late?"),
        quotes("“Did you know it was late?” Roe asked the mogul.", "Roe=PERSON"));
    // "He also said ..." reports something new: the quotation keeps the participle's host, not the name inside it
    assertEquals(List.of("DIRECT Roe | saying | the advice I give to Doe is to Doe."),
        quotes("Roe rejected the idea, saying, “the advice I give to Doe is to Doe.” He also said the plan will fail.",
            "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aParticipleAfterWithAndANounPhraseHasThatPhraseAsSubject() {
    assertEquals(List.of("DIRECT Senator Jane Roe | calling | Chinese menu."),
        quotes("Senators were irritated by the plan, with Senator Jane Roe calling it a “Chinese menu.”", "Jane Roe=PERSON"));
  }

  @Test
  void theObjectOfAVerbBeforeTheQuotationIsNoSpeaker() {
    // "to demand wealthy voters “...”": the voters are the object; the sentence's subject is the source
    assertEquals(List.of("DIRECT Roe | null | pay their fair share into the system. My plan would lift the cap."),
        quotes("Roe used the question to demand wealthy voters “pay their fair share into the system. My plan would lift the cap.”",
            "Roe=PERSON"));
  }

  @Test
  void aPronounTakesTheSubjectOverANearerPossessorOrObject() {
    assertEquals(List.of("DIRECT Jane Roe | said | It is a good plan"),
        quotes("Jane Roe praised John Doe’s plan. “It is a good plan,” she said.", "Jane Roe=PERSON", "John Doe=PERSON"));
    // a name inside the quotation is someone's words, not the narrative's referent
    assertEquals(List.of("DIRECT Roe | said | The advice I give to Doe is to Doe"),
        quotes("Roe rejected the idea. “The advice I give to Doe is to Doe,” he said.", "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aPronounSkipsAPersonTheEssayGivesTheOtherGender() {
    assertEquals(List.of("DIRECT John Doe | said | It is a good plan"),
        quotes("Jane Roe said she agreed. John Doe said he would run. Jane Roe met John Doe on Monday. “It is a good plan,” he said.",
            "Jane Roe=PERSON", "John Doe=PERSON"));
  }

  @Test
  void aQuotationOpeningItsSentenceTakesTheSpeakerOfTheSentenceBefore() {
    assertEquals(List.of("DIRECT Jane Roe | said | There are no paper ballots to count."),
        quotes("Jane Roe, the party’s spokeswoman, said in a statement. “There are no paper ballots to count.”", "Jane Roe=PERSON"));
    // the sentence before must speak
    assertEquals(List.of("DIRECT - | null | There are no paper ballots to count."),
        quotes("Jane Roe met the press. “There are no paper ballots to count.”", "Jane Roe=PERSON"));
  }

  @Test
  void aVerbInTheNextSentenceThatIntroducesItsOwnQuotationIsNotTheSpeakerBefore() {
    assertEquals(List.of("DIRECT Roe | responded | Why now?", "DIRECT Doe | answered | You look fine."),
        quotes("Roe responded to Doe with, “Why now?” Doe answered, “You look fine.”", "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aNameInAppositionToADescriptionSpeaksWithIt() {
    assertEquals(List.of("DIRECT One pastor backing the senator, Jane Doe of Liberty Church | said | We will win this county."),
        quotes("One pastor backing the senator, Jane Doe of Liberty Church, said: “We will win this county.”", "Jane Doe=PERSON"));
    // two names in a row are a list, not an apposition
    assertEquals(List.of("DIRECT Jane Doe | said | We will win this county."),
        quotes("Jane Doe said: “We will win this county.”", "Jane Doe=PERSON"));
  }

  @Test
  void aPlaceAfterTheOpenersPlaceAndAQuotationOpeningTheSentenceAreNoSubjects() {
    assertEquals(List.of("Jane Roe | told | the plant would close"),
        indirect("In Troy, Ohio, Jane Roe told reporters that the plant would close.", "Jane Roe=PERSON", "Ohio=STATE_OR_PROVINCE"));
    assertEquals(List.of("Roe | said | a better offer could help the city"),
        indirect("“Doe is not able to lead them,” Roe said, suggesting that a better offer could help the city.",
            "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aFragmentTakesItsOwnVerbOfSayingBeforeAReportAroundIt() {
    // the report is Roe's, the fragment the wording of the one who called the deal so
    assertEquals(List.of("DIRECT Doe | blasted | an absolute disgrace."),
        quotes("Roe said Doe blasted the deal to close the plant as “an absolute disgrace.”", "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void aPlaceWithItsStateInsideAnAppositiveIsPassedOver() {
    assertEquals(List.of("DIRECT Roe | slammed | lesbianism and abortion"),
        quotes("Roe, who is a pastor at the church of Elizabeth, Colorado, slammed the group for promoting “lesbianism and abortion” on Monday.",
            "Roe=PERSON", "Colorado=LOCATION"));
  }

  // ---- works introduced with their authors (a review quotes the work it introduces) ----------

  @Test
  void quotationOfAWorkIntroducedWithTheirAuthors() {
    assertEquals(List.of("DIRECT Jane Roe and John Doe | null | Budgets that are published early draw more comments than late ones."),
        quotes("In their new paper, Jane Roe and John Doe look at city budgets.\n\nMost towns publish too little.\n\n"
            + "“Budgets that are published early draw more comments than late ones.”", "Jane Roe=PERSON", "John Doe=PERSON"));
  }

  @Test
  void quotationOfAWorkWrittenByAParenthesisOfNames() {
    // the entity tagger found one of the names only: the parenthesis of names is the author list
    assertEquals(List.of("DIRECT Ann Roe, Dan Poe, and Cy Doe | null | Most towns publish their budgets too late for comments."),
        quotes("Written by a team from two universities (Ann Roe, Dan Poe, and Cy Doe), the paper looks at budgets.\n\n"
            + "The towns vary.\n\n“Most towns publish their budgets too late for comments.”", "Dan Poe=PERSON"));
  }

  @Test
  void quotationOfAnAddressNamedByItsSpeakersPossessive() {
    assertEquals(List.of("DIRECT Ann Roe | null | We will meet the demands of our time together."),
        quotes("From President Ann Roe’s inaugural address was a line.\n\nThe crowd was large.\n\n"
            + "“We will meet the demands of our time together.”", "Ann Roe=PERSON"));
  }

  @Test
  void quotationOfAnArticleItsAuthorsPublished() {
    assertEquals(List.of("DIRECT Ann Roe | null | Open data reduces the cost of oversight for every citizen."),
        quotes("Ann Roe, a professor at Acme, and Bo Doe, a lawyer, recently published an article on open data.\n\n"
            + "The article is short.\n\n“Open data reduces the cost of oversight for every citizen.”", "Ann Roe=PERSON", "Bo Doe=PERSON"));
  }

  @Test
  void aPersonNamedNearAWorkIsNotItsAuthor() {
    assertEquals(List.of("DIRECT - | null | Open data reduces the cost of oversight for every citizen."),
        quotes("The paper was discussed at a meeting where Ann Roe spoke.\n\nThe towns vary.\n\n"
            + "“Open data reduces the cost of oversight for every citizen.”", "Ann Roe=PERSON"));
  }

  // ---- citations, documents, words owned, relative and reflexive subjects ----------------------

  @Test
  void courtCitationOfASeparateOpinionGivesTheJustice() {
    assertEquals(List.of("DIRECT Justice Roe | null | Congress has the power to define injuries that give rise to a case."),
        quotes("The point is settled. “Congress has the power to define injuries that give rise to a case.” "
            + "Smith v. Jones, 500 U. S., at 80 (ROE, J., concurring)."));
  }

  @Test
  void authorDateCitationAfterAQuotationGivesItsAuthors() {
    assertEquals(List.of("DIRECT Roe, Doe, and Poe | null | decision support for leaders at every level of the state"),
        quotes("Agencies will need shared tools for “decision support for leaders at every level of the state” (Roe, Doe, and Poe 2020)."));
    // a page number in the reference does not make the sentence a bibliography entry
    assertEquals(List.of("DIRECT Ann Roe | writes | approaches will need to be adapted to each city"),
        quotes("Ann Roe writes that “approaches will need to be adapted to each city” (Roe et al. 2020, p. 12).", "Ann Roe=PERSON"));
  }

  @Test
  void aLawIsTheSourceOfTheWordsItLaysDown() {
    assertEquals(List.of("DIRECT Section 5 of the Trade Act | prohibits | unfair or deceptive acts or practices in or affecting commerce."),
        quotes("The agency enforces Section 5 of the Trade Act, which prohibits “unfair or deceptive acts or practices in or affecting commerce.”"));
    assertEquals(List.of("DIRECT the law | requires | which is necessary for the authorities to do their work"),
        quotes("In addition, the law requires providers to supply any other information “which is necessary for the authorities to do their work” at once."));
    // a person who requires something is not quoting a text
    assertEquals(List.of("DIRECT - | null | report every contact with lobbyists to the ethics office."),
        quotes("The minister requires that staff “report every contact with lobbyists to the ethics office.”"));
  }

  @Test
  void aVerbInTheNextSentenceWithItsOwnContentDoesNotAnswerTheQuotation() {
    assertEquals(List.of("DIRECT - | null | unfair or deceptive acts or practices in commerce."),
        quotes("The agency acts against “unfair or deceptive acts or practices in commerce.” Officials told us that failures can be unfair."));
  }

  @Test
  void theOwnerOfTheWordsInAColonIntroductionSpeaks() {
    assertEquals(List.of("DIRECT The council | response | Nothing in the evidence supports a change of course."),
        quotes("The council studied the question for a year. The council’s response was unequivocal: “Nothing in the evidence supports a change of course.”"));
  }

  @Test
  void relativeAndReflexiveSubjectsOfAVerbOfWriting() {
    assertEquals(List.of("DIRECT Ann Roe | writes | where a state is unable to act, others will step in."),
        quotes("The tension is captured by Ann Roe who writes “where a state is unable to act, others will step in.”", "Ann Roe=PERSON"));
    assertEquals(List.of("DIRECT Roe | writes | the real negotiations will focus on the credit."),
        quotes("As Roe himself writes, “the real negotiations will focus on the credit.”", "Roe=PERSON"));
  }

  @Test
  void perSourceBeforeTheQuotation() {
    assertEquals(List.of("DIRECT Acme | per | one of the most cited economists of her generation"),
        quotes("Ann Roe is, per Acme, “one of the most cited economists of her generation” and a prolific author.", "Ann Roe=PERSON"));
  }

  @Test
  void theObjectOfQuotesAsSayingSpeaks() {
    assertEquals(List.of("DIRECT Bo Doe | saying | In one year the council passes just a few rules."),
        quotes("The article quotes Bo Doe, co-founder of the lab saying “In one year the council passes just a few rules.”",
            "Bo Doe=PERSON"));
  }

  @Test
  void thePanelSpeaksForWhoeverConvenedIt() {
    assertEquals(List.of("DIRECT The panel (Ann Roe) | starts | How do individuals contribute to the data they use?"),
        quotes("Ann Roe from the Open Lab has organized a panel focused on civic data. "
            + "The panel starts from the following questions: “How do individuals contribute to the data they use?”",
            "Ann Roe=PERSON"));
    // a body called "the Panel" speaks for itself
    assertEquals(List.of("DIRECT The Panel | notes | Most of the weapons came from a single depot."),
        quotes("Ann Roe has organized a panel on arms. The Panel notes: “Most of the weapons came from a single depot.”",
            "Ann Roe=PERSON"));
  }

  @Test
  void justiceCitationInMixedCaseAndAWorkIntroducedAfterTheQuotation() {
    assertEquals(List.of("DIRECT Justice Roe | null | Congress has the power to define injuries that give rise to a case."),
        quotes("The point is settled. “Congress has the power to define injuries that give rise to a case.” "
            + "Smith v. Jones, 500 U. S., at 80 (Roe, J., concurring in part and concurring in judgment)."));
    assertEquals(List.of("DIRECT Jane Roe and John Doe | null | Institutions are embedded in the cultures of their time"),
        quotes("In recognition that, “Institutions are embedded in the cultures of their time,” Jane Roe and John Doe’s new paper "
            + "on reform looks at institutions.", "Jane Roe=PERSON", "John Doe=PERSON"));
  }

  @Test
  void aColonIntroductionGoesBeforeTheSpeakerCarriedFromAnEarlierQuotation() {
    assertEquals(List.of("DIRECT Ann Roe | wrote | a modest start",
        "DIRECT Bo Doe | argues | In essence the plan tests new ideas on a small scale before spreading them."),
        quotes("Ann Roe wrote about the plan, “a modest start” for the city. In the blog entry, Bo Doe argues:\n\n"
            + "“In essence the plan tests new ideas on a small scale before spreading them.”", "Ann Roe=PERSON", "Bo Doe=PERSON"));
  }

  @Test
  void aColonIntroductionWhoseSentenceWasSplitAfterATitle() {
    assertEquals(List.of("TITLE - | null | How Do We Know?",
        "DIRECT Ann Roe | null | At this stage we need a clear distinction between the two kinds of advice."),
        quotes("Research Fellow Ann Roe, author of “How Do We Know?” describes the challenge as follows:\n\n"
            + "“At this stage we need a clear distinction between the two kinds of advice.”", "Ann Roe=PERSON"));
  }

  @Test
  void aClauseQuotedFarIntoTheClauseOfAVerbOfSaying() {
    assertEquals(List.of("DIRECT the company’s chair | testified | ISA failed to deliver on its goal to adopt the code in 2020."),
        quotes("However, the company’s chair testified in a House Natural Resources Subcommittee on Oversight and Investigation "
            + "hearing in the last Congress that the “ISA failed to deliver on its goal to adopt the code in 2020.”"));
  }

  @Test
  void aWorkWrittenByItsAuthorSpeaksForThem() {
    assertEquals(List.of("DIRECT rapporteur Ann Roe | written | tangible, meaningful solutions to immediate problems facing the movement"),
        quotes("The forum report, written by rapporteur Ann Roe, lists a series of “tangible, meaningful solutions to immediate problems facing the movement” for cities.",
            "Ann Roe=PERSON"));
  }

  @Test
  void aPronounIntroducingAQuotationRefersToTheLastSpeaker() {
    assertEquals(List.of("DIRECT Jane Roe and John Doe | examines | How can policy stay true to democratic values?",
        "DIRECT Jane Roe and John Doe | make | Although rules may require expertise, that fact does not negate the need for participation."),
        quotes("Jane Roe and John Doe’s new article, from the Acme Journal, examines the following question: "
            + "“How can policy stay true to democratic values?” In answering the question, they make the point that: "
            + "“Although rules may require expertise, that fact does not negate the need for participation.”",
            "Jane Roe=PERSON", "John Doe=PERSON", "Acme Journal=ORGANIZATION"));
  }

  @Test
  void aPostOrAWorkNamedInPassingIsNoIntroduction() {
    // "his post" is a job, and the report is not what the economist wrote
    assertEquals(List.of("DIRECT - | null | Open data reduces the cost of oversight for every citizen."),
        quotes("Ann Roe was nominated for his post in 2011.\n\nThe towns vary.\n\n"
            + "“Open data reduces the cost of oversight for every citizen.”", "Ann Roe=PERSON"));
    assertEquals(List.of("DIRECT - | null | Open data reduces the cost of oversight for every citizen."),
        quotes("Ann Roe wrote after the jobs report was published.\n\nThe towns vary.\n\n"
            + "“Open data reduces the cost of oversight for every citizen.”", "Ann Roe=PERSON"));
  }

  @Test
  void aVerbOfSayingInAColonIntroductionGoesBeforeTheVerbOfItsContent() {
    assertEquals(List.of("DIRECT Ann Roe | states | volunteers who were not tied to any authority were the most effective."),
        quotes("Ann Roe states the strength of the Acme Group came from its roots: "
            + "“volunteers who were not tied to any authority were the most effective.”", "Ann Roe=PERSON", "Acme Group=ORGANIZATION"));
  }

  @Test
  void aPhraseForAWorkRefersOnlyToAWorkOfItsKind() {
    // a survey is not the economist's blog
    assertEquals(List.of("DIRECT The survey | says | people had more confidence in their finances this year."),
        quotes("Ann Roe wrote on her blog that wages rise.\n\nThe survey says: “people had more confidence in their finances this year.”",
            "Ann Roe=PERSON"));
    // "by quoting Doe": Doe is quoted, not the speech's author
    assertEquals(List.of("DIRECT - | null | Open data reduces the cost of oversight for every citizen."),
        quotes("Ann Roe ended the speech by quoting Bo Doe.\n\nThe towns vary.\n\n"
            + "“Open data reduces the cost of oversight for every citizen.”", "Ann Roe=PERSON", "Bo Doe=PERSON"));
  }

  @Test
  void aWorkIntroducedEarlierGivesWayToASpeakerQuotedSince() {
    assertEquals(List.of("DIRECT the document | states | Family leave",
        "DIRECT the document | states | after one year of employment, up to twelve weeks of unpaid leave"),
        quotes("In her new book, Ann Roe looks at benefits.\n\nThe towns vary.\n\n"
            + "“Family leave,” the document states, becomes available “after one year of employment, up to twelve weeks of unpaid leave”.",
            "Ann Roe=PERSON"));
  }

  @Test
  void theAuthorQuotedSinceKeepsTheWorkItsAuthors() {
    assertEquals(List.of("DIRECT Ann Roe | argues | Most programs fail because nobody measures what they change.",
        "DIRECT Ann Roe and Bo Doe | null | New evaluation models need to be devised for every program."),
        quotes("A piece written by Ann Roe from the book by Ann Roe and Bo Doe lists problems.\n\n"
            + "Ann Roe argues: “Most programs fail because nobody measures what they change.”\n\nThe towns vary.\n\n"
            + "“New evaluation models need to be devised for every program.”", "Ann Roe=PERSON", "Bo Doe=PERSON"));
  }
}
