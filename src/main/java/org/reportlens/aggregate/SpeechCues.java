package org.reportlens.aggregate;

import java.util.List;
import java.util.Set;

/**
 * The closed word lists quote attribution and claim detection share: verbs of saying and writing
 * (by lemma), nouns that attribute a wording ("X's expression"), and markers of a distancing quote.
 */
final class SpeechCues {
  private SpeechCues() {}

  /** Lemmas of verbs that introduce speech or writing. "put" counts only as "put it". */
  static final Set<String> VERBS = Set.copyOf(List.of(
      "say", "write", "tell", "argue", "add", "note", "warn", "declare", "state", "contend", "observe",
      "recommend", "explain", "insist", "stress", "claim", "acknowledge", "put", "remark", "suggest",
      "assert", "conclude", "emphasize", "emphasise", "announce", "affirm", "maintain", "reply", "respond",
      "answer", "admit", "concede", "complain", "predict", "urge", "caution", "proclaim", "pledge",
      "promise", "testify", "recall", "ask", "comment", "underline", "underscore", "lament", "quip",
      "tweet", "call", "describe", "agree", "decide", "resolve", "report", "confirm", "reiterate",
      "estimate", "believe", "opine", "point", "plead", "demand", "recognize",
      "recognise", "specify", "stipulate", "commit", "continue", "joke", "boast", "scoff", "shout", "yell",
      "exclaim", "muse", "retort", "counter", "interject", "laugh", "whisper", "deadpan", "email", "text",
      "assure", "recount", "vow", "wonder", "reason", "gush", "marvel", "concur", "elaborate", "summarize",
      "summarise", "chime", "scold", "snap", "sneer", "tease", "mutter", "recollect"));

  /** Nouns that attribute a wording to the possessor: "to use X's expression", "in X's words". */
  static final Set<String> WORDING_NOUNS = Set.copyOf(List.of(
      "expression", "word", "phrase", "term", "formulation", "formula", "description", "characterization",
      "characterisation", "view", "assessment", "verdict"));

  /** Tokens right before a quotation that mark it as a distancing or naming quote, not speech. */
  static final Set<String> SCARE_MARKERS = Set.copyOf(List.of(
      "so-called", "so", "dubbed", "termed", "labeled", "labelled", "nicknamed", "self-styled", "alleged",
      "supposed", "known", "coined"));

  /** Nouns and participles that, right before a quotation, say it is the title of a work. */
  static final Set<String> TITLE_MARKERS = Set.copyOf(List.of(
      "entitle", "entitled", "title", "titled", "article", "book", "paper", "study", "essay", "op-ed",
      "chapter", "column", "monograph", "volume", "film", "documentary", "headline", "publication",
      "editorial", "blog", "post", "report", "brief", "speech", "lecture", "song", "poem"));

  /** Verbs that speak with "back": "shot back", "fired back", "hit back", "pushed back". */
  private static final Set<String> BACK_VERBS = Set.of("shoot", "fire", "hit", "push", "strike", "snap", "write", "answer");

  /** Whether token i is a verb of answering back ("she shot back, “...”"). */
  static boolean answersBack(EssayTokens t, int i) {
    return t.pos(i).startsWith("VB") && BACK_VERBS.contains(t.lemma(i)) && i + 1 < t.tokens.size()
        && t.lower(i + 1).equals("back");
  }

  static boolean isSpeechVerb(String lemma, String pos) {
    return pos.startsWith("VB") && VERBS.contains(lemma);
  }
}
