package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.QuoteKind;

/** Reported speech (quotedClaims of kind indirect), one pattern of the language per test, on sentences written here. */
class ReportedSpeechTest {
  private final QuoteAggregator aggregator = new QuoteAggregator();

  /** One line per indirect quotation: "speaker | cue | content". */
  private List<String> indirect(String text, String... mentions) {
    return aggregator.aggregate(MiniTagger.annotate(text, mentions), List.of()).stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT)
        .map(q -> (q.speaker() == null ? "-" : q.speaker().name()) + " | " + q.cue() + " | " + q.text()).toList();
  }

  @Test
  void mainClauseSubjectOverALongAppositiveAnAgeAndADashPair() {
    assertEquals(List.of("Jane Roe | says | the town needs a market"),
        indirect("Jane Roe, the owner of a bakery who opened a second shop in May, says the town needs a market.",
            "Jane Roe=PERSON"));
    assertEquals(List.of("John Doe | said | he had paid the fine"),
        indirect("As part of the deal, John Doe, 44, said that he had paid the fine.", "John Doe=PERSON"));
    assertEquals(List.of("Roe | told | the plan was dead"),
        indirect("Roe — after a long pause — told us that the plan was dead.", "Roe=PERSON"));
  }

  @Test
  void twoTitlesJoinedBeforeOneNameGiveTheName() {
    assertEquals(List.of("former teacher Jane Roe | said | the strike would end"),
        indirect("Union leader and former teacher Jane Roe said the strike would end.", "Jane Roe=PERSON"));
  }

  @Test
  void coordinatedSubjectSpeaksThroughItsFirstMember() {
    assertEquals(List.of("Farmers | say | the road must be rebuilt"),
        indirect("Farmers, traders and their unions say that the road must be rebuilt."));
  }

  @Test
  void aVerbInsideARelativeClauseIsNotTheCue() {
    assertEquals(List.of("The teacher | said | the school was closed"),
        indirect("The teacher, a union member who spoke on the condition of anonymity, said the school was closed."));
  }

  @Test
  void bareContentWithAPossessiveALongSubjectOrADemonstrative() {
    assertEquals(List.of("The officials | said | the minister’s visit to the northern provinces of the country was cancelled"),
        indirect("The officials said the minister’s visit to the northern provinces of the country was cancelled."));
    assertEquals(List.of("Roe | told | this was the last chance"),
        indirect("Roe told reporters this was the last chance.", "Roe=PERSON"));
  }

  @Test
  void aParticipleTagAfterTheContentSubjectIsItsPastTenseUnlessAVerbFollows() {
    assertEquals(List.of("Roe | said | the city allotted more than $5 million to the parks last year"),
        indirect("Roe said the city allotted more than $5 million to the parks last year.", "Roe=PERSON"));
    // a reduced relative has its own finite verb later, which makes the clause
    assertEquals(List.of("Roe | said | the money allotted last year was spent"),
        indirect("Roe said the money allotted last year was spent.", "Roe=PERSON"));
  }

  @Test
  void aParticipleTagAfterAnAppositiveIsTheSentencesPastTense() {
    assertEquals(List.of("Jane Roe | urged | the council to drop the fee", "Jane Roe | said | the vote had been rushed"),
        indirect("Jane Roe, a spokeswoman for the mayor, urged the council to drop the fee and said the vote had been rushed.",
            "Jane Roe=PERSON"));
    // a passive participle between commas stays one: nobody urged anything here
    assertEquals(List.of(), indirect("The fee, urged by the council, was dropped in May."));
  }

  @Test
  void aCorrelativeOpensACoordinatedContentSubject() {
    assertEquals(List.of("Doe | said | both he and Roe promised as candidates to lower the tax"),
        indirect("Doe said both he and Roe promised as candidates to lower the tax.", "Doe=PERSON"));
  }

  @Test
  void theSubjectSpeaksNotAMemberNamedInItsAsideNorAReducedRelative() {
    assertEquals(List.of("The veterans | said | they had no problem with the plan"),
        indirect("The veterans, including Jane Doe, said they had no problem with the plan.", "Jane Doe=PERSON"));
    // "interviewed" tagged as a past tense opens a reduced relative, not the main clause's predicate
    assertEquals(List.of("The veterans | said | they had no problem with the plan"),
        indirect("The veterans interviewed at rallies in Ohio this week said they had no problem with the plan."));
    // a past tense joined to the cue by "and" stays the first predicate
    assertEquals(List.of("Roe | said | the roof was unsafe"),
        indirect("Roe visited the site and said the roof was unsafe.", "Roe=PERSON"));
    // the cue in a subordinate clause has its own subject
    assertEquals(List.of("Doe | said | he was pleased"),
        indirect("The owners weighed in on Monday, hours after Doe said he was pleased.", "Doe=PERSON"));
  }

  @Test
  void anAdverbAfterTheVerbAndAFreeRelativeAfterAnAsideOpenTheContent() {
    assertEquals(List.of("Roe | said | they did not want a new road"),
        indirect("Roe has said repeatedly they did not want a new road.", "Roe=PERSON"));
    assertEquals(List.of("Roe | reiterated | in retrospect, what she did with her server was a mistake and she would do things differently"),
        indirect("Roe reiterated that, in retrospect, what she did with her server was a mistake and she would do things differently.",
            "Roe=PERSON"));
  }

  @Test
  void aSecondPredicateAfterADashAsideSpeaksForTheMainSubject() {
    assertEquals(List.of("The judge | said | she regretted her remarks", "The judge | promised | to stay out of the race"),
        indirect("The judge — who has been in a feud with the mayor for days — said she regretted her remarks and promised to stay out of the race."));
  }

  @Test
  void aReportedQuestionOpensWithItsQuestionWord() {
    assertEquals(List.of("The group | asked | whether the candidates supported the tax"),
        indirect("The group asked whether the candidates supported the tax."));
    assertEquals(List.of("Roe | asked | why the road was closed"),
        indirect("Roe asked the mayor why the road was closed.", "Roe=PERSON"));
    assertEquals(List.of("a reporter | asked | if the road would reopen"),
        indirect("When a reporter asked Roe if the road would reopen, Roe changed the subject.", "Roe=PERSON"));
  }

  @Test
  void madeItClearTakesABareClause() {
    assertEquals(List.of("many members | clear | they did not agree with the choice"),
        indirect("But many members made it clear they did not agree with the choice."));
    assertEquals(List.of(), indirect("The union made it clear and simple."));
  }

  @Test
  void accordingToAfterAnOpenerReportsTheSentenceAroundIt() {
    assertEquals(List.of("the council | according to | Since last May the city has closed four schools"),
        indirect("Since last May, according to the council, the city has closed four schools.", "the council=ORGANIZATION"));
    assertEquals(List.of("a newly uncovered email | according to | The troops were ready"),
        indirect("The troops were ready, according to a newly uncovered email."));
    assertEquals(List.of("local and national officials | according to | Roe needs to win the state"),
        indirect("Roe needs to win the state, according to local and national officials.", "Roe=PERSON"));
    assertEquals(List.of("her sister Jane Doe | according to | Roe was on the flight"),
        indirect("Roe was on the flight, according to an interview her sister Jane Doe gave to a newspaper.",
            "Roe=PERSON", "Jane Doe=PERSON"));
    // after a clause, the clause before is the content
    assertEquals(List.of("the council | according to | The city has closed four schools"),
        indirect("The city has closed four schools, according to the council.", "the council=ORGANIZATION"));
  }

  @Test
  void anArmedAttackIsNoStance() {
    assertEquals(List.of(), indirect("Gunmen attacked a police compound in the north on Monday."));
    assertEquals(List.of(), indirect("The rebels attacked the town of Doeville."));
    assertEquals(List.of("Roe | attacked | the mayor for the budget cuts"),
        indirect("Roe attacked the mayor for the budget cuts.", "Roe=PERSON"));
  }

  @Test
  void aMisreadPastTenseWithItsObjectMakesTheContentBeforeATrailingVerbAClause() {
    assertEquals(List.of("the report | said | In all, hackers compromised 12 workstations and 10 servers"),
        indirect("In all, hackers compromised 12 workstations and 10 servers, the report said."));
  }

  @Test
  void aShareOfThePeoplePolledAndAnExampleListInsideTheContentSubject() {
    assertEquals(List.of("Some 56 percent of voters polled | said | they were less likely to vote"),
        indirect("Some 56 percent of voters polled said they were less likely to vote."));
    assertEquals(List.of("Those surveyed | say | the economy, including jobs and the minimum wage, should be the first priority"),
        indirect("Those surveyed say the economy, including jobs and the minimum wage, should be the first priority."));
  }

  @Test
  void aRelativeClauseInsideTheContentSubject() {
    assertEquals(List.of("Doe | said | many of those who worshiped there on Friday are trying to raise money"),
        indirect("Doe said many of those who worshiped there on Friday are trying to raise money.", "Doe=PERSON"));
    // an inverted speaker's relative clause with a second verb of its own is no content: the report is the trailing one
    assertEquals(List.of("an official | said | The fine was small"),
        indirect("The fine was small, said an official who oversaw the inquiry and described it as mild."));
    // the hearer's relative clause before no other verb is no content
    assertEquals(List.of(), indirect("Doe told reporters who asked about the fire.", "Doe=PERSON"));
  }

  @Test
  void theObjectOfARelativeClauseInTheSubjectDoesNotSpeak() {
    assertEquals(List.of("some who advocate free speech | argue | the rule puts firms in a difficult spot"),
        indirect("But some who advocate free speech argue that the rule puts firms in a difficult spot."));
    assertEquals(List.of("Some in the Republican establishment | say | the fee could harm trade"),
        indirect("Some in the Republican establishment say the fee could harm trade."));
    assertEquals(List.of("Shop owners | warn | the fee could harm trade"),
        indirect("Shop owners who rely on tourists warn that the fee could harm trade."));
  }

  @Test
  void aPleaReportsWhatWasAdmitted() {
    assertEquals(List.of("Doe | pleaded to | a charge of fraud"),
        indirect("Doe pleaded guilty to a charge of fraud.", "Doe=PERSON"));
  }

  @Test
  void asTheSpeakerNotedOpensTheContent() {
    assertEquals(List.of("Roe | noted | most families cannot move"),
        indirect("Rents are rising, and as Roe noted, most families cannot move.", "Roe=PERSON"));
  }

  @Test
  void trailingAttributionWithACoordinatedSubjectAndAClauseAfterIt() {
    // the clause after the attribution is the speakers' too: news writes the attribution inside the statement
    assertEquals(List.of("former officials | said | The bridge will reopen in May and the ferry will stop"),
        indirect("The bridge will reopen in May, current and former officials said, and the ferry will stop."));
  }

  @Test
  void speechVerbWithAPrepositionReportsItsObject() {
    assertEquals(List.of("Roe | talked about | the cost of the new stadium", "Doe | warned of | a shortage of teachers"),
        indirect("Roe talked about the cost of the new stadium. Doe warned of a shortage of teachers.",
            "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void stanceObjectKeepsItsAsPredicateAndAnInfinitiveCueTakesTheSubjectOfItsVerb() {
    assertEquals(List.of("Doe | mocked | the plan as a gift to the banks"),
        indirect("Doe mocked the plan as a gift to the banks.", "Doe=PERSON"));
    assertEquals(List.of("Roe | argue | the school needs more money"),
        indirect("Roe continued to argue that the school needs more money.", "Roe=PERSON"));
  }

  @Test
  void trailingAttributionNeedsAClauseBeforeItAndNoObjectAfterIt() {
    assertEquals(List.of("the mayors | attacked | each other over the budget"),
        indirect("The talks ended, as the mayors attacked each other over the budget."));
    assertEquals(List.of("Roe | said | she will run again"),
        indirect("Roe, in her speech, said she will run again.", "Roe=PERSON"));
  }

  @Test
  void aTranscriptTurnRunsOverItsParagraph() {
    assertEquals(List.of("ROE | : | I think the plan is late. It has no money. We will fix it",
        "DOE | : | We will not pay for it"),
        indirect("ROE: I think the plan is late. It has no money. We will fix it.\n\nDOE: We will not pay for it."));
  }

  @Test
  void aStanceObjectKeepsItsReasonAndTimeButNotTheMannerOfSpeaking() {
    assertEquals(List.of("Roe | attacked | the plan for night flights because of the noise over the town"),
        indirect("Roe attacked the plan for night flights because of the noise over the town.", "Roe=PERSON"));
  }

  @Test
  void speakerAfterTheContentOverCoordinatedTitlesAndNotIntoTheContent() {
    assertEquals(List.of("lobbyist and strategist Jane Roe | said | The firm lobbied for the casino"),
        indirect("The firm lobbied for the casino, said lobbyist and strategist Jane Roe.", "Jane Roe=PERSON"));
    assertEquals(List.of("a former official | said | The request would be reviewed by the Justice Department"),
        indirect("The request would be reviewed by the Justice Department, a former official said."));
  }

  @Test
  void aNameBeforeTheVerbIsNotGivenUpForACommonPhraseInTheOpener() {
    assertEquals(List.of("Roe | defended | his decision to run"),
        indirect("In a square with a theater, a church and cafés, Roe defended his decision to run.", "Roe=PERSON"));
  }

  @Test
  void theClauseAfterACommaAndAConjunctionHasItsOwnSubject() {
    assertEquals(List.of("Jane Roe | says | she was lost in her first year"),
        indirect("Few mayors would admit this, but Jane Roe (a lawyer so young that she has been taken for an intern) says "
            + "she was lost in her first year.", "Jane Roe=PERSON"));
  }

  @Test
  void aPossessorStatesTheContentOfAClaimNoun() {
    assertEquals(List.of("Roe | claim | the vote was rigged", "Roe | refusal | to provide the budget"),
        indirect("Roe's claim that the vote was rigged surprised nobody. Roe met the council. Her refusal to provide the budget "
            + "angered the unions.", "Roe=PERSON"));
  }

  @Test
  void accordingToADocumentAndWhoIssuedIt() {
    assertEquals(List.of("a report from the Acme Institute | according to | The harbour lost money in May"),
        indirect("The harbour lost money in May, according to a report from the Acme Institute.",
            "Acme Institute=ORGANIZATION"));
  }

  @Test
  void accordingToAnySourceWithItsPostModifiersToTheSentenceEnd() {
    assertEquals(List.of("an official who spoke on condition of anonymity | according to | The harbour lost money in May"),
        indirect("The harbour lost money in May, according to an official who spoke on condition of anonymity."));
    assertEquals(List.of("new data | according to | the mayor is leading the race"),
        indirect("According to new data, the mayor is leading the race."));
    assertEquals(List.of(), indirect("The trains ran on time all week, according to plan."));
  }

  @Test
  void aSpeakerPhraseKeepsAComplementOpenedByADeterminer() {
    assertEquals(List.of("The leaders of the unions | warning | the bridge would close"),
        indirect("The leaders of the unions gathered, warning that the bridge would close."));
  }

  @Test
  void shortAgentNounsAndTheSidesOfADisputeSpeak() {
    assertEquals(List.of("Shoe makers | argue | the tariff will cost jobs"),
        indirect("Shoe makers argue that the tariff will cost jobs."));
    assertEquals(List.of("Each side | said | the talks had failed"), indirect("Each side said the talks had failed."));
    assertEquals(List.of(), indirect("The river said the town would flood soon."));
    assertEquals(List.of("the admiral | said | the fleet would sail"), indirect("In May, the admiral said the fleet would sail."));
    assertEquals(List.of("an adviser to the governor | said | the budget was late"),
        indirect("In May, an adviser to the governor said the budget was late."));
  }

  @Test
  void anInvertedAttributionBetweenCommasInsideItsContent() {
    assertEquals(List.of("Roe and others | said | The new road will be finished in May"),
        indirect("The new road, said Roe and others, will be finished in May.", "Roe=PERSON"));
  }

  @Test
  void aHearerInsideAParentheticalAttribution() {
    assertEquals(List.of("Roe | told | The plan had failed"), indirect("The plan, Roe told the council, had failed.", "Roe=PERSON"));
  }

  @Test
  void andSaidTakesTheSubjectOfTheClauseAConjunctionOpens() {
    assertEquals(List.of("Doe | said | the town needed more space"),
        indirect("Roe closed the school, while Doe, the mayor, opened a park and said the town needed more space.",
            "Roe=PERSON", "Doe=PERSON"));
  }

  @Test
  void theByPhraseOfAParticipleOfPublishingIsTheSource() {
    assertEquals(List.of("the Gazette | disclosed by | Last year the council closed the old harbour"),
        indirect("Last year the council closed the old harbour, as first disclosed by the Gazette.", "Gazette=ORGANIZATION"));
    assertEquals(List.of("the Gazette | disclosed by | The sale is part of a larger plan"),
        indirect("The sale, first disclosed by the Gazette, is part of a larger plan.", "Gazette=ORGANIZATION"));
    assertEquals(List.of(), indirect("The sale was disclosed by the Gazette on Monday."));
  }

  @Test
  void theAntecedentOfAWhoClauseSpeaksAndAShareOfPeopleSpeaks() {
    assertEquals(List.of("Senator Jane Roe | told | she will work for the new plan"),
        indirect("They won the support of Senator Jane Roe, who told us that she will work for the new plan.",
            "Jane Roe=PERSON"));
    assertEquals(List.of("Sixty percent | said | the tax was too high", "one in four | said | the council was hostile"),
        indirect("Sixty percent said the tax was too high. Only one in four said the council was hostile."));
  }

  @Test
  void afterTheTrailingSpeakerAParticipleOrADashOpensSomethingElse() {
    assertEquals(List.of("Doe | said | The bridge was closed for a week"),
        indirect("The bridge was closed for a week, Doe said, adding that it was safe now.", "Doe=PERSON").subList(0, 1));
    assertEquals(List.of("Roe | said | he is the only mayor who can win"),
        indirect("Roe has said for weeks he is the only mayor who can win.", "Roe=PERSON"));
  }

  @Test
  void aCueOpeningTheTextFindsNothingBeforeIt() {
    assertEquals(List.of(), indirect("Said to be the best of the year, the plan failed."));
  }

  @Test
  void stanceVerbsWithANounPhraseOrAnAsPredicate() {
    assertEquals(List.of("The mayor | denounced | the new tax on bread"), indirect("The mayor denounced the new tax on bread."));
    assertEquals(List.of("Roe | cast | herself as the candidate of the towns"),
        indirect("Roe cast herself as the candidate of the towns.", "Roe=PERSON"));
    assertEquals(List.of("The union | sees | the deal as a trap for workers"), indirect("The union sees the deal as a trap for workers."));
    assertEquals(List.of(), indirect("The union sees the deal on the table.")); // no "as": seeing is no stance
    assertEquals(List.of("The group | planning | to plaster the town with posters"),
        indirect("The group is planning to plaster the town with posters."));
  }

  @Test
  void aStanceVerbInARelativeClauseHasNoObject() {
    assertEquals(List.of(), indirect("The issues the voters wanted are plain."));
  }

  @Test
  void stanceAdjectivesAfterACopulaOrMadeItClear() {
    assertEquals(List.of("The unions | skeptical about | the new plan for the port"),
        indirect("The unions are skeptical about the new plan for the port."));
    assertEquals(List.of("Roe | clear that | she would run again"), indirect("Roe made it clear that she would run again.", "Roe=PERSON"));
    assertEquals(List.of(), indirect("It is clear that the plan failed."));
    assertEquals(List.of(), indirect("The workers are critical to the plan for the port."));
  }

  @Test
  void evidenceSpeaksThroughVerbsOfShowing() {
    assertEquals(List.of("Polls | show | the mayor is losing ground in the north"), indirect("Polls show the mayor is losing ground in the north."));
  }

  @Test
  void halvesAndThePeopleSurveyedSpeak() {
    assertEquals(List.of("Almost half of respondents | said | the tax was too high", "Those surveyed | said | the roads were bad"),
        indirect("Almost half of respondents said the tax was too high. Those surveyed said the roads were bad."));
  }

  @Test
  void aHeadlineGluedToItsParagraphEndsAtTheLineBreak() {
    assertEquals(List.of("Roe | : | Budget cuts hurt the poor", "The council | said | the vote was delayed"),
        indirect("Roe: Budget cuts hurt the poor\nThe council said the vote was delayed.", "Roe=PERSON"));
  }

  @Test
  void contentEndsBeforeAContrastAndGoesOnOverWishes() {
    assertEquals("Roe | said | the bridge was safe", indirect("Roe said the bridge was safe, while critics called it a danger.",
        "Roe=PERSON").get(0));
    assertEquals(List.of("Roe | said | she was tired of the delays and wanted a new vote"),
        indirect("Roe said she was tired of the delays and wanted a new vote.", "Roe=PERSON").subList(0, 1));
    assertEquals(List.of("The officials | said | the meeting, planned for weeks, would be delayed"),
        indirect("The officials said the meeting, planned for weeks, would be delayed."));
  }

  @Test
  void aClaimNounMadeByTheSubjectOrCallingForSomething() {
    assertEquals(List.of("Roe | promise | to build a road to the port"), indirect("Roe made a promise to build a road to the port.", "Roe=PERSON"));
    assertEquals(List.of("Jane Roe | demand for | a ban on cars in the centre"),
        indirect("Jane Roe repeated her demand for a ban on cars in the centre.", "Jane Roe=PERSON"));
  }

  @Test
  void aListInsideAStanceObjectDoesNotEndIt() {
    assertEquals(List.of("New polls | showed | Roe, Doe and Poe in a tie for second place"),
        indirect("New polls showed Roe, Doe and Poe in a tie for second place.", "Roe=PERSON", "Doe=PERSON", "Poe=PERSON"));
  }

  @Test
  void aHearerBeforeThePrepositionAndPointingToSomething() {
    assertEquals(List.of("Roe | spoke about | the cost of the new bridge"),
        indirect("Roe spoke to reporters about the cost of the new bridge.", "Roe=PERSON"));
    assertEquals(List.of("The mayor | pointed to | the audit of the port"), indirect("The mayor pointed to the audit of the port."));
  }

  @Test
  void textsAndRulesStateTheirPositions() {
    assertEquals(List.of("The new bill | requires | every school to open a library"),
        indirect("The new bill requires every school to open a library."));
    assertEquals(List.of(), indirect("The job requires a lot of patience at night."));
  }

  @Test
  void evidenceBeforeAParticipleAndMadeClear() {
    assertEquals(List.of("A new poll published on Monday | found | the mayor is losing ground in the north"),
        indirect("A new poll published on Monday found the mayor is losing ground in the north."));
    assertEquals(List.of("The company | clear that | it would close the plant"),
        indirect("The company made clear that it would close the plant."));
  }

  // ---- news-archive quotation marks ('' both opens and closes) ---------------------------------------

  @Test
  void archiveMarkBeforeTheSubjectOfATrailingAttribution() {
    assertEquals(List.of("Jane Roe | said | ''The harbour will reopen in May, and the ferries will run again,''"),
        indirect("''The harbour will reopen in May, and the ferries will run again,'' Jane Roe said recently in Troy.",
            "Jane Roe=PERSON"));
  }

  @Test
  void archiveQuotationRunsOverItsSentencesToTheClosingMark() {
    assertEquals(List.of("Jane Roe | said | ''The harbour is closed. The ferries are idle. The town will suffer.''"),
        indirect("Jane Roe said: ''The harbour is closed. The ferries are idle. The town will suffer.'' The council met later.",
            "Jane Roe=PERSON"));
    // a quotation of two sentences before its inverted attribution
    assertEquals(List.of("Jane Roe | said | ''Is the harbour closed? Nobody can tell us,''"),
        indirect("''Is the harbour closed? Nobody can tell us,'' said Jane Roe.", "Jane Roe=PERSON"));
    assertEquals(List.of("Jane Roe | said | ''The harbour is closed. The ferries are idle.''"),
        indirect("Jane Roe, the mayor, said, ''The harbour is closed. The ferries are idle.''", "Jane Roe=PERSON"));
    assertEquals(List.of("Jane Roe | said | ''Ferries at dawn. Ferries at dusk,''"),
        indirect("''Ferries at dawn. Ferries at dusk,'' Jane Roe said.", "Jane Roe=PERSON"));
  }

  @Test
  void archiveQuotationInterruptedByItsAttributionGoesOnInTheNextSentence() {
    assertEquals(List.of("Jane Roe | said | ''The harbour will reopen in May,'' ''The ferries will run again. Nobody will be stranded.''"),
        indirect("''The harbour will reopen in May,'' said Jane Roe, the mayor at the time the pier was built. ''The ferries will run again. Nobody will be stranded.''",
            "Jane Roe=PERSON"));
    // a name with its appositive before the verb, and content before the quotation ("are ''just ...,''")
    assertEquals(List.of("Jane Roe | said | The ferries are ''barely breaking even,'' ''The harbour needs a new pier.''"),
        indirect("The ferries are ''barely breaking even,'' Jane Roe, the mayor, said on Monday. ''The harbour needs a new pier.''",
            "Jane Roe=PERSON"));
    // the quotation going on in the attribution's sentence after a comma
    assertEquals(List.of("Jane Roe | said | ''The harbour is closed,'' ''and the ferries are idle.''"),
        indirect("''The harbour is closed,'' Jane Roe said, ''and the ferries are idle.''", "Jane Roe=PERSON"));
    // a paraphrase finished by a quotation after the attribution; a quoted phrase without a verb before it
    assertEquals(List.of("Jane Roe | added | The ferries are late ''but they will run until May.''"),
        indirect("The ferries are late, Jane Roe added, ''but they will run until May.''", "Jane Roe=PERSON"));
    assertEquals(List.of("Jane Roe | said | ''Ferries, ferries, ferries,'' ''The town needs nothing else.''"),
        indirect("''Ferries, ferries, ferries,'' Jane Roe said. ''The town needs nothing else.''", "Jane Roe=PERSON"));
    // a quoted question closed by the splitter before its inverted attribution
    assertEquals(List.of("Jane Roe | said | ''Who will pay for the pier?'' ''Nobody has asked the town.''"),
        indirect("''Who will pay for the pier?'' said Jane Roe. ''Nobody has asked the town.''", "Jane Roe=PERSON"));
  }

  @Test
  void archiveQuotationWithItsOwnAttributionIsNotCarriedOn() {
    assertEquals(List.of("Jane Roe | said | ''The harbour will reopen in May,''", "John Doe | said | ''The ferries will not,''"),
        indirect("''The harbour will reopen in May,'' Jane Roe said. ''The ferries will not,'' John Doe said.",
            "Jane Roe=PERSON", "John Doe=PERSON"));
  }

  @Test
  void aCueInsideAnArchiveQuotationIsTheQuotedVoicesWords() {
    assertEquals(List.of("Jane Roe | said | ''The council argues that the pier is safe, but nobody has checked it,''"),
        indirect("''The council argues that the pier is safe, but nobody has checked it,'' said Jane Roe.", "Jane Roe=PERSON"));
  }

  @Test
  void archiveMarksAroundATermAreNotAQuotationRun() {
    assertEquals(List.of("The mayor | said | the ''old model'' of ferries had failed"),
        indirect("The mayor said the ''old model'' of ferries had failed. The harbour is closed."));
  }

  @Test
  void aStanceObjectRunsOverNumbersParticiplesAndAsPredicates() {
    assertEquals(List.of("A new poll | showed | Roe ahead of Doe, 45 percent to 30 percent, among young voters"),
        indirect("A new poll showed Roe ahead of Doe, 45 percent to 30 percent, among young voters.", "Roe=PERSON", "Doe=PERSON"));
    assertEquals(List.of("Roe | cited | the audit as proof of the fraud"), indirect("Roe cited the audit as proof of the fraud.", "Roe=PERSON"));
    assertEquals(List.of("Roe | proposed | paying for the road by raising the fuel tax"),
        indirect("Roe proposed paying for the road by raising the fuel tax.", "Roe=PERSON"));
  }

  @Test
  void aStanceObjectEndsWhereAnotherClauseOrPredicateBegins() {
    assertEquals(List.of("Roe | praised | the new budget"),
        indirect("Roe praised the new budget, was silent about the schools and left early.", "Roe=PERSON"));
    assertEquals(List.of("Roe | proposed | a tax on cars"),
        indirect("Roe proposed a tax on cars, but the council on Monday rejected it.", "Roe=PERSON"));
    assertEquals(List.of("Roe | cited | the audit of the fund"),
        indirect("Roe cited the audit of the fund, and Doe cited the vote.", "Roe=PERSON", "Doe=PERSON").subList(0, 1));
  }

  @Test
  void aParallelContrastIsPartOfWhatWasReported() {
    assertEquals(List.of("The poll | found | Roe had 40 percent, while Doe had 30 percent"),
        indirect("The poll found that Roe had 40 percent, while Doe had 30 percent.", "Roe=PERSON", "Doe=PERSON"));
    // the same verb of stance in the contrast, or a number for its subject, is a parallel finding, not another voice
    assertEquals(List.of("The poll | found | farmers backed Roe, while workers backed Doe"),
        indirect("The poll found that farmers backed Roe, while workers backed Doe.", "Roe=PERSON", "Doe=PERSON").subList(0, 1));
    assertEquals(List.of("The poll | found | farmers backed Roe, while 30 percent backed Doe"),
        indirect("The poll found that farmers backed Roe, while 30 percent backed Doe.", "Roe=PERSON", "Doe=PERSON").subList(0, 1));
  }

  @Test
  void aPredicateCoordinatedAfterTheTrailingSpeakerGoesOnWithTheContent() {
    assertEquals(List.of("the bank | added | He had no debts and had paid all his taxes"),
        indirect("He had no debts, the bank added, and had paid all his taxes."));
  }

  @Test
  void aRelativeAsideInsideTheContentAndAnotherSpeechPredicateAfterAnAuxiliary() {
    assertEquals(List.of("Roe | asked | whether Doe, who is new, was ready for the job"),
        indirect("Roe asked whether Doe, who is new, was ready for the job.", "Roe=PERSON", "Doe=PERSON"));
    assertEquals("Roe | backed | the new plan", indirect("Roe backed the new plan and has also said it was a mistake.", "Roe=PERSON").get(0));
    assertEquals(List.of("Roe | said | in hindsight, the plan was a mistake"),
        indirect("Roe said that, in hindsight, the plan was a mistake.", "Roe=PERSON"));
  }

  @Test
  void aConcessionWithAnotherVoiceAnotherSpeakerOrASpeechParticipleEndsTheContent() {
    assertEquals("Roe | said | the road would open in May",
        indirect("Roe said the road would open in May, even though critics argued it was late.", "Roe=PERSON").get(0));
    assertEquals("Roe | said | the plan was late",
        indirect("Roe said the plan was late, and one in four voters said it was too costly.", "Roe=PERSON").get(0));
    assertEquals("Roe | backed | the mayor in the vote",
        indirect("Roe backed the mayor in the vote, eventually calling for a recount.", "Roe=PERSON").get(0));
  }

  @Test
  void aRelativeThatIsNotTheContentClauseAndAStanceObjectKeepsItsOwnThatClause() {
    assertEquals(List.of("Roe | cast | the tax as a burden that is linked to the war"),
        indirect("Roe cast the tax as a burden that is linked to the war.", "Roe=PERSON"));
    assertEquals(List.of("Roe | rejected | the charges from her rivals that she was soft"),
        indirect("Roe rejected the charges from her rivals that she was soft.", "Roe=PERSON"));
  }

  @Test
  void aSentenceOpenedByAPollFramesItsFinding() {
    assertEquals(List.of("a Roe University poll published Monday | In | 52 percent of voters chose Doe while 41 percent chose Poe"),
        indirect("In a Roe University poll published Monday, 52 percent of voters chose Doe while 41 percent chose Poe.",
            "Doe=PERSON", "Poe=PERSON"));
    assertEquals(List.of("a Roe Gazette poll last month | In | Doe had a lead of ten points"),
        indirect("In a Roe Gazette poll last month, Doe had a lead of ten points, largely because farmers backed her.", "Doe=PERSON"));
    assertEquals(List.of("current polling | Based on | Doe would win the county by a wide margin"),
        indirect("Based on current polling, Doe would win the county by a wide margin.", "Doe=PERSON"));
    // a frame that is no poll, and a clause with a voice of its own, are not a poll's finding
    assertEquals(List.of(), indirect("In a letter to voters, the mayor thanked her staff for the work."));
    assertEquals(List.of("the authors | say | mice sleep less"), indirect("In the study, the authors say that mice sleep less."));
  }

  @Test
  void aPollClosingAClauseWithAFigureFramesIt() {
    assertEquals(List.of("the latest poll of the county | in | Doe leads Poe by 9 points"),
        indirect("Doe leads Poe by 9 points in the latest poll of the county.", "Doe=PERSON", "Poe=PERSON"));
    // the margin after the poll goes on with the finding
    assertEquals(List.of("the latest poll | in | Doe trails Poe by nearly 9 points"),
        indirect("Doe trails Poe in the latest poll by nearly 9 points.", "Doe=PERSON", "Poe=PERSON"));
    assertEquals(List.of(), indirect("Doe is popular in the polls.", "Doe=PERSON"));
  }

  @Test
  void evidenceWithItsParticipleOrByPhraseIsTheSource() {
    // "reported" after its noun is a participle the tagger may read as a past tense
    assertEquals(List.of("Figures reported on Sunday | suggest | Doe has the most money"),
        indirect("Figures reported on Sunday suggest that Doe has the most money.", "Doe=PERSON"));
    // an adverb before the verb is not part of the source
    assertEquals(List.of("Figures reported on Sunday | suggest | Doe has the most money"),
        indirect("Figures reported on Sunday now suggest that Doe has the most money.", "Doe=PERSON"));
    assertEquals(List.of("a study by the Council of Roe Schools | found | Pupils in city schools take 90 tests before they finish"),
        indirect("Pupils in city schools take 90 tests before they finish, a study by the Council of Roe Schools found.",
            "Council of Roe Schools=ORGANIZATION"));
  }

  @Test
  void aFindingsObjectStopsAtAColonAndGoesOnOverARelativeAside() {
    assertEquals(List.of("The video | showed | Doe, who was mayor in 2013, outlining her plan for the port"),
        indirect("The video showed Doe, who was mayor in 2013, outlining her plan for the port.", "Doe=PERSON"));
    assertEquals(List.of("New polls | show | voters resoundingly rejecting Doe"),
        indirect("New polls show voters resoundingly rejecting Doe: most prefer Roe.", "Doe=PERSON", "Roe=PERSON"));
  }

  @Test
  void aPollsListedFindingGoesOnOverItsParticiple() {
    assertEquals(List.of("A new poll | showed | Roe at 30 percent, followed by Doe at 20 percent and Poe at 10 percent"),
        indirect("A new poll showed Roe at 30 percent, followed by Doe at 20 percent and Poe at 10 percent.",
            "Roe=PERSON", "Doe=PERSON", "Poe=PERSON"));
  }

  @Test
  void accordingToAfterAColonOrInsideItsClause() {
    assertEquals(List.of("one global index | according to | London stayed the capital of finance"),
        indirect("The tax did not hurt the banks: London stayed the capital of finance, according to one global index."));
    assertEquals(List.of("the survey | according to | 80 percent of whom have debts"),
        indirect("Farmers, 80 percent of whom have debts according to the survey, met on Monday."));
    assertEquals(List.of("a study last year by Roe University | according to | The tax cut costs by a third with “no harm to growth"),
        indirect("The tax cut costs by a third with “no harm to growth,” according to a study last year by Roe University."));
    // a measure, not a source: "according to" the law or to priorities reports nothing
    assertEquals(List.of(), indirect("The court has the rule interpreted according to international law, as before."));
  }
}
