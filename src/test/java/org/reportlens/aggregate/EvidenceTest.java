package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.reportlens.model.MentionType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/** The words around a name that type it ({@link Evidence}), on sentences written for the tests. */
class EvidenceTest {
  private static Candidate at(String text, String name, ActorType type) {
    int b = text.indexOf(name);
    return new Candidate(new TextSpan(b, b + name.length()), name, name, type, null, type.name());
  }

  @Test
  void aHeadlineOfCapitalisedWordsWithNoLowerCaseOfBeforeTheName() {
    // "Of" in a headline: the word before the name reads "of", but no "of" in lower case stands
    // before it. Used to search the text for "of" and cut at -1 (StringIndexOutOfBoundsException).
    String text = "Support Twice That Of Roe In Poll Of Sailors.";
    assertNull(Evidence.context(at(text, "Roe", ActorType.PERSON), text));
    String place = "The Town Of Kelmora Votes.";
    assertEquals(ActorType.LOCATION, Evidence.context(at(place, "Kelmora", ActorType.PERSON), place));
  }

  @Test
  void theWordBeforeOfIsReadWhereItStandsNotAtAnEarlierOf() {
    // A search for "of" skipped the capitalised "Of" and found the "of" inside "professor".
    String town = "The professor toured the Town Of Kelmora.";
    assertEquals(ActorType.LOCATION, Evidence.context(at(town, "Kelmora", ActorType.PERSON), town));
    String text = "A professor met the mayor of Kelmora.";
    assertNull(Evidence.context(at(text, "Kelmora", ActorType.PERSON), text));
  }

  @Test
  void noBreakSpacesSeparateWordsAsSpacesDo() {
    String text = "Fighting reached the town of\u00A0Kelmora.";
    assertEquals(ActorType.LOCATION, Evidence.context(at(text, "Kelmora", ActorType.PERSON), text));
    assertEquals("town", Evidence.word(text, Evidence.wordStart(text, text.indexOf("Kelmora")), false));
  }

  @Test
  void offsetsAtOrPastTheEndsGiveNoWord() {
    assertEquals("", Evidence.word("Roe", -1, false));
    assertEquals("", Evidence.word("Roe", 3, true));
    assertEquals(0, Evidence.wordStart("Roe", -5));
  }

  @Test
  void aWholeHeadlineEssayIsAggregated() {
    List<Actor> a = ActorAggregatorTest.actors(Fixture.of("Roe\u2019s Support Twice That Of Doe\u2019s In Survey Of Sailors.\n\n"
        + "Jane Roe leads Jane Doe, the survey said.").tag(PERSON, "Jane Roe", "Jane Doe", "Roe", "Doe"));
    assertFalse(a.isEmpty());
  }
}
