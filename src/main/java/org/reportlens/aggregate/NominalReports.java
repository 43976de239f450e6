package org.reportlens.aggregate;

import java.util.List;
import java.util.Set;

/**
 * Reports that no verb carries, for {@link ReportedSpeech}: "according to X, CONTENT" and "CONTENT, according
 * to X" (the source phrase with its post-modifiers), "X's view is that CONTENT", "in X's view, CONTENT", and a
 * claim noun with its clause or infinitive ("Roe's claim that CONTENT", "his refusal to CONTENT", "made a
 * pledge to ..."). Consumes the tokens of one sentence piece and the position of the cue word; produces one
 * {@link ReportedSpeech.Report} or null. Does not check the content's length or quotation marks (the caller
 * does). Pure and thread-safe.
 */
final class NominalReports {
  private NominalReports() {}

  static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "position", "assessment", "belief",
      "argument", "conclusion", "contention", "understanding", "judgment", "judgement");

  // ---- according to, views -------------------------------------------------------------------

  static ReportedSpeech.Report according(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, i + 2, e);
    int d = i + 2;
    // "according to Democratic and independent analysts", "the police and the army": a coordination is one source
    int q = d;
    while (q < e && (SpeakerPhrases.npToken(t, q) || t.pos(q).equals("DT") || t.pos(q).equals("PRP$")
        || q > d && (t.lower(q).equals("and") || t.lower(q).equals("or")))) q++;
    if (q > (p == null ? d : p.to()) && SpeakerPhrases.hasNoun(t, d, q) && !t.pos(q - 1).equals("CC")
        && t.span(p == null ? d : p.to(), q).matches("(?s).*\\b(and|or)\\b.*")) {
      p = new SpeakerPhrases.Phrase(d, q);
    }
    // "according to a newly uncovered email", "a recently released report": an adverb and a participle before the head
    if (d + 3 < e && (t.pos(d).equals("DT") || t.pos(d).equals("PRP$")) && t.pos(d + 1).startsWith("RB")
        && (t.pos(d + 2).startsWith("VB") || t.pos(d + 2).startsWith("JJ"))) {
      SpeakerPhrases.Phrase head = SpeakerPhrases.npStartingAt(t, d + 3, e);
      if (head != null) p = new SpeakerPhrases.Phrase(d, head.to());
    }
    // "according to a report from the Panel": the source is the document and who issued it
    if (p != null && p.to() + 1 < e && SOURCE_LINKS.contains(t.lower(p.to())) && !SpeechSubjects.proper(t, p)) {
      SpeakerPhrases.Phrase by = SpeakerPhrases.npStartingAt(t, p.to() + 1, e);
      if (by != null && SpeechSubjects.proper(t, by)) p = new SpeakerPhrases.Phrase(p.from(), by.to());
    }
    String who = SpeakerPhrases.speaker(t, p);
    // "according to" names its source whatever the source is: "recent polling", "an email kept secret", "her plan"
    if (who == null && p != null && !(p.to() - p.from() == 1 && t.pos(p.from()).equals("PRP"))
        && !(p.to() - p.from() == 1 && IDIOMS.contains(t.lower(p.from())))) who = t.span(p.from(), p.to());
    SpeakerPhrases.Phrase issuer = issuer(t, p, e);
    if (issuer != null) {
      String name = SpeakerPhrases.speaker(t, issuer);
      who = name != null ? name : t.span(issuer.from(), issuer.to());
    }
    if (who == null) return null;
    if (i > b + 1 && t.get(i - 1).text().equals(",") && !ReportedSpeech.finiteBefore(c, b, i - 1)) {
      // "Since May, according to the group, troops have killed ...": an opener without a verb before the aside;
      // the content is the sentence around the aside
      int k = closingComma(t, p, e);
      if (k >= 0 && k + 1 < e && ContentSpans.bareClause(t, c, k + 1, e)) {
        return new ReportedSpeech.Report(who, i, "according to", b, ContentSpans.clauseEnd(c, k + 1, e), i - 1, k + 1);
      }
    }
    // ",'' according to": a comma closing a quotation stands before its closing mark
    int comma = i - 1;
    // (only with a speaker, evidence or a document: '"R" or "D," according to their preference' is a measure)
    if (comma - 1 > b + 1 && CLOSING_MARKS.contains(t.get(comma).text()) && t.get(comma - 1).text().equals(",")
        && reporter(t, p, true)) comma--;
    if (comma > b + 1 && t.get(comma).text().equals(",")) {
      // "CONTENT, according to an official who spoke on condition of anonymity": the source runs to the clause end
      int end = sourceEnd(c, p.to(), e);
      if (end > p.to() && issuer == null && !(p.to() - p.from() == 1 && t.pos(p.from()).equals("PRP"))) who = t.span(p.from(), end);
      return new ReportedSpeech.Report(who, i, "according to", afterColon(c, b, comma), comma);
    }
    if (i > b + 2 && !opensClause(t, b, i - 1) && ReportedSpeech.isWord(t, i - 1)) {
      // "Voters, 82 percent of whom view Roe unfavorably according to the poll, ...": inside the clause it closes,
      // "according to X" reports that clause, from the comma or colon before it; only a speaker or evidence
      // reports so ("interpreted according to the law", "varies according to priorities": a measure, not a source),
      // and a capital "According" opens a sentence the splitter glued to a headline
      if (Character.isUpperCase(t.get(i).text().charAt(0))) return null;
      if (!reporter(t, p, false)) return null;
      int from = i - 1;
      while (from > b && !t.get(from - 1).text().matches("[,:;]")) from--;
      String first = t.pos(from);
      if (first.startsWith("VB") || first.equals("MD") || first.equals("IN") || first.equals("TO")) return null;
      boolean clause = false;
      for (int j = from; j < i && !clause; j++) clause = t.finite(j);
      return clause ? new ReportedSpeech.Report(who, i, "according to", from, i) : null;
    }
    // "According to X, CONTENT": the content follows the comma that closes the phrase
    int k = closingComma(t, p, e);
    return k < 0 ? null : new ReportedSpeech.Report(who, i, "according to", k + 1, e);
  }

  /** The comma that closes the source phrase p within a dozen tokens ("according to X of Y, ..."), or -1. */
  private static int closingComma(EssayTokens t, SpeakerPhrases.Phrase p, int e) {
    int k = p.to();
    while (k < e && k < p.to() + 12 && !t.get(k).text().equals(",")) k++;
    return k < e && t.get(k).text().equals(",") ? k : -1;
  }

  private static final Set<String> SOURCE_LINKS = Set.of("from", "by", "of", "at");

  /** Documents and statements whose issuer may follow in a relative clause without "that". */
  private static final Set<String> ISSUED = Set.of("interview", "statement", "letter", "email", "e-mail", "memo", "post",
      "note", "report", "filing", "speech", "testimony", "affidavit", "message", "tweet", "remarks", "account");
  private static final Set<String> ISSUING = Set.of("give", "release", "issue", "send", "write", "post", "file", "make",
      "deliver", "publish", "grant", "provide", "submit");

  /**
   * "according to an interview his brother gave to the BBC", "a statement the ministry released": the phrase
   * that issued the document the source phrase p names, or null.
   */
  private static SpeakerPhrases.Phrase issuer(EssayTokens t, SpeakerPhrases.Phrase p, int e) {
    if (p == null || !ISSUED.contains(t.lemma(p.to() - 1))) return null;
    SpeakerPhrases.Phrase who = SpeakerPhrases.npStartingAt(t, p.to(), e);
    if (who == null || who.to() >= e || !t.pos(who.to()).equals("VBD") || !ISSUING.contains(t.lemma(who.to()))) return null;
    return who;
  }

  /**
   * Whether a source phrase names who or what reports: a speaker, a text or a rule ({@code documents}: not
   * inside a clause, where "according to the law" is a measure), or a phrase whose first noun names evidence
   * ("a study last year by economists at Roe University").
   */
  private static boolean reporter(EssayTokens t, SpeakerPhrases.Phrase p, boolean documents) {
    if (SpeakerPhrases.speaker(t, p) != null || StanceCues.evidenceSource(t, p) != null
        || documents && StanceCues.documentSource(t, p) != null) return true;
    for (int k = p.from(); k < p.to(); k++) if (t.pos(k).startsWith("NN")) return StanceCues.evidenceNoun(t, k);
    return false;
  }

  /** Closing quotation marks as tokens: straight, curly and the news archives' doubled apostrophe. */
  private static final Set<String> CLOSING_MARKS = Set.of("''", "”", "\"", "’");

  /** Whether the word at k leaves a clause open for "according to X, CONTENT" ("that", "but", "and", "so"). */
  private static boolean opensClause(EssayTokens t, int b, int k) {
    String p = t.pos(k);
    // an adverb opens the clause only at its start ("Now, according to", "and then according to")
    if (p.startsWith("RB")) return k == b || t.get(k - 1).text().equals(",") || t.pos(k - 1).equals("CC");
    return p.equals("CC") || p.equals("IN") || p.equals("WDT") || p.equals("WRB") || p.equals("WP");
  }

  /**
   * "The tax has not hurt banks: London stays the capital, according to one index": the clause after the
   * sentence's last colon before the cue is what the source reports; the piece's start when there is none.
   */
  private static int afterColon(EssayContext c, int b, int to) {
    for (int j = to - 1; j > b; j--) {
      if (c.inQuote(j)) continue;
      if (c.tokens.get(j).text().equals(":") && ReportedSpeech.words(c.tokens, j + 1, to) >= ReportedSpeech.MIN_CONTENT_WORDS) return j + 1;
    }
    return b;
  }

  /** "according to plan": a bare noun of routine, not a source. */
  private static final Set<String> IDIOMS = Set.of("plan", "schedule", "custom", "tradition", "form", "script");

  private static final int MAX_SOURCE_TAIL = 25;

  /**
   * Where a source phrase that closes its sentence ends: its post-modifiers ("who spoke on condition of
   * anonymity", "released on Friday by the institute", "with the legal aid project") run to the end, unless
   * a semicolon, a dash or a comma opening another clause (", and ...", ", but ...", ", while ...") stops them.
   */
  private static int sourceEnd(EssayContext c, int from, int e) {
    EssayTokens t = c.tokens;
    if (e - from > MAX_SOURCE_TAIL) return from;
    for (int j = from; j < e; j++) {
      if (c.inQuote(j)) return from;
      String x = t.lower(j);
      if (x.equals(";") || ContentSpans.dash(t, j) || x.equals("(") || x.equals(")")) return j;
      if (x.equals(",") && (j + 1 >= e || t.pos(j + 1).equals("CC") || ContentSpans.CONTRASTS.contains(t.lower(j + 1))
          || t.pos(j + 1).startsWith("PRP") || t.pos(j + 1).equals("VBG") && ReportedSpeech.VERBS.contains(t.lemma(j + 1)))) return j;
      // a finite verb outside a relative clause opens another clause
      if (t.finite(j) && !relativeBefore(t, from, j)) return from;
    }
    return e;
  }

  /** Whether a relative word (who, which, that) stands in [from, j). */
  private static boolean relativeBefore(EssayTokens t, int from, int j) {
    for (int k = from; k < j; k++) if (t.pos(k).equals("WP") || t.pos(k).equals("WDT") || t.lower(k).equals("that")) return true;
    return false;
  }

  /**
   * Nouns that name a stated position and take its content as a clause or an infinitive: "Roe's claim
   * that the vote was rigged", "his argument that ...", "the mayor's refusal to resign".
   */
  static final Set<String> CLAIM_NOUNS = Set.copyOf(List.of(
      "claim", "argument", "assertion", "contention", "insistence", "promise", "pledge", "vow", "proposal", "call",
      "demand", "warning", "suggestion", "belief", "position", "conclusion", "refusal", "decision", "plan", "threat",
      "accusation", "allegation", "admission", "denial", "hope", "prediction", "statement", "announcement",
      "recommendation", "assurance", "offer", "bid", "commitment", "determination", "request", "complaint"));

  /** "Roe's claim that CONTENT", "his refusal to CONTENT": the possessor states the content. */
  static ReportedSpeech.Report nominal(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    if (i + 2 >= e || i - 1 < b) return null;
    int k = i - 1;
    while (k > b && t.pos(k).startsWith("JJ") && k > i - 3) k--; // "Roe's latest proposal"
    String who;
    if (t.pos(k).equals("PRP$")) {
      String pronoun = switch (t.lower(k)) {
        case "his" -> "he";
        case "her" -> "she";
        case "its" -> "it";
        case "their" -> "they";
        default -> null;
      };
      who = pronoun == null ? null : SpeakerPhrases.resolvePronoun(t, pronoun, k);
    } else if (t.pos(k).equals("POS") && k - 1 >= b) {
      who = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, k - 1, b));
    } else if (t.pos(k).equals("DT") && k - 1 > b && MAKE_VERBS.contains(t.lemma(k - 1))
        && Set.of("VBD", "VBZ", "VBP").contains(t.pos(k - 1))) {
      // "Roe made a pledge to ...", "the mayor issued a warning that ...": who makes the claim states it
      who = SpeechSubjects.subjectOf(c, b, k - 1, SpeakerPhrases.subjectBefore(t, k - 1, b));
    } else {
      return null;
    }
    if (who == null) return null;
    String next = t.lower(i + 1);
    if (next.equals("that") && ContentSpans.bareClause(t, c, i + 2, e)) { // a content clause, not a relative one ("the claim that he made")
      int end = ContentSpans.clauseEnd(c, i + 2, e);
      // "Roe's claim that the vote was rigged surprised nobody": in subject position the main predicate closes the content
      if (subjectPosition(t, b, k)) end = Math.min(end, secondPredicate(t, c, i + 2, end, true));
      return new ReportedSpeech.Report(who, i, t.get(i).text(), i + 2, end);
    }
    if (next.equals("for") && FOR_NOUNS.contains(t.lemma(i)) && ContentSpans.opensObject(t, i + 2, e)) {
      int end = ContentSpans.objectEnd(c, i + 2, ContentSpans.clauseEnd(c, i + 2, e), false);
      if (subjectPosition(t, b, k)) end = Math.min(end, secondPredicate(t, c, i + 2, end, false));
      return new ReportedSpeech.Report(who, i, t.get(i).text() + " for", i + 2, end);
    }
    if (next.equals("to") && t.pos(i + 2).equals("VB")) {
      int end = ContentSpans.objectEnd(c, i + 1, ContentSpans.clauseEnd(c, i + 1, e), false);
      if (subjectPosition(t, b, k)) end = Math.min(end, secondPredicate(t, c, i + 1, end, false));
      return new ReportedSpeech.Report(who, i, t.get(i).text(), i + 1, end);
    }
    return null;
  }

  /** Verbs whose object claim noun is the subject's own statement: "made a promise", "issued a warning". */
  private static final Set<String> MAKE_VERBS = Set.of("make", "deliver", "issue", "repeat", "renew", "voice", "express",
      "float", "reiterate", "post", "send", "give", "level", "lodge", "file", "submit");

  /** Claim nouns whose content may follow "for": "a call for a ban", "her demand for a recount". */
  private static final Set<String> FOR_NOUNS = Set.of("call", "demand", "request", "proposal");

  /** Whether the possessive before a claim noun (its last token at k) opens its clause: the noun phrase is a subject. */
  private static boolean subjectPosition(EssayTokens t, int b, int k) {
    int owner = k;
    if (t.pos(k).equals("POS")) {
      SpeakerPhrases.Phrase p = SpeakerPhrases.npEndingAt(t, k - 1, b);
      owner = p == null ? k : p.from();
    }
    return owner == b || t.get(owner - 1).text().equals(",");
  }

  /** The first finite verb after the clause's own predicate that no conjunction or relative word introduces, or {@code to}. */
  private static int secondPredicate(EssayTokens t, EssayContext c, int from, int to, boolean clause) {
    boolean first = !clause; // an infinitive has no predicate of its own: its first finite verb is the sentence's
    for (int j = from; j < to; j++) {
      if (c.inQuote(j)) continue;
      boolean finite = t.finite(j);
      if (!finite) continue;
      if (!first) {
        first = true;
        continue;
      }
      String before = t.pos(j - 1);
      boolean introduced = before.equals("CC") || before.equals("WDT") || before.equals("WP") || before.equals("IN")
          || t.get(j - 1).text().equals(",") || t.lemma(j - 1).equals("be") || t.lemma(j - 1).equals("have"); // "was rigged"
      if (!introduced) return j;
    }
    return to;
  }

  static ReportedSpeech.Report view(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    if (i - 1 <= b || !t.pos(i - 1).equals("POS")) return null;
    String who = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, i - 2, b));
    if (who == null) return null;
    // "X's view is that CONTENT"
    if (i + 2 < e && t.lemma(i + 1).equals("be") && t.lower(i + 2).equals("that")) {
      return new ReportedSpeech.Report(who, i, t.get(i).text(), i + 3, e);
    }
    // "In X's view, CONTENT"
    if (i + 1 < e && t.get(i + 1).text().equals(",")) return new ReportedSpeech.Report(who, i, t.get(i).text(), i + 2, e);
    return null;
  }
}
