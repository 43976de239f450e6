package org.reportlens.aggregate;

import java.util.Set;

/**
 * Who speaks for a verb cue, for {@link ReportedSpeech}: the subject found walking back from the verb or the
 * main clause's subject ({@link MainClause}), the antecedent of a who-clause, a share of people ("60 percent
 * said", "those surveyed say"), the controller of an infinitive ("was quick to point out") and the subject of
 * the first predicate before "... and said". Consumes token positions; produces the speaker's text or null
 * (a phrase must pass {@link SpeakerPhrases#speaker}). Does not find the content. Pure and thread-safe.
 */
final class SpeechSubjects {
  private SpeechSubjects() {}

  /**
   * The speaker of a finite cue: the phrase the walk back from the verb finds, or the main clause's subject
   * when the walk back cannot pass what stands between (long appositives, dash pairs, "have long said") or
   * stopped at a later member of a coordination or inside an appositive ("Farmers, traders and their unions
   * say", "Roe, who grew up in Troy, Ohio, in the 1990s, said") — but a name found by the walk back is not
   * given up for a common noun phrase before it ("Amid a theater and cafés, Roe defended").
   */
  static String subjectOf(EssayContext c, int b, int v, SpeakerPhrases.Phrase near) {
    EssayTokens t = c.tokens;
    String relative = relativeSubject(t, b, near);
    if (relative != null) return relative;
    // "Some in the party say", "many among the delegates said": the part of the group speaks, not the group
    if (near != null && near.from() - 2 >= b && Set.of("in", "among", "within").contains(t.lower(near.from() - 1))
        && HOLDERS.contains(t.lower(near.from() - 2)) && (near.from() - 2 == b || !ReportedSpeech.isWord(t, near.from() - 3)
        || t.pos(near.from() - 3).equals("CC"))) {
      return t.span(near.from() - 2, near.to());
    }
    String who = SpeakerPhrases.speaker(t, near);
    SpeakerPhrases.Phrase main = MainClause.subject(c, b, v);
    if (main == null) return who;
    // "GOP contender and former surgeon Jane Roe said": two titles joined before one name; the name speaks
    boolean titles = who != null && main.to() + 1 == near.from() && t.pos(main.to()).equals("CC")
        && person(t, near) && !person(t, main);
    // "The veterans, including Mr. Doe, said": a member named in an aside of the subject does not speak for it
    boolean member = who != null && near.from() > b && main.from() < near.from() && EXAMPLES.contains(t.lower(near.from() - 1));
    if (!titles && (who == null || member || main.from() < near.from() && separated(t, main.to(), near.from())
        && (proper(t, main) || !proper(t, near)))) {
      String first = SpeakerPhrases.speaker(t, main);
      if (first != null) return first;
    }
    return who;
  }

  /**
   * "some who advocate free speech argue", "businesses that rely on tourists warn": the walk back found the object
   * of a relative clause's verb; the phrase the clause hangs on speaks, given with its clause. Null otherwise.
   */
  private static String relativeSubject(EssayTokens t, int b, SpeakerPhrases.Phrase near) {
    if (near == null) return null;
    int verb = near.from() - 1;
    if (verb - 1 <= b || !t.pos(verb).startsWith("VB")) return null;
    int rel = verb - 1;
    if (!(t.lower(rel).equals("who") || t.lower(rel).equals("that") && t.pos(rel - 1).startsWith("NN"))) return null;
    int from = rel - 1;
    SpeakerPhrases.Phrase head = SpeakerPhrases.npEndingAt(t, rel - 1, b);
    if (head != null) from = head.from();
    else if (!HOLDERS.contains(t.lower(rel - 1))) return null;
    return from > b && t.pos(from - 1).equals("IN") ? null : t.span(from, near.to()); // "one of those who ..." is read elsewhere
  }

  /** Determiners standing alone for people before "who": "some who", "many who", "those who". */
  private static final Set<String> HOLDERS = Set.of("some", "many", "those", "others", "few", "all", "most");

