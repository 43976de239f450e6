package org.reportlens.aggregate;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Laws and documents as the source of the words they lay down: "Section 5 of the Act, which prohibits
 * “unfair or deceptive acts”", "the law requires providers to supply any information “which is
 * necessary ...”", "the treaty provides that parties “shall cooperate”". Consumes the tokens of the
 * quotation's sentence before it; produces the document phrase and the verb, or null. The verb is one
 * by which a text rules (provide, require, prohibit ...), it stands at most {@link #REACH} words before
 * the quotation with no other quotation, colon or semicolon between, and its subject (or the antecedent
 * of "which"/"that") is headed by a document noun ("Act", "section", "regulation") — a person who
 * "requires" something is not quoting a text. Pure and thread-safe.
 */
final class DocumentSources {
  private DocumentSources() {}

  /** A document phrase and the verb by which it rules. */
  record Source(String name, String cue) {}

  /** Verbs by which a text lays down its words (lemmas). */
  private static final Set<String> RULING_VERBS = Set.of("provide", "require", "prohibit", "stipulate", "mandate",
      "direct", "define", "authorize", "authorise", "specify", "forbid", "state", "read", "declare", "establish",
      "oblige", "obligate", "instruct", "empower", "permit", "allow", "bar", "call");

  /** Heads of phrases that name a legal or official text (lemmas). */
  private static final Set<String> DOCUMENT_NOUNS = Set.of("act", "law", "statute", "section", "article",
      "regulation", "rule", "code", "treaty", "convention", "resolution", "bill", "order", "directive",
      "constitution", "amendment", "clause", "paragraph", "provision", "charter", "agreement", "protocol",
      "guideline", "guidance", "policy", "subsection", "ordinance", "decree", "legislation", "contract", "mandate",
      "covenant", "accord", "memorandum", "rulebook", "standard", "§");

  /** Words a ruling verb may stand before the quotation: "requires providers to supply any other information “". */
  static final int REACH = 12;

  static Source find(EssayTokens t, int begin, int quoteBegin, IntPredicate free) {
    int words = 0;
    for (int v = quoteBegin - 1; v >= begin && words <= REACH; v--) {
      if (!free.test(v)) return null; // another quotation nearer: its speaker, not ours
      String x = t.get(v).text();
      if (x.equals(";") || x.equals(":")) return null;
      if (!ReportedSpeech.isWord(t, v)) continue;
      words++;
      String pos = t.pos(v);
      if (!(pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD")) || !RULING_VERBS.contains(t.lemma(v))) continue;
      if (t.lemma(v).equals("call") && !(v + 1 < quoteBegin && t.lower(v + 1).equals("for"))) continue;
      SpeakerPhrases.Phrase subject = subject(t, v, begin);
      if (subject != null && document(t, subject)) return new Source(t.span(subject.from(), subject.to()), t.get(v).text());
      return null; // the nearest ruling verb has another subject
    }
    return null;
  }

  /** The subject of the verb at v: the antecedent of ", which"/", that", else the phrase before it. */
  private static SpeakerPhrases.Phrase subject(EssayTokens t, int v, int begin) {
    int j = v - 1;
    while (j >= begin && t.pos(j).startsWith("RB")) j--;
    if (j >= begin && (t.lower(j).equals("which") || t.lower(j).equals("that"))) {
      j--;
      if (j >= begin && t.get(j).text().equals(",")) j--;
      if (j < begin) return null;
      // "§ 202(a)(1) of the Clean Air Act, which": a parenthesised reference ends the phrase's first part
      return SpeakerPhrases.npEndingAt(t, j, begin);
    }
    return SpeakerPhrases.npEndingAt(t, j, begin);
  }

  /** Whether the phrase's head (its last noun before "of", else its last noun) names a legal text. */
  private static boolean document(EssayTokens t, SpeakerPhrases.Phrase p) {
    String head = null;
    for (int i = p.from(); i < p.to(); i++) {
      if (t.lower(i).equals("of") && head != null) break;
      if (t.pos(i).startsWith("NN") || t.get(i).text().equals("§")) head = t.lemma(i);
    }
    return head != null && DOCUMENT_NOUNS.contains(head);
  }
}
