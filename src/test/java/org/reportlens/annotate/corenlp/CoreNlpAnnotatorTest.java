package org.reportlens.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.Mention;
import org.reportlens.model.PageStart;
import org.reportlens.model.Sentence;
import org.reportlens.model.Token;

class CoreNlpAnnotatorTest {
  static final String TEXT = "A Heading Without Full Stop\n\n"
      + "On 9 July 2016, Jens Stoltenberg met officials of the European Union in Warsaw. He spent $5 million.\n\n"
      + "Turkey vetoed it.";
  static AnnotatedEssay annotated;

  @BeforeAll
  static void annotate() {
    int page2 = TEXT.indexOf("Turkey");
    Essay e = new Essay("r/1", EssayKind.ESSAY, "T", List.of(), null, null, TEXT,
        List.of(new PageStart(0, 3), new PageStart(page2, 4)), List.of(), List.of(), List.of(), null);
    annotated = SharedAnnotator.get().annotate(e);
  }

  /** One-line form "[begin,end) TYPE text", checking the span against the text. */
  static List<String> mentions() {
    return annotated.mentions().stream().map(m -> {
      assertEquals(TEXT.substring(m.span().begin(), m.span().end()), m.text());
      return "[" + m.span().begin() + "," + m.span().end() + ") " + m.type() + " " + m.text();
    }).toList();
  }

  @Test
  void keepsActorLabelsAndDropsDatesAndMoney() {
    List<String> m = mentions();
    int p = TEXT.indexOf("Jens");
    assertTrue(m.contains("[" + p + "," + (p + 16) + ") PERSON Jens Stoltenberg"), m.toString());
    assertTrue(m.stream().anyMatch(x -> x.endsWith("ORGANIZATION European Union")), m.toString());
    assertTrue(m.stream().anyMatch(x -> x.endsWith("LOCATION Warsaw")), m.toString());
    assertFalse(m.stream().anyMatch(x -> x.contains("2016") || x.contains("million")), m.toString());
    for (Mention x : annotated.mentions()) {
      assertEquals(annotated.sentenceAt(x.span().begin()).index(), x.sentence());
    }
  }

  @Test
  void aBlankLineEndsASentenceAndPagesComeFromTheEssay() {
    List<Sentence> s = annotated.sentences();
    assertEquals("A Heading Without Full Stop", s.get(0).text());
    assertEquals(4, s.size(), s.toString());
    assertEquals(3, s.get(0).page());
    assertEquals(4, s.get(3).page());
    assertEquals("Turkey vetoed it.", s.get(3).text());
  }

  @Test
  void tokensCarryPosAndLemmaAndIndexIntoSentences() {
    Sentence last = annotated.sentences().get(3);
    Token vetoed = annotated.tokens().get(last.tokenBegin() + 1);
    assertEquals("vetoed", vetoed.text());
    assertEquals("VBD", vetoed.pos());
    assertEquals("veto", vetoed.lemma());
    assertEquals(annotated.tokens().size(), last.tokenEnd());
    for (Token t : annotated.tokens()) assertEquals(TEXT.substring(t.span().begin(), t.span().end()), t.text());
  }

  @Test
  void pronounsAreNotEntityMentions() {
    String text = "The minister, Jane Roe, spoke next. She warned that he would resign.";
    Essay e = new Essay("t/2", EssayKind.ESSAY, "T", List.of(), null, null, text, List.of(), List.of(), List.of(), List.of(), null);
    List<String> m = SharedAnnotator.get().annotate(e).mentions().stream().map(x -> x.text()).toList();
    assertEquals(List.of("Jane Roe"), m);
  }

  @Test
  void rawBaselineSeesTheSameTokens() {
    assertEquals(annotated.tokens().size(), SharedAnnotator.get().annotateRaw(TEXT));
    assertNotNull(SharedAnnotator.get().description());
    assertEquals("tokenize,ssplit,pos,lemma,ner(coarse)", SharedAnnotator.get().description());
  }

  @Test
  void settingsSpellTheProperties() {
    var p = CoreNlpSettings.coarse().toProperties();
    assertEquals("tokenize,ssplit,pos,lemma,ner", p.getProperty("annotators"));
    assertEquals("false", p.getProperty("ner.applyFineGrained"));
    assertEquals("two", p.getProperty("ssplit.newlineIsSentenceBreak"));
  }
}