  /** Words that open an aside naming members or examples of the phrase before it. */
  private static final Set<String> EXAMPLES = Set.of("including", "especially", "particularly", "notably", "like", "among");

  /** "the endorsement of Jane Roe, who told reporters that ...": the phrase a who-clause hangs on speaks. */
  static String relativeAntecedent(EssayTokens t, int b, int v) {
    int j = v - 1;
    while (j > b && (t.pos(j).startsWith("RB") || t.pos(j).equals("MD")
        || t.pos(j).startsWith("VB") && Set.of("have", "be", "do").contains(t.lemma(j)))) j--;
    if (j <= b || !t.lower(j).equals("who")) return null;
    int k = j - 1;
    if (t.get(k).text().equals(",")) k--;
    SpeakerPhrases.Phrase p = k < b ? null : SpeakerPhrases.npEndingAt(t, k, b);
    if (p == null) return null;
    String who = SpeakerPhrases.speaker(t, p);
    // "the endorsement of Senator Roe, who told ...": the who-clause hangs on the last noun phrase
    for (int i = p.to() - 1; who == null && i > p.from(); i--) {
      if (t.pos(i).equals("IN")) who = SpeakerPhrases.speaker(t, new SpeakerPhrases.Phrase(i + 1, p.to()));
    }
    return who;
  }

  private static final Set<String> FRACTIONS = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth", "fifths");

  /** Participles of asking: "those surveyed say", "the people polled said". */
  private static final Set<String> ASKED = Set.of("survey", "poll", "interview", "question", "ask", "sample", "contact");

  /**
   * A share of people as the subject: "Sixty percent said", "one in four say", "58% of voters said",
   * "almost half of respondents", "nine out of 10 say", or the people asked: "those surveyed say".
   */
  static String share(EssayTokens t, int b, int v) {
    int j = v - 1;
    while (j > b && t.pos(j).startsWith("RB")) j--;
    if (j < b) return null; // the verb opens the sentence
    if (j > b && t.pos(j).equals("VBN") && ASKED.contains(t.lemma(j))
        && (t.pos(j - 1).startsWith("NNS") || t.pos(j - 1).equals("NNPS") || t.lower(j - 1).equals("those"))) {
      String whole = share(t, b, j); // "Some 56 percent of voters polled said": the share of the people asked
      if (whole != null) return whole + " " + t.get(j).text();
      int from = j - 1;
      if (from > b && t.pos(from).startsWith("NN") && t.pos(from - 1).equals("DT")) from--;
      return t.span(from, j + 1);
    }
    int from = j;
    boolean share = false;
    for (int k = j; k >= b && k > j - 10; k--) {
      String w = t.lower(k);
      String p = t.pos(k);
      if (w.equals("percent") || w.equals("%") || w.equals("majority") || w.equals("minority") || FRACTIONS.contains(w)) share = true;
      if ((w.equals("in") || w.equals("of")) && k > b && t.pos(k - 1).equals("CD") && k + 1 <= j && t.pos(k + 1).equals("CD")) share = true;
      // "nine out of 10"
      if (w.equals("out") && k > b && t.pos(k - 1).equals("CD") && k + 2 <= j && t.lower(k + 1).equals("of")) share = true;
      if (!(SpeakerPhrases.npToken(t, k) || p.equals("DT") || p.equals("IN") || p.equals("RB") || p.equals("PRP$"))) break;
      from = k;
    }
    while (from <= j && (t.pos(from).equals("IN") || t.pos(from).startsWith("RB"))) from++; // "Only one in four"
    return share && from <= j && (from == b || !t.pos(from - 1).equals("IN")) ? t.span(from, j + 1) : null;
  }

  /** Whether a PERSON mention starts inside the phrase. */
  private static boolean person(EssayTokens t, SpeakerPhrases.Phrase p) {
    java.util.List<org.reportlens.model.Mention> ms = t.essay.mentions();
    int lo = t.get(p.from()).span().begin(), hi = t.get(p.to() - 1).span().end();
    for (int i = SpeakerPhrases.firstMentionAtOrAfter(ms, lo); i < ms.size() && ms.get(i).span().begin() < hi; i++) {
      if (ms.get(i).type() == org.reportlens.model.MentionType.PERSON) return true;
    }
    return false;
  }

