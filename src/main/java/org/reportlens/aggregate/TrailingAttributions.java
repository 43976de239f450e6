package org.reportlens.aggregate;

import java.util.Set;

/**
 * Attributions placed after or inside their content, for {@link ReportedSpeech#find}: "CONTENT, X said.",
 * "CONTENT, said X.", "The plan, Roe said, has failed", "The plan, said Roe, has failed", "CONTENT, as reported
 * by X", a name with its appositive before the verb, a quoted question before an inverted verb opening the next
 * sentence, "Roe said, ''CONTENT''" and a predicate coordinated after the attribution (the attribution is then
 * skipped). Consumes the tokens of one sentence piece and the verb's position; produces one
 * {@link ReportedSpeech.Report} or null. Does not handle a verb before its content ("X said that ..."), which
 * {@link ReportedSpeech} reads. Pure and thread-safe.
 */
final class TrailingAttributions {
  private TrailingAttributions() {}

  /**
   * "The plan, Roe said, has failed": the attribution between commas inside its content, whose
   * subject opens before it and whose predicate follows it. The content skips the attribution.
   */
  static ReportedSpeech.Report parenthetical(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, v, b);
    if (p == null || p.from() - 1 <= b || !t.get(p.from() - 1).text().equals(",") || c.inQuote(p.from() - 1)) return null;
    int open = p.from() - 1;
    int close = v + 1;
    boolean hearer = ReportedSpeech.HEARER.contains(t.lemma(v)); // "The plan, Roe told the local paper, has failed"
    while (close < e && close < v + (hearer ? 7 : 5) && !t.get(close).text().equals(",")) {
      String pos = t.pos(close);
      if (!(pos.startsWith("RB") || pos.startsWith("NNP") || pos.equals("IN") || pos.equals("CD")
          || hearer && (pos.equals("DT") || pos.equals("PRP") || pos.startsWith("NN") || pos.startsWith("JJ")))) return null;
      close++;
    }
    if (close >= e || !t.get(close).text().equals(",")) return null;
    // the content goes on after the attribution with a predicate of its own
    boolean predicate = false;
    for (int j = close + 1; j < e && j < close + 8; j++) {
      if (t.finite(j)) predicate = true;
    }
    for (int j = b; j < open; j++) if (t.pos(j).equals("VBD") || t.pos(j).equals("VBZ") || t.pos(j).equals("VBP")) predicate = false;
    String who = SpeakerPhrases.speaker(t, p);
    if (!predicate || who == null) return null;
    return new ReportedSpeech.Report(who, v, t.get(v).text(), b, ContentSpans.clauseEnd(c, close + 1, e), open, close + 1);
  }

  /** Verbs of publishing whose by-phrase names who made the content known: "as first reported by the Gazette". */
  static final Set<String> REPORTED_BY = Set.of("report", "disclose", "reveal", "announce", "publish", "break");

  /**
   * "CONTENT, as (first) reported by X." and "SUBJECT, first reported by X, PREDICATE": a participle of
   * publishing whose by-phrase is the source. The content is the clause before "as", or the clause the
   * aside interrupts (its subject before, its predicate after).
   */
  static ReportedSpeech.Report reportedBy(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase by = SpeakerPhrases.npStartingAt(t, v + 2, e);
    String who = by == null || !SpeechSubjects.proper(t, by) ? SpeakerPhrases.speaker(t, by) : t.span(by.from(), by.to());
    if (who == null) return null;
    int k = v - 1;
    while (k > b && (t.pos(k).startsWith("RB") || t.lower(k).equals("first"))) k--;
    boolean as = t.lower(k).equals("as");
    if (as) k--;
    if (k <= b || !t.get(k).text().equals(",") || c.inQuote(k)) return null;
    // what follows the by-phrase: nothing but adjuncts (the source closes the sentence), or a comma and a predicate
    int close = by.to();
    while (close < e && !t.get(close).text().equals(",") && !t.finite(close)) close++;
    boolean before = false; // a finite verb before the aside: the content is a whole clause
    for (int j = b; j < k; j++) before |= t.finite(j) || c.inQuote(j);
    if (close >= e || as) {
      if (close < e || !before) return null;
      return new ReportedSpeech.Report(who, v, t.get(v).text() + " by", b, k);
    }
    boolean after = false;
    for (int j = close + 1; j < e && j < close + 8; j++) after |= t.finite(j);
    if (before || !after || !t.get(close).text().equals(",")) return null;
    return new ReportedSpeech.Report(who, v, t.get(v).text() + " by", b, ContentSpans.clauseEnd(c, close + 1, e), k, close + 1);
  }

  /** "The plan, said Roe and others, has failed": an inverted attribution between commas inside its content. */
  static ReportedSpeech.Report invertedAside(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    if (!ReportedSpeech.VERBS.contains(t.lemma(v)) || v - 1 <= b + 1 || !t.get(v - 1).text().equals(",") || c.inQuote(v - 1)) return null;
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, v + 1, e);
    if (p == null) return null;
    int close = p.to();
    if (close + 1 < e && t.pos(close).equals("CC")) { // "said Roe and others"
      SpeakerPhrases.Phrase more = SpeakerPhrases.npStartingAt(t, close + 1, e);
      if (more != null) close = more.to();
    }
    if (close >= e || !t.get(close).text().equals(",")) return null;
    String who = SpeakerPhrases.speaker(t, new SpeakerPhrases.Phrase(p.from(), close));
    if (who == null) return null;
    // a subject before the aside, its predicate after it
    for (int j = b; j < v - 1; j++) if (t.finite(j) || c.inQuote(j)) return null;
    boolean after = false;
    for (int j = close + 1; j < e && j < close + 8; j++) after |= t.finite(j);
    if (!after) return null;
    return new ReportedSpeech.Report(who, v, t.get(v).text(), b, ContentSpans.clauseEnd(c, close + 1, e), v - 1, close + 1);
  }

  /** "CONTENT, X said [adjuncts]." or "CONTENT, said X." with the verb in the sentence's tail. */
  static ReportedSpeech.Report trailing(EssayContext c, int b, int e, int v, String subject) {
    EssayTokens t = c.tokens;
    if (!ReportedSpeech.VERBS.contains(t.lemma(v))) return null; // "..., as lawmakers accused each other": a stance verb takes its object
    // ",'' said X": a closing mark the quotation finder did not pair (news archives write '' for ”) stays before the verb
    if (v - 1 <= b) return questionBefore(c, b, e, v); // the verb opens the sentence: nothing before it but a question
    int adjacent = v - 1;
    while (adjacent > b && t.pos(adjacent).equals("''") && !c.inQuote(adjacent)) adjacent--;
    // "''Why now?'' said Roe": a quoted question or exclamation closes its content as a comma does
    boolean inverted = t.get(adjacent).text().equals(",") || adjacent < v - 1 && t.get(adjacent).text().matches("[?!]");
    int comma = inverted ? adjacent : v - 1;
    while (comma > b && !t.get(comma).text().equals(",") && v - comma <= 12) comma--;
    if (inverted) comma = adjacent;
    String who = subject;
    int tail = e; // where the check for a second clause after the verb stops
    // "...,'' Jane Roe, a former mayor, said on Monday": no phrase after the verb, a name and its appositive before it
    SpeakerPhrases.Phrase apposed = comma == v - 1 && SpeakerPhrases.speaker(t, inverted(t, v + 1, e)) == null
        ? apposed(c, b, v) : null;
    if (apposed != null) {
      // "...,'' Jane Roe, a former mayor, said": the content ends at the comma before the name
      comma = apposed.from() - 1;
      while (comma > b && archiveMark(c, comma)) comma--;
    }
    if (comma <= b + 2 || !t.get(comma).text().matches("[,?!]") || c.inQuote(comma - 1)) return null;
    if (apposed != null) {
      who = SpeakerPhrases.speaker(t, apposed);
      // "the press secretary, Jane Roe, said": the name in apposition names the speaker
      SpeakerPhrases.Phrase name = SpeakerPhrases.npStartingAt(t, apposed.to() + 1, v - 1);
      if (!SpeechSubjects.proper(t, apposed) && name != null && name.to() == v - 1 && SpeechSubjects.proper(t, name)) {
        String named = SpeakerPhrases.speaker(t, name);
        if (named != null) who = named;
      }
    } else if (inverted || comma == v - 1) {
      SpeakerPhrases.Phrase after = inverted(t, v + 1, e);
      who = SpeakerPhrases.speaker(t, after); // "..., said X."
      // "..., said Jane Roe, the minister at the time the tax was passed": a clause inside the appositive is not content
      if (who != null && after.to() + 1 < e && t.get(after.to()).text().equals(",")
          && SpeakerPhrases.npStartingAt(t, after.to() + 1, e) != null && t.pos(after.to() + 1).equals("DT")) {
        tail = after.to();
      }
    } else {
      // ",'' Roe said": the closing archive mark the quotation finder did not pair stands before the subject
      int first = comma + 1;
      while (first < v && t.get(first).text().equals("''") && !c.inQuote(first)) first++;
      SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, v, first);
      // only the subject stands between comma and verb, with "as" or the first members of a coordination
      // before it (", as Roe said", ", current and former officials said")
      if (p == null || !onlyCoordinated(t, first, p.from())) {
        // "..., a study by the Council of Roe found": evidence with its by-phrase between comma and verb is the source
        who = StanceCues.EVIDENCE_VERBS.contains(t.lemma(v)) ? StanceCues.evidencePhrase(t, first, v) : null;
        if (who == null) return null;
      } else {
        // the phrase after the comma, not a title chain reaching back into the content ("..., a former official said")
        String after = SpeakerPhrases.speaker(t, p);
        if (after != null) who = after;
      }
    }
    if (who == null) return null;
    // ", as Roe said": nothing but an adjunct may follow the verb (", as voters accused the mayor" has an object)
    if (t.lower(comma + 1).equals("as") && v + 1 < e && !(t.pos(v + 1).equals("IN") || t.pos(v + 1).startsWith("RB")
        || t.pos(v + 1).equals(",") || t.pos(v + 1).equals("NNP"))) return null;
    // the content before the comma is a clause (a finite verb) or a quotation, not a phrase ("Roe, in her speech, said")
    // (a closing archive mark after the comma: the content ends a quotation opened before the sentence)
    boolean clause = comma + 1 < e && archiveMark(c, comma + 1) && !opensArchive(c, comma + 1);
    for (int j = b; j < comma && !clause; j++) {
      clause = c.inQuote(j) || archiveMark(c, j) || t.finite(j) || t.activeParticiple(j);
    }
    if (!clause) return null;
    // "He had no ties, the firm added, and had passed all checks", "The plan is late, said Roe, but the money is
    // there": a predicate or clause coordinated with the content goes on with it (the attribution is skipped)
    int and = coordinatedAfter(c, b, v, e);
    if (and >= 0) return new ReportedSpeech.Report(who, v, t.get(v).text(), b, ContentSpans.clauseEnd(c, and + 1, e), comma, and + 1);
    if (!onlyAdjunctsAfter(c, v, tail)) return null;
    return new ReportedSpeech.Report(who, v, t.get(v).text(), b, comma);
  }

  /**
   * The comma of ", and ..." after a trailing attribution when what follows is a predicate sharing the
   * content's subject or a clause in the content's own voice; -1 when another clause, a conjunction without
   * either, a participle, a dash or a relative clause comes first.
   */
  private static int coordinatedAfter(EssayContext c, int b, int v, int e) {
    EssayTokens t = c.tokens;
    for (int j = v + 1; j < e; j++) {
      if (c.inQuote(j)) continue;
      if (t.get(j).text().equals(",") && j + 1 < e && t.pos(j + 1).equals("CC")) {
        return sharedSubject(t, j + 2, e) || ContentSpans.bareClause(t, c, j + 2, e) && !ContentSpans.anotherVoice(c, b, j + 2, e) ? j : -1;
      }
      if (endsTail(c, j, e) || t.finite(j) || t.lower(j).equals("that")) return -1;
    }
    return -1;
  }

  /** Whether nothing but adjuncts follow the verb: no second clause, unless a conjunction opens it (", Roe said, and ..."). */
  private static boolean onlyAdjunctsAfter(EssayContext c, int v, int e) {
    EssayTokens t = c.tokens;
    for (int j = v + 1; j < e; j++) {
      if (c.inQuote(j)) continue;
      if (endsTail(c, j, e)) break;
      if (t.finite(j) || t.lower(j).equals("that")) return false;
    }
    return true;
  }

  /**
   * Where the tail after a trailing attribution's verb stops being read: what follows another conjunction,
   * a participle (", adding"), a dash, a relative clause on the speaker, a clause of time or reason (", Roe
   * said when asked what ...") or a quotation going on (", Roe said, ''and ...'') is not content.
   */
  private static boolean endsTail(EssayContext c, int j, int e) {
    EssayTokens t = c.tokens;
    String p = t.pos(j);
    return t.get(j).text().equals(",") && j + 1 < e && (t.pos(j + 1).equals("CC") || t.pos(j + 1).equals("VBG")
        || opensArchive(c, j + 1)) || t.get(j).text().equals(";") || ContentSpans.dash(t, j) || p.equals("WP") || p.equals("WDT")
        || p.equals("WP$") || p.equals("WRB") || SUBORDINATORS.contains(t.lower(j)) && p.equals("IN");
  }

  /** Words opening a clause of time, reason or condition after a trailing attribution. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "because", "since",
      "although", "though", "until", "if", "once");

  private static final int MAX_APPOSED = 30;

  /** The longest quotation (tokens) a question before its inverted attribution is followed back over. */
  private static final int MAX_QUESTION = 300;

  /** An unpaired news-archive quotation mark (''), which the quotation finder leaves to reported speech. */
  static boolean archiveMark(EssayContext c, int i) {
    return c.tokens.get(i).text().equals("''") && !c.inQuote(i);
  }

  /**
   * "Roe said, ''We will win.''": a news-archive quotation after the verb and a comma is the content, up to its
   * closing mark in the sentence (a later one is reached by {@link ArchiveQuotations}); null if none.
   */
  static ReportedSpeech.Report commaQuotation(EssayContext c, int e, int v, String who) {
    EssayTokens t = c.tokens;
    if (who == null || v + 2 >= e || !t.get(v + 1).text().equals(",") || !opensArchive(c, v + 2)) return null;
    int to = v + 3;
    while (to < e && !(archiveMark(c, to) && !opensArchive(c, to))) to++;
    to = Math.min(e, to + 1);
    return ReportedSpeech.words(t, v + 2, to) < ReportedSpeech.MIN_CONTENT_WORDS ? null : new ReportedSpeech.Report(who, v, t.get(v).text(), v + 2, to);
  }

  /** An archive mark that opens a quotation: a space before it (",'' Roe said, ''and ...''"). */
  private static boolean opensArchive(EssayContext c, int i) {
    return archiveMark(c, i) && i > 0 && c.tokens.get(i - 1).span().end() < c.tokens.get(i).span().begin();
  }

  /**
   * "CONTENT,'' Jane Roe, a former mayor, said": the named subject before its appositive, both between the
   * content's comma and the verb (no finite verb in between); null if none.
   */
  private static SpeakerPhrases.Phrase apposed(EssayContext c, int b, int v) {
    EssayTokens t = c.tokens;
    for (int k = v - 2; k > b + 2 && k >= v - MAX_APPOSED; k--) {
      if (c.inQuote(k) || t.finite(k)) return null;
      if (!t.get(k).text().equals(",")) continue;
      int first = k + 1;
      while (first < v && archiveMark(c, first)) first++;
      SpeakerPhrases.Phrase name = SpeakerPhrases.npStartingAt(t, first, v - 1);
      if (name != null && name.to() < v - 1 && t.get(name.to()).text().equals(",") && SpeakerPhrases.speaker(t, name) != null) {
        return name;
      }
    }
    return null;
  }

  /**
   * "''Why now?'' said Roe, the mayor.": the splitter closed the quoted question before the inverted attribution,
   * which opens the next sentence of the paragraph; the content is that quotation, back to its opening mark.
   */
  private static ReportedSpeech.Report questionBefore(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    if (v != b || b < 3 || !archiveMark(c, b - 1) || !t.get(b - 2).text().matches("[?!]")) return null;
    int open = b - 3;
    while (open >= 0 && open > b - MAX_QUESTION && !archiveMark(c, open)
        && !t.text.substring(t.get(open).span().end(), t.get(open + 1).span().begin()).contains("\n\n")) {
      open--;
    }
    if (open < 0 || !archiveMark(c, open) || ReportedSpeech.words(t, open, b) < ReportedSpeech.MIN_CONTENT_WORDS) return null;
    String who = SpeakerPhrases.speaker(t, inverted(t, v + 1, e));
    return who == null || !onlyAdjunctsAfter(c, v, e) ? null : new ReportedSpeech.Report(who, v, t.get(v).text(), open, b);
  }

  /** Whether a finite verb that is not one of speech opens tokens from k (after adverbs): a predicate without a subject. */
  private static boolean sharedSubject(EssayTokens t, int k, int e) {
    while (k < e && t.pos(k).startsWith("RB")) k++;
    if (k >= e) return false;
    return t.finite(k) && !ContentSpans.speech(t, k);
  }

  /** The phrase after an inverted verb, over a coordination of titles up to the name: "said lobbyist and strategist Jane Roe". */
  private static SpeakerPhrases.Phrase inverted(EssayTokens t, int k, int e) {
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, k, e);
    if (p == null || SpeechSubjects.proper(t, p) || p.to() + 1 >= e || !t.pos(p.to()).equals("CC")) return p;
    SpeakerPhrases.Phrase next = SpeakerPhrases.npStartingAt(t, p.to() + 1, e);
    return next != null && SpeechSubjects.proper(t, next) ? new SpeakerPhrases.Phrase(p.from(), next.to()) : p;
  }

  /** Whether tokens [from, to) are only "as" or the first members of a coordinated subject ("current and former"). */
  private static boolean onlyCoordinated(EssayTokens t, int from, int to) {
    if (from < to && t.lower(from).equals("as")) from++;
    for (int i = from; i < to; i++) {
      String p = t.pos(i);
      if (!(p.startsWith("JJ") || p.startsWith("NN") || p.equals("CC") || p.equals("DT") || p.equals(",") || p.equals("CD"))) return false;
    }
    return true;
  }
}