  static boolean proper(EssayTokens t, SpeakerPhrases.Phrase p) {
    for (int i = p.from(); i < p.to(); i++) if (t.pos(i).startsWith("NNP") || SpeakerPhrases.inName(t, i)) return true;
    return false;
  }

  /** Whether a comma or a conjunction stands in tokens [from, to). */
  private static boolean separated(EssayTokens t, int from, int to) {
    for (int i = from; i < to; i++) if (t.get(i).text().equals(",") || t.pos(i).equals("CC")) return true;
    return false;
  }

  /**
   * The subject of the verb an infinitive cue depends on: "Roe was quick to point out", "Doe declined to
   * say", "the agency refused to confirm". The governing finite verb stands at most four tokens before "to".
   */
  static String controller(EssayContext c, int b, int v) {
    EssayTokens t = c.tokens;
    for (int k = v - 2; k >= b && k >= v - 6; k--) {
      String p = t.pos(k);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
        return subjectOf(c, b, k, SpeakerPhrases.subjectBefore(t, k, b));
      }
      if (!(p.startsWith("JJ") || p.startsWith("RB") || p.startsWith("VB") || p.equals("RP") || p.equals("TO"))) return null;
    }
    return null;
  }

  /** Whether a participle is a perfect tense ("have called for", "has long argued"), not a passive. */
  static boolean perfect(EssayTokens t, int v, int b) {
    int j = v - 1;
    while (j >= b && t.pos(j).startsWith("RB")) j--;
    return j >= b && t.lemma(j).equals("have");
  }

  /** The subject of the first finite verb of a sentence outside quotation marks (for "... and said that"). */
  private static final Set<String> CLAUSE_JOINTS = Set.of("and", "but", "yet", "so");

  static String mainSubject(EssayContext c, int b, int v) {
    EssayTokens t = c.tokens;
    // "Roe signed the order, while Doe, the governor, proposed a ban and said ...": the clause a comma and a
    // conjunction (or a semicolon) open before the cue holds its subject
    for (int i = v - 2; i > b + 1; i--) {
      if (c.inQuote(i)) continue;
      boolean joint = t.get(i).text().equals(";") || t.get(i - 1).text().equals(",")
          && (CLAUSE_JOINTS.contains(t.lower(i)) || ContentSpans.CONTRASTS.contains(t.lower(i)));
      if (joint) {
        b = i + 1;
        break;
      }
    }
    boolean aside = false; // inside a dash pair or a relative clause: "The judge -- who has been ... -- said X and promised Y"
    int depth = 0;
    for (int i = b; i < v; i++) {
      if (c.inQuote(i)) continue; // a verb inside a quotation is another voice's
      String p = t.pos(i);
      String x = t.get(i).text();
      if (x.equals("(")) depth++;
      else if (x.equals(")") && depth > 0) depth--;
      else if (ContentSpans.dash(t, i)) aside = !aside;
      if (depth > 0 || aside) continue;
      if ((p.equals("WP") || p.equals("WDT")) && i > b) { // a relative clause closed by a comma before the cue
        int close = i + 1;
        while (close < v && !t.get(close).text().equals(",") && !ContentSpans.dash(t, close)) close++;
        if (close < v) {
          i = close - 1;
          continue;
        }
      }
      // a participle after a comma before any finite verb hangs on the subject, or is a misread past tense
      // ("Roe, a spokeswoman, called/VBN on him to resign and said ...")
      boolean afterAside = p.equals("VBN") && i > b && t.get(i - 1).text().equals(",");
      if (t.finite(i) || afterAside) {
        return subjectOf(c, b, i, SpeakerPhrases.subjectBefore(t, i, b));
      }
    }
    return null;
  }
}
