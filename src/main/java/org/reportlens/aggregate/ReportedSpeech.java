package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportlens.model.Sentence;

/**
 * Finds reported speech in one sentence from POS tags alone (no parse): who reports, the cue, and the
 * reported content as a token range. Patterns, in order:
 * <ul>
 *   <li>"according to X, CONTENT" and "CONTENT, according to X";
 *   <li>"X's view is that CONTENT", "in X's view, CONTENT";
 *   <li>"X said/stated/noted/argued/warned/wrote (that) CONTENT", "X told/informed Y (that) CONTENT",
 *       "X said in a statement that CONTENT", with an appositive between X and the verb, and "X
 *       ..., saying (that) CONTENT" (the subject of the main clause);
 *   <li>"CONTENT, X said." and "CONTENT, said X." (the verb closes the sentence), also with a name and its
 *       appositive before the verb ("CONTENT, Jane Roe, the mayor, said") and a quoted question before an
 *       inverted verb opening the next sentence;
 *   <li>news-archive quotations ('' both opens and closes, which the quotation finder leaves unpaired):
 *       "''A,'' Roe said", "Roe said, ''A''"; {@link ArchiveQuotations} then takes a report to its closing
 *       mark and over an interrupting attribution.
 * </ul>
 * Without "that" a content must open with a subject and a finite verb ("said the talks had failed").
 * A speaker must pass {@link SpeakerPhrases#speaker}: no report is made for "it was agreed" or a
 * pronoun without a name. Tokens inside quotation marks never serve as cues. Pure and thread-safe.
 */
final class ReportedSpeech {
  private ReportedSpeech() {}

  /** One report: tokens [contentFrom, contentTo) reported by {@code speaker} with the cue token {@code cue}. */
  record Report(String speaker, int cue, String cueText, int contentFrom, int contentTo, int skipFrom, int skipTo) {
    Report(String speaker, int cue, String cueText, int contentFrom, int contentTo) {
      this(speaker, cue, cueText, contentFrom, contentTo, -1, -1);
    }

    /** The content's text, without the attribution it encloses ("The plan, Roe said, has failed"). */
    String text(EssayTokens t) {
      if (skipFrom < 0) return t.span(contentFrom, contentTo);
      return t.span(contentFrom, skipFrom) + " " + t.span(skipTo, contentTo);
    }
  }

  /** Verbs that report speech or a stated position and take a content clause (lemmas). */
  static final Set<String> VERBS = Set.copyOf(List.of(
      "say", "state", "note", "argue", "warn", "write", "inform", "tell", "claim", "add", "insist", "explain",
      "report", "announce", "acknowledge", "admit", "suggest", "believe", "conclude", "predict", "contend",
      "assert", "confirm", "stress", "emphasize", "emphasise", "maintain", "complain", "reiterate", "observe",
      "recall", "testify", "promise", "pledge", "indicate", "reveal", "find", "show", "think", "hope",
      "estimate", "agree", "deny", "allege", "vow", "assure", "remind", "underline", "underscore", "concede",
      "declare", "caution", "signal", "fear", "worry", "point", "recognize", "recognise", "reply", "respond",
      "answer", "tweet", "advise", "notify", "feel", "propose", "recommend", "demand", "urge", "joke", "boast",
      "brag", "lament", "bemoan", "charge", "quip", "counter", "retort", "acknowledge", "concede", "expect",
      "understand", "realize", "realise", "rule", "disclose", "mention", "doubt", "guess", "figure", "anticipate", "notice",
      "repeat"));
  /**
   * Verbs of stance whose object or infinitive is the position reported ("called for a ban", "vowed to
   * fight on", "accused the minister of lying"): the rest of the sentence is the content.
   */
  static final Set<String> STANCE = Set.copyOf(List.of(
      "call", "urge", "praise", "criticize", "criticise", "blast", "slam", "accuse", "defend", "deny", "reject",
      "endorse", "announce", "vow", "promise", "pledge", "threaten", "propose", "demand", "describe", "reveal",
      "cite", "predict", "acknowledge", "admit", "dismiss", "condemn", "welcome", "refuse", "decline", "question",
      "blame", "applaud", "attack", "mock", "dispute", "challenge", "recommend", "advocate", "support", "oppose",
      "insist", "show", "find", "report", "suggest", "warn", "ask", "express", "offer", "want", "hope", "plan",
      "bemoan", "lament", "decry", "tout", "hail", "recall", "disclose", "discuss", "mention",
      // evaluation, demand and intention with a noun-phrase or infinitive object ("denounced the ruling",
      // "sought a recount", "expects rates to rise", "embraced the plan")
      "denounce", "assail", "lambaste", "repudiate", "rebuke", "castigate", "chide", "deride", "ridicule", "disparage",
      "fault", "commend", "laud", "congratulate", "credit", "embrace", "champion", "favor", "favour", "back", "seek",
      "request", "order", "instruct", "invite", "encourage", "implore", "press", "expect", "anticipate", "envision",
      "intend", "emphasize", "emphasise", "stress", "highlight", "underscore", "reiterate", "echo", "reaffirm",
      "justify", "portray", "characterize", "characterise", "label", "brand", "dub", "concede",
      "reassure", "forecast", "contest", "regret", "protest", "voice", "confirm"));
  /** Verbs of speaking whose content is the object of a preposition: "talked about", "warned of", "called for". */
  private static final java.util.Map<String, Set<String>> PREPOSITIONS = java.util.Map.ofEntries(
      java.util.Map.entry("talk", Set.of("about", "of")), java.util.Map.entry("speak", Set.of("about", "of")),
      java.util.Map.entry("comment", Set.of("on")), java.util.Map.entry("refer", Set.of("to")),
      java.util.Map.entry("push", Set.of("for")), java.util.Map.entry("campaign", Set.of("against", "for", "on")),
      java.util.Map.entry("argue", Set.of("against", "for")), java.util.Map.entry("warn", Set.of("of", "about", "against")),
      java.util.Map.entry("complain", Set.of("about", "of")), java.util.Map.entry("write", Set.of("about", "of")),
      java.util.Map.entry("testify", Set.of("about", "on")), java.util.Map.entry("boast", Set.of("about", "of")),
      java.util.Map.entry("brag", Set.of("about")), java.util.Map.entry("joke", Set.of("about")),
      java.util.Map.entry("call", Set.of("for")), java.util.Map.entry("lobby", Set.of("for", "against")),
      java.util.Map.entry("advocate", Set.of("for")), java.util.Map.entry("rail", Set.of("against")),
      java.util.Map.entry("speculate", Set.of("about", "on")), java.util.Map.entry("insist", Set.of("on")),
      java.util.Map.entry("focus", Set.of("on")), java.util.Map.entry("seize", Set.of("on", "upon")),
      java.util.Map.entry("object", Set.of("to")), java.util.Map.entry("apologize", Set.of("for")),
      java.util.Map.entry("apologise", Set.of("for")), java.util.Map.entry("plead", Set.of("for")),
      java.util.Map.entry("appeal", Set.of("for")), java.util.Map.entry("press", Set.of("for")),
      java.util.Map.entry("dwell", Set.of("on")), java.util.Map.entry("harp", Set.of("on")),
      java.util.Map.entry("elaborate", Set.of("on")), java.util.Map.entry("opine", Set.of("on", "about")),
      java.util.Map.entry("agree", Set.of("on", "with")), java.util.Map.entry("vote", Set.of("for", "against")),
      java.util.Map.entry("fight", Set.of("for", "against")), java.util.Map.entry("hope", Set.of("for")),
      java.util.Map.entry("ask", Set.of("for", "about")), java.util.Map.entry("pivot", Set.of("to")),
      java.util.Map.entry("hint", Set.of("at")), java.util.Map.entry("allude", Set.of("to")),
      java.util.Map.entry("point", Set.of("to")));
  /** Verbs whose content may follow without "that": "said the talks had failed". */
  private static final Set<String> BARE = Set.copyOf(List.of(
      "say", "tell", "write", "argue", "claim", "insist", "believe", "think", "warn", "add", "note", "explain",
      "announce", "predict", "suggest", "acknowledge", "admit", "report", "state", "confirm", "tweet", "feel",
      "fear", "hope", "assert", "contend", "concede", "estimate", "reply", "respond", "answer", "agree", "assure", "promise",
      "remind", "vow", "pledge", "rule", "understand", "realize", "realise", "recall", "show", "find", "indicate",
      "expect", "worry", "complain", "reveal", "conclude", "signal", "emphasize", "stress", "recognize",
      "doubt", "anticipate", "reassure", "guess", "figure", "notice"));
  /** Verbs that take the hearer as object before the content: "told the Panel that". */
  private static final Set<String> HEARER = Set.of("tell", "inform", "warn", "assure", "remind", "advise", "notify",
      "promise", "urge");
  private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "position", "assessment", "belief",
      "argument", "conclusion", "contention", "understanding", "judgment", "judgement");
  private static final int MIN_CONTENT_WORDS = 3;

  static List<Report> find(EssayContext c, Sentence s) {
    EssayTokens t = c.tokens;
    List<Report> out = new ArrayList<>();
    // a sentence the splitter ran over a line break (a headline glued to its paragraph) is read line by line
    int from = s.tokenBegin();
    for (int j = from + 1; j <= s.tokenEnd(); j++) {
      if (j == s.tokenEnd() || t.text.substring(t.get(j - 1).span().end(), t.get(j).span().begin()).indexOf('\n') >= 0) {
        find(c, s, from, j, j == s.tokenEnd(), out);
        from = j;
      }
    }
    return out;
  }

  /** Reports in tokens [b, e) of sentence s; {@code last}: the piece ends the sentence (a turn may run on). */
  private static void find(EssayContext c, Sentence s, int b, int e, boolean last, List<Report> out) {
    EssayTokens t = c.tokens;
    // closing punctuation is not content, nor an archive mark (after a space) opening the next sentence's quotation,
    // which the splitter leaves at this sentence's end ("Roe said so. ''We ...")
    while (e > b && (t.get(e - 1).text().matches("[.!?;:,]+") || archiveMark(c, e - 1) && e - 1 > b
        && t.get(e - 2).span().end() < t.get(e - 1).span().begin())) e--;
    Report label = labelled(c, b, e);
    if (label != null) out.add(last ? turn(c, s, label) : label);
    // a cue inside the labelled content reports on its own ("Roe: On her website, Doe calls for ...")
    for (int i = label == null ? b : label.contentFrom(); i < e; i++) {
      if (c.inQuote(i)) continue;
      Report r = null;
      if (t.lower(i).equals("according") && i + 1 < e && t.lower(i + 1).equals("to")) r = according(c, b, e, i);
      else if (t.pos(i).startsWith("NN") && (VIEW_NOUNS.contains(t.lemma(i)) || CLAIM_NOUNS.contains(t.lemma(i)))) {
        r = VIEW_NOUNS.contains(t.lemma(i)) ? view(c, b, e, i) : null;
        if (r == null && CLAIM_NOUNS.contains(t.lemma(i))) r = nominal(c, b, e, i); // "Roe's claim that ..."
      }
      else if ((t.pos(i).startsWith("JJ") || t.pos(i).equals("VBN")) && StanceCues.ADJECTIVES.contains(t.lower(i))) {
        r = StanceCues.adjective(c, b, e, i); // "Roe is confident that ...", "are opposed to ..."
      }
      else if (t.pos(i).startsWith("VB") && (VERBS.contains(t.lemma(i)) || STANCE.contains(t.lemma(i))
          || PREPOSITIONS.containsKey(t.lemma(i)) || AS_ONLY.contains(t.lemma(i)) || StanceCues.RULE_VERBS.contains(t.lemma(i)))) {
        r = verb(c, b, e, i);
      }
      if (r != null && words(t, r.contentFrom, r.contentTo) >= MIN_CONTENT_WORDS && !allQuoted(c, r)) {
        out.add(r);
        // a cue inside the content is reported speech within reported speech ("Roe said Doe had told her that ...")
        i = Math.max(i, r.contentFrom - 1);
      }
    }
  }

  /** "Name: content" opening a sentence (a headline or a transcript turn): the name is the speaker. */
  private static Report labelled(EssayContext c, int b, int e) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, b, Math.min(e, b + 6));
    if (p == null || p.to() + 1 >= e || !t.get(p.to()).text().equals(":") || c.inQuote(p.to())) return null;
    boolean proper = false;
    for (int i = p.from(); i < p.to(); i++) proper |= t.pos(i).startsWith("NNP");
    String who = proper ? SpeakerPhrases.speaker(t, p) : null;
    return who == null ? null : new Report(who, p.to(), ":", p.to() + 1, e);
  }

  private static final int MAX_TURN_SENTENCES = 12;

  /**
   * A transcript turn ("ROE: I think ... . And we will ...") runs on over the sentences of its paragraph
   * until another "NAME:" label opens a sentence.
   */
  private static Report turn(EssayContext c, Sentence s, Report label) {
    EssayTokens t = c.tokens;
    List<Sentence> all = t.essay.sentences();
    int to = label.contentTo();
    int last = s.index();
    for (int k = s.index() + 1; k < all.size() && k <= s.index() + MAX_TURN_SENTENCES; k++) {
      Sentence next = all.get(k);
      String gap = t.text.substring(all.get(k - 1).span().end(), next.span().begin());
      if (gap.contains("\n") || labelled(c, next.tokenBegin(), next.tokenEnd()) != null) break;
      last = k;
    }
    if (last == s.index()) return label;
    int e = all.get(last).tokenEnd();
    while (e > to && t.get(e - 1).text().matches("[.!?;:,]+")) e--;
    return new Report(label.speaker(), label.cue(), label.cueText(), label.contentFrom(), Math.max(to, e));
  }

  // ---- according to, views -------------------------------------------------------------------

  private static Report according(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, i + 2, e);
    // "according to a report from the Panel": the source is the document and who issued it
    if (p != null && p.to() + 1 < e && SOURCE_LINKS.contains(t.lower(p.to())) && !proper(t, p)) {
      SpeakerPhrases.Phrase by = SpeakerPhrases.npStartingAt(t, p.to() + 1, e);
      if (by != null && proper(t, by)) p = new SpeakerPhrases.Phrase(p.from(), by.to());
    }
    String who = SpeakerPhrases.speaker(t, p);
    // "according to" names its source whatever the source is: "recent polling", "an email kept secret", "her plan"
    if (who == null && p != null && !(p.to() - p.from() == 1 && t.pos(p.from()).equals("PRP"))
        && !(p.to() - p.from() == 1 && IDIOMS.contains(t.lower(p.from())))) who = t.span(p.from(), p.to());
    if (who == null) return null;
    if (i > b + 1 && t.get(i - 1).text().equals(",")) {
      // "CONTENT, according to an official who spoke on condition of anonymity": the source runs to the clause end
      int end = sourceEnd(c, p.to(), e);
      if (end > p.to() && !(p.to() - p.from() == 1 && t.pos(p.from()).equals("PRP"))) who = t.span(p.from(), end);
      return new Report(who, i, "according to", b, i - 1);
    }
    // "According to X, CONTENT": the content follows the comma that closes the phrase
    int k = p.to();
    while (k < e && k < p.to() + 12 && !t.get(k).text().equals(",")) k++;
    if (k >= e || !t.get(k).text().equals(",")) return null;
    return new Report(who, i, "according to", k + 1, e);
  }

  private static final Set<String> SOURCE_LINKS = Set.of("from", "by", "of", "at");
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
      if (x.equals(";") || dash(t, j) || x.equals("(") || x.equals(")")) return j;
      if (x.equals(",") && (j + 1 >= e || t.pos(j + 1).equals("CC") || CONTRASTS.contains(t.lower(j + 1))
          || t.pos(j + 1).startsWith("PRP") || t.pos(j + 1).equals("VBG") && VERBS.contains(t.lemma(j + 1)))) return j;
      String p = t.pos(j);
      // a finite verb outside a relative clause opens another clause
      if ((p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) && !relativeBefore(t, from, j)) return from;
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
  private static Report nominal(EssayContext c, int b, int e, int i) {
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
      who = subjectOf(c, b, k - 1, SpeakerPhrases.subjectBefore(t, k - 1, b));
    } else {
      return null;
    }
    if (who == null) return null;
    String next = t.lower(i + 1);
    if (next.equals("that") && bareClause(t, c, i + 2, e)) { // a content clause, not a relative one ("the claim that he made")
      int end = clauseEnd(c, i + 2, e);
      // "Roe's claim that the vote was rigged surprised nobody": in subject position the main predicate closes the content
      if (subjectPosition(t, b, k)) end = Math.min(end, secondPredicate(t, c, i + 2, end, true));
      return new Report(who, i, t.get(i).text(), i + 2, end);
    }
    if (next.equals("for") && FOR_NOUNS.contains(t.lemma(i)) && opensObject(t, i + 2, e)) {
      int end = objectEnd(c, i + 2, clauseEnd(c, i + 2, e), false);
      if (subjectPosition(t, b, k)) end = Math.min(end, secondPredicate(t, c, i + 2, end, false));
      return new Report(who, i, t.get(i).text() + " for", i + 2, end);
    }
    if (next.equals("to") && t.pos(i + 2).equals("VB")) {
      int end = objectEnd(c, i + 1, clauseEnd(c, i + 1, e), false);
      if (subjectPosition(t, b, k)) end = Math.min(end, secondPredicate(t, c, i + 1, end, false));
      return new Report(who, i, t.get(i).text(), i + 1, end);
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
      String p = t.pos(j);
      boolean finite = p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
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

  private static Report view(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    if (i - 1 <= b || !t.pos(i - 1).equals("POS")) return null;
    String who = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, i - 2, b));
    if (who == null) return null;
    // "X's view is that CONTENT"
    if (i + 2 < e && t.lemma(i + 1).equals("be") && t.lower(i + 2).equals("that")) {
      return new Report(who, i, t.get(i).text(), i + 3, e);
    }
    // "In X's view, CONTENT"
    if (i + 1 < e && t.get(i + 1).text().equals(",")) return new Report(who, i, t.get(i).text(), i + 2, e);
    return null;
  }

  // ---- verbs ---------------------------------------------------------------------------------

  private static Report verb(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    String lemma = t.lemma(v);
    if (lemma.equals("point") && !(v + 1 < e && (t.lower(v + 1).equals("out") || t.lower(v + 1).equals("to")))) return null;
    String pos = t.pos(v);
    // passive ("it was agreed", "the Panel was told"): the speaker is the by-phrase, or nobody
    boolean passive = pos.equals("VBN") && v - 1 >= b && (t.lemma(v - 1).equals("be") || t.lemma(v - 1).equals("get"));
    int from = v + 1;
    if (lemma.equals("point") && t.lower(v + 1).equals("out")) from++;
    String who;
    boolean document = false; // the subject is a text or a rule ("the bill", "the party platform")
    boolean finite = !pos.equals("VBN") || perfect(t, v, b);
    if (pos.equals("VBN") && REPORTED_BY.contains(lemma) && v + 2 < e && t.lower(v + 1).equals("by")) {
      return reportedBy(c, b, e, v); // "as first reported by the Gazette", "The plan, first disclosed by Roe, ..."
    }
    if (passive) {
      return null;
    } else if (v - 1 > b && t.pos(v - 1).equals("TO")) {
      // "was quick to point out that", "declined to say whether": the subject of the verb "to" depends on
      who = controller(c, b, v);
      finite = true;
    } else if (pos.equals("VBG") || (pos.equals("VBN") && v - 1 >= b && t.get(v - 1).text().equals(","))) {
      // "..., saying that ...": the subject of the clause the participle hangs on
      who = SpeakerPhrases.participleHost(t, b, v, i -> !c.inQuote(i));
    } else if (v - 1 > b && t.pos(v - 1).equals("CC")) {
      who = mainSubject(c, b, v); // "X celebrated ... and said that": the subject of the first predicate
    } else {
      String antecedent = relativeAntecedent(t, b, v);
      SpeakerPhrases.Phrase near = antecedent != null ? null : SpeakerPhrases.subjectBefore(t, v, b);
      who = antecedent != null ? antecedent : subjectOf(c, b, v, near);
      if (who == null) who = share(t, b, v);
      if (who == null && StanceCues.EVIDENCE_VERBS.contains(lemma)) {
        who = StanceCues.evidenceSource(t, near); // "Polls show ..."
        if (who == null) who = StanceCues.evidenceBefore(t, b, v); // "A poll released Monday found"
      }
      String documentName = StanceCues.DOCUMENT_VERBS.contains(lemma) ? StanceCues.documentSource(t, near) : null;
      document = documentName != null;
      if (who == null && document) who = documentName; // "The bill calls for"
      // "In May, the prince called for ...": a participle tag right after a clause-opening subject is a past tense
      if (!finite && near != null && near.to() == v && who != null
          && (near.from() == b || t.get(near.from() - 1).text().equals(",") || t.pos(near.from() - 1).equals("CC"))) {
        finite = true;
      }
    }
    Report inside = parenthetical(c, b, e, v);
    if (inside == null) inside = invertedAside(c, b, e, v);
    if (inside != null) return inside;
    Report as = asClause(c, b, e, v);
    if (as != null) return as;
    // trailing: "CONTENT, X said." / "CONTENT, said X."
    Report trailing = trailing(c, b, e, v, who);
    if (trailing != null) return trailing;
    if (who == null) return null;
    Report quoted = finite && VERBS.contains(lemma) ? commaQuotation(c, e, v, who) : null;
    if (quoted != null) return quoted;
    int content = contentStart(t, c, from, e, lemma);
    // "spoke to reporters about the budget", "talked with the mayor about": the hearer stands before the preposition
    if (content < 0 && PREPOSITIONS.containsKey(lemma) && from + 2 < e && Set.of("to", "with").contains(t.lower(from))
        && !PREPOSITIONS.get(lemma).contains(t.lower(from))) {
      SpeakerPhrases.Phrase hearer = SpeakerPhrases.npStartingAt(t, from + 1, e);
      if (hearer != null && hearer.to() + 1 < e && PREPOSITIONS.get(lemma).contains(t.lower(hearer.to()))) from = hearer.to();
    }
    if (content < 0 && PREPOSITIONS.containsKey(lemma) && from + 1 < e && PREPOSITIONS.get(lemma).contains(t.lower(from))
        && finite) {
      // "talked about the budget", "warned of a shortage": the preposition's object is what was said
      return new Report(who, v, t.get(v).text() + " " + t.get(from).text(), from + 1, objectEnd(c, from + 1, clauseEnd(c, from + 1, e), false));
    }
    if (content < 0 && !opensObject(t, from, e)) return null;
    if (content < 0 && AS_ONLY.contains(lemma) && finite && asPredicate(c, from, e)) {
      // "sees the deal as a trap", "regarded him as a rival": the object and its predicate are the view held
      return new Report(who, v, t.get(v).text(), from, objectEnd(c, from, clauseEnd(c, from, e), true));
    }
    // "the law requires ...": a rule verb speaks only through a text or a rule as subject
    boolean rule = StanceCues.RULE_VERBS.contains(lemma);
    if (rule && !document) return null;
    if (content < 0 && (STANCE.contains(lemma) || rule) && finite && from < e
        && !t.get(from).text().matches("[.,;:]") && !dash(t, from)) {
      // "called for a ban", "vowed to fight on": the object ends where an adjunct or another clause begins
      return new Report(who, v, t.get(v).text(), from, objectEnd(c, from, clauseEnd(c, from, e), AS_VERBS.contains(lemma)));
    }
    if (content < 0) return null;
    return new Report(who, v, t.get(v).text(), content, clauseEnd(c, content, e));
  }

  /**
   * The speaker of a finite cue: the phrase the walk back from the verb finds, or the main clause's subject
   * when the walk back cannot pass what stands between (long appositives, dash pairs, "have long said") or
   * stopped at a later member of a coordination or inside an appositive ("Farmers, traders and their unions
   * say", "Roe, who grew up in Troy, Ohio, in the 1990s, said") — but a name found by the walk back is not
   * given up for a common noun phrase before it ("Amid a theater and cafés, Roe defended").
   */
  static String subjectOf(EssayContext c, int b, int v, SpeakerPhrases.Phrase near) {
    EssayTokens t = c.tokens;
    String who = SpeakerPhrases.speaker(t, near);
    SpeakerPhrases.Phrase main = MainClause.subject(c, b, v);
    if (main == null) return who;
    // "GOP contender and former surgeon Jane Roe said": two titles joined before one name; the name speaks
    boolean titles = who != null && main.to() + 1 == near.from() && t.pos(main.to()).equals("CC")
        && person(t, near) && !person(t, main);
    if (!titles && (who == null || main.from() < near.from() && separated(t, main.to(), near.from())
        && (proper(t, main) || !proper(t, near)))) {
      String first = SpeakerPhrases.speaker(t, main);
      if (first != null) return first;
    }
    return who;
  }

  /** "the endorsement of Jane Roe, who told reporters that ...": the phrase a who-clause hangs on speaks. */
  private static String relativeAntecedent(EssayTokens t, int b, int v) {
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
  private static String share(EssayTokens t, int b, int v) {
    int j = v - 1;
    while (j > b && t.pos(j).startsWith("RB")) j--;
    if (j < b) return null; // the verb opens the sentence
    if (j > b && t.pos(j).equals("VBN") && ASKED.contains(t.lemma(j))
        && (t.pos(j - 1).startsWith("NNS") || t.lower(j - 1).equals("those"))) {
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

  private static boolean proper(EssayTokens t, SpeakerPhrases.Phrase p) {
    for (int i = p.from(); i < p.to(); i++) if (t.pos(i).startsWith("NNP") || SpeakerPhrases.inName(t, i)) return true;
    return false;
  }

  /** Whether a comma or a conjunction stands in tokens [from, to). */
  private static boolean separated(EssayTokens t, int from, int to) {
    for (int i = from; i < to; i++) if (t.get(i).text().equals(",") || t.pos(i).equals("CC")) return true;
    return false;
  }

  /** Verbs of viewing that state a position only with an "as" predicate: "sees the deal as a trap". */
  private static final Set<String> AS_ONLY = Set.of("see", "view", "regard", "perceive", "cast", "frame", "pitch",
      "position", "paint");

  /**
   * Whether tokens from {@code from} may open a stance verb's object: not a finite verb or a clitic ("the
   * issues Democrats sought are ...": the verb sat in a relative clause), nor a preposition of place or time
   * ("protested outside the hotel": no object at all).
   */
  private static boolean opensObject(EssayTokens t, int from, int e) {
    if (from >= e) return false;
    String p = t.pos(from);
    if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || p.equals("POS")) return false;
    return !p.equals("IN") || Set.of("whether", "if", "that").contains(t.lower(from)) || PREPOSITIONS.containsKey(t.lemma(from - 1));
  }

  /** Whether an "as" follows the object that starts at from, before a comma, a clause or a quotation. */
  private static boolean asPredicate(EssayContext c, int from, int e) {
    EssayTokens t = c.tokens;
    for (int j = from + 1; j < e && j < from + 12; j++) {
      String p = t.pos(j);
      if (c.inQuote(j) || t.get(j).text().equals(",") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")
          || p.equals("MD")) return false;
      if (t.lower(j).equals("as")) return j + 1 < e;
    }
    return false;
  }

  /** Verbs whose object takes an "as" predicate that belongs to what is said: "described the probe as a review". */
  private static final Set<String> AS_VERBS = Set.of("describe", "portray", "characterize", "characterise", "depict",
      "dismiss", "praise", "criticize", "criticise", "mock", "label", "brand", "cast", "paint", "tout", "hail",
      "denounce", "condemn", "attack", "blast", "slam", "present", "defend");

  /**
   * The subject of the verb an infinitive cue depends on: "Roe was quick to point out", "Doe declined to
   * say", "the agency refused to confirm". The governing finite verb stands at most four tokens before "to".
   */
  private static String controller(EssayContext c, int b, int v) {
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
  private static boolean perfect(EssayTokens t, int v, int b) {
    int j = v - 1;
    while (j >= b && t.pos(j).startsWith("RB")) j--;
    return j >= b && t.lemma(j).equals("have");
  }

  /**
   * "As X noted, CONTENT": the attribution opens the clause after "as" and a comma closes it; the
   * content is the clause that follows.
   */
  private static Report asClause(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, v, b);
    if (p == null || p.from() - 1 < b || !t.lower(p.from() - 1).equals("as")) return null;
    int comma = v + 1;
    while (comma < e && comma < v + 6 && !t.get(comma).text().equals(",")) {
      String pos = t.pos(comma);
      if (pos.startsWith("VB") || pos.equals("MD") || t.lower(comma).equals("that")) return null;
      comma++;
    }
    if (comma + 1 >= e || !t.get(comma).text().equals(",")) return null;
    String who = SpeakerPhrases.speaker(t, p);
    if (who == null) return null;
    return new Report(who, v, t.get(v).text(), comma + 1, clauseEnd(c, comma + 1, e));
  }

  /**
   * Where a content clause ends: at a semicolon or dash, or at a comma or "and" that opens another
   * predicate of the speaker (", telling the host that", "and said", ", according to").
   */
  static int clauseEnd(EssayContext c, int from, int e) {
    EssayTokens t = c.tokens;
    boolean predicate = false;
    for (int j = from + 1; j < e; j++) {
      if (c.inQuote(j)) continue;
      String x = t.lower(j);
      if (x.equals(";")) return j;
      if (dash(t, j)) {
        // a pair of dashes encloses an aside inside the content ("the angry — and at times violent — tone")
        int close = j + 1;
        while (close < e && close < j + MAX_ASIDE && !dash(t, close)) close++;
        if (close < e && close < j + MAX_ASIDE) {
          j = close;
          continue;
        }
        return j;
      }
      // a content that opens with a quotation ends with it: "claimed that “...”, one of his rivals said"
      if (x.equals(",") && c.inQuote(from) && c.inQuote(j - 1)) return j;
      // ", who worked there", ", which was passed in 2010": a non-restrictive clause on the content's last noun;
      // but "whether Roe, who is new, was elected": an aside the content's own predicate follows goes on with it
      if (x.equals(",") && j + 1 < e && (t.pos(j + 1).equals("WDT") || t.pos(j + 1).equals("WP"))) {
        int close = j + 2;
        while (close < e && close < j + MAX_ASIDE && !t.get(close).text().equals(",")) close++;
        if (close + 1 < e && close < j + MAX_ASIDE && finite(t.pos(close + 1))) {
          j = close;
          continue;
        }
        return j;
      }
      // ", while rivals called it ...": a contrast that brings in another voice is the writer's; a parallel one
      // (", while Doe had 18 percent") is part of what was reported
      if (x.equals(",") && contrast(t, j + 1, e) > 0 && anotherVoice(c, from, contrast(t, j + 1, e), e)) return j;
      predicate |= finite(t.pos(j - 1)) && !c.inQuote(j - 1); // the content has its own predicate before j
      boolean joint = x.equals(",") || x.equals("and") || x.equals("but");
      if (!joint || j + 1 >= e) continue;
      int k = j + 1;
      if (x.equals(",") && (t.lower(k).equals("and") || t.lower(k).equals("but")) && k + 1 < e) k++;
      // ", and one in four said the party ...", ", Roe wrote that ...": another speaker's report begins
      if (predicate && anotherSpeaker(t, k, e)) return j;
      // "and has since said", ", eventually discussing": the verb after the auxiliaries and adverbs
      while (k + 1 < e && (t.pos(k).startsWith("RB") || !x.equals(",") && AUXILIARIES.contains(t.lemma(k)) && finite(t.pos(k))
          && (t.pos(k + 1).startsWith("RB") || t.pos(k + 1).equals("VBN")))) k++;
      String p = t.pos(k);
      if (p.equals("VBN") && k > j + 1) p = "VBD"; // a perfect tense: "but has since said"
      if (p.equals("VBG") && (VERBS.contains(t.lemma(k)) || STANCE.contains(t.lemma(k)))) return j;
      // "and said it was ...": another speech predicate of the speaker; "but has not decided" stays content
      if ((p.equals("VBD") || p.equals("VBZ")) && !x.equals(",") && (VERBS.contains(t.lemma(k)) || STANCE.contains(t.lemma(k)))
          && !MENTAL.contains(t.lemma(k))) return j;
      if (x.equals(",") && k < e && t.lower(k).equals("according")) return j;
    }
    return e;
  }

  private static final int MAX_ASIDE = 15;
  private static final Set<String> AUXILIARIES = Set.of("have", "do");

  /**
   * Whether the clause from k (up to a comma, semicolon or dash) has a verb of speech or stance: another
   * report. A parallel clause is not one: a number in it or the same verb as in the content from {@code from}
   * ("Democrats favored Roe, 72 to 8 percent, while Republicans favored Doe", "while 23 percent backed Doe").
   */
  private static boolean anotherVoice(EssayContext c, int from, int k, int e) {
    EssayTokens t = c.tokens;
    for (int j = k; j < e && !t.get(j).text().equals(",") && !t.get(j).text().equals(";") && !dash(t, j); j++) {
      if (t.pos(j).equals("CD")) return false;
      // a participle tag right after a noun is a past tense the tagger misread ("experts warned/VBN of")
      boolean tense = !t.pos(j).equals("VBN") || j > k && (t.pos(j - 1).startsWith("NN") || t.pos(j - 1).equals("PRP"));
      if (!c.inQuote(j) && t.pos(j).startsWith("VB") && tense && speech(t, j)) {
        for (int a = from; a < k; a++) if (t.pos(a).startsWith("VB") && t.lemma(a).equals(t.lemma(j))) return false;
        return true;
      }
    }
    return false;
  }

  /** Words that open a contrast or concession: the writer's when it brings in another voice. */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though");

  /** The token after a contrast opener at k ("while", "although", "even as", "even though"), or -1. */
  private static int contrast(EssayTokens t, int k, int e) {
    if (k >= e) return -1;
    if (CONTRASTS.contains(t.lower(k))) return k + 1;
    if (t.lower(k).equals("even") && k + 1 < e && Set.of("as", "though", "if").contains(t.lower(k + 1))) return k + 2;
    return -1;
  }

  /**
   * Whether tokens from k are a new speaker and a verb of speech: a short subject ("Roe", "one in four", "the
   * two aides") then a finite verb of speech not followed by a comma ("the plan, Roe said, has failed" is an
   * attribution inside the content, not a new report).
   */
  private static boolean anotherSpeaker(EssayTokens t, int k, int e) {
    boolean noun = false;
    int j = k;
    for (; j < e && j < k + MAX_CLAUSE_SUBJECT; j++) {
      String p = t.pos(j);
      if (p.startsWith("NN") || p.equals("PRP") || p.equals("CD")) noun = true;
      else if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("POS") || p.equals("PRP$")
          || j > k && (t.lower(j).equals("of") || t.lower(j).equals("in")))) break;
    }
    if (!noun || j == k || j + 1 >= e || !(t.pos(j).equals("VBD") || t.pos(j).equals("VBZ") || t.pos(j).equals("VBP"))) return false;
    return VERBS.contains(t.lemma(j)) && !MENTAL.contains(t.lemma(j)) && !t.get(j + 1).text().equals(",");
  }
  /**
   * Verbs of mind or wish after "and": "said she was tired of it and wanted a change" may go on with the
   * content's own subject, so they do not close the content as "and said" does.
   */
  private static final Set<String> MENTAL = Set.of("want", "hope", "plan", "expect", "believe", "think", "feel", "fear",
      "worry", "understand", "realize", "realise", "find", "show", "need", "refuse", "decline", "offer", "support",
      "oppose", "agree", "cite", "ask");

  /** A dash between words: "—", "--", or a hyphen with spaces around it ("a speechwriter said it - and ..."). */
  private static boolean dash(EssayTokens t, int j) {
    String x = t.get(j).text();
    if (x.equals("—") || x.equals("--") || x.equals("–")) return true;
    return x.equals("-") && j > 0 && j + 1 < t.tokens.size() && t.get(j - 1).span().end() < t.get(j).span().begin()
        && t.get(j).span().end() < t.get(j + 1).span().begin();
  }

  /**
   * The end of a stance verb's object: a comma that opens another clause (", the senator said", ", and Doe
   * agreed") or a quotation, or "by" with a verb of speaking ("by pointing to the audit": the manner of
   * speaking, not what was said). Asides, numbers, lists, participles, "as" predicates and adjuncts of
   * reason, time or contrast after a comma stay with the object ("showed Roe ahead, 32 to 25 percent",
   * "cited the tax as a reason", "raised $9 million, most of it lent"). {@code as} no longer changes the
   * end ("as" predicates always stay); it is kept for the callers.
   */
  static int objectEnd(EssayContext c, int from, int to, boolean as) {
    EssayTokens t = c.tokens;
    boolean comma = false;
    for (int j = from + 1; j < to; j++) {
      if (c.inQuote(j)) continue;
      if (t.lower(j).equals("by") && j + 1 < to && t.pos(j + 1).equals("VBG") && speech(t, j + 1)) return j;
      // "accused each other of lying while doctors warned of ...": a contrast that brings in another voice
      if (contrast(t, j, to) > 0 && anotherVoice(c, from, contrast(t, j, to), to)) return j;
      if (t.get(j).text().equals(",") && j + 1 < to && (c.inQuote(j + 1) || opensClause(t, j + 1, to, !comma))) return j;
      comma |= t.get(j).text().equals(",");
    }
    return to;
  }

  private static boolean speech(EssayTokens t, int j) {
    return VERBS.contains(t.lemma(j)) || STANCE.contains(t.lemma(j)) || PREPOSITIONS.containsKey(t.lemma(j));
  }

  private static final int MAX_CLAUSE_SUBJECT = 8;

  /**
   * Whether tokens from k open a clause of their own: a finite verb (", was tepid about ...": the speaker's
   * next predicate; with {@code bare}, when no earlier comma may have opened an aside that this one closes:
   * "the silence Democrats, including Roe, have kept"), or a short subject (a pronoun, a name, a short noun phrase) and a finite verb ("the
   * senator said", "he added"); after a conjunction, any subject whose finite verb comes before the next
   * comma ("but the report on Monday cited ...").
   */
  private static boolean opensClause(EssayTokens t, int k, int to, boolean bare) {
    boolean conjunction = k < to && t.pos(k).equals("CC");
    if (conjunction) k++;
    // ", followed by Doe at 10 percent": a participle the tagger read as a past tense
    if (k < to && finite(t.pos(k))) return (bare || conjunction) && !(k + 1 < to && t.lower(k + 1).equals("by"));
    int j = k;
    while (j < to && j < k + MAX_CLAUSE_SUBJECT && (t.pos(j).equals("DT") || t.pos(j).startsWith("JJ")
        || t.pos(j).startsWith("NN") || t.pos(j).equals("PRP") || t.pos(j).equals("PRP$") || t.pos(j).equals("POS")
        || t.pos(j).equals("CD") || j > k && t.pos(j).equals("CC"))) j++;
    if (j == k || j >= to) return false;
    // "but Roe (a lawyer) says", "and Doe, the mayor, agreed": an aside after the subject
    if (t.get(j).text().equals("(") || t.get(j).text().equals(",")) {
      String close = t.get(j).text().equals("(") ? ")" : ",";
      int a = j + 1;
      while (a < to && a < j + MAX_ASIDE && !t.get(a).text().equals(close)) a++;
      if (a >= to || a >= j + MAX_ASIDE) return false;
      j = a + 1;
      if (j >= to) return false;
    }
    if (finite(t.pos(j))) return true;
    if (!conjunction || t.pos(k).equals("CD") || t.pos(k).startsWith("JJ")) return false;
    for (int a = j; a < to && a < k + MAX_CONJOINED_SUBJECT && !t.get(a).text().equals(","); a++) {
      if (t.pos(a).equals("WDT") || t.pos(a).equals("WP") || t.lower(a).equals("that")) return false;
      if (finite(t.pos(a))) return true;
    }
    return false;
  }

  private static final int MAX_CONJOINED_SUBJECT = 12;

  private static boolean finite(String pos) {
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** Where the content after a verb begins: after "that" or a colon, or at a bare clause; -1 if none. */
  private static int contentStart(EssayTokens t, EssayContext c, int from, int e, String lemma) {
    int k = from;
    if (HEARER.contains(lemma)) {
      SpeakerPhrases.Phrase hearer = SpeakerPhrases.npStartingAt(t, k, e);
      if (hearer != null) k = hearer.to();
    }
    // "that" within a few tokens of adjuncts ("said in a statement on Monday that")
    for (int j = k; j < e && j < k + 10; j++) {
      if (c.inQuote(j)) break;
      String w = t.lower(j);
      // "framed the law as an issue that is linked to ...": "that" before a finite verb opens a relative clause
      if (w.equals("that") && j > k && j + 1 < e && finite(t.pos(j + 1))) break;
      // "rejected attacks from rivals that he was soft": a stance verb's object with its own content clause
      if (w.equals("that") && j > k && !VERBS.contains(lemma) && opensObject(t, k, e)
          && t.span(k, j).indexOf(',') < 0) return -1; // not over a comma: "dwelled on X, saying that ..."
      if (w.equals("that") && j + 2 < e && t.get(j + 1).text().equals(",")) return j + 2; // "that, in retrospect, ..."
      if (w.equals("that") && j + 1 < e) return j + 1;
      if (w.equals(":") && j + 1 < e) return j + 1;
      String p = t.pos(j);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || w.equals(".") || w.equals(";")) break;
    }
    if (!BARE.contains(lemma)) return -1;
    // "has said for weeks he is ...", "said on Monday the talks ...": a short adjunct before the bare clause
    if (k < e && t.pos(k).equals("IN") && !t.lower(k).equals("that")) {
      for (int j = k + 1; j < e && j <= k + 5; j++) {
        if (!SpeakerPhrases.npToken(t, j) && !t.pos(j).equals("DT") && !t.pos(j).equals("PRP$")) {
          if (j > k + 1 && bareClause(t, c, j, e)) return j;
          break;
        }
      }
    }
    // a bare clause: a subject then its finite verb ("said the talks had failed", "says expanding the park will
    // protect ..."); the subject may be any phrase without a comma, so it is read up to the first finite verb
    if (bareClause(t, c, k, e)) return k;
    // "told reporters this was the last chance": the hearer phrase read too far into the content's subject
    for (int j = from + 1; j < k; j++) if (bareClause(t, c, j, e)) return j;
    return -1;
  }

  /** Longest subject a bare content clause may open with ("the conviction of the former director for ..."). */
  private static final int MAX_BARE_SUBJECT = 24;
  /** Contracted auxiliaries the tagger may not tag as verbs: "she’ll", "he'd". */
  private static final Set<String> CONTRACTED = Set.of("'ll", "'d", "'ve", "'re", "'m");
  /** Words that open a quantity subject: "said about half of the cuts were ...". */
  private static final Set<String> QUANTIFIERS = Set.of("about", "nearly", "almost", "roughly", "some", "only", "just", "over");
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "all", "both", "each");

  /** Subject words: what a bare content clause may open with. */
  private static boolean opensSubject(String pos) {
    return pos.equals("DT") || pos.startsWith("NN") || pos.startsWith("PRP") || pos.startsWith("JJ") || pos.equals("CD")
        || pos.equals("VBG") || pos.equals("EX");
  }

  /** Whether tokens from k are a clause: a subject (no punctuation, at most 12 tokens) then a finite verb. */
  private static boolean bareClause(EssayTokens t, EssayContext c, int k, int e) {
    if (k >= e || !(opensSubject(t.pos(k)) || QUANTIFIERS.contains(t.lower(k))) || t.lower(k).equals("that")) return false;
    // a demonstrative alone may be the subject: "said this was the last chance"
    boolean noun = t.pos(k).equals("DT") && DEMONSTRATIVES.contains(t.lower(k));
    for (int j = k; j < e && j < k + MAX_BARE_SUBJECT; j++) {
      String p = t.pos(j);
      boolean modal = p.equals("MD") || CONTRACTED.contains(t.lower(j).replace('’', '\''));
      if (j > k && noun && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || modal)) return true;
      if (p.equals("POS") && t.pos(j - 1).startsWith("PRP")) return true; // "he’s": a contracted verb tagged as a clitic
      // a possessive, a hyphen or a currency sign stays inside the subject ("the minister's visit", "$5 million")
      boolean inside = p.equals("POS") || p.equals("HYPH") || p.equals("$") || t.get(j).text().equals("-")
          || p.equals("``") || p.equals("''"); // an unpaired archive mark around a term: "the ''old model'' of clubs"
      // "said the meeting, requested by Roe, would ...": a short aside between commas inside the subject
      if (noun && j > k && t.get(j).text().equals(",") && !c.inQuote(j)) {
        int close = asideEnd(t, j, Math.min(e, j + MAX_SUBJECT_ASIDE));
        if (close < 0) return false;
        j = close;
        continue;
      }
      if (!isWord(t, j) && !inside && !c.inQuote(j)) return false;
      if (p.startsWith("NN") || p.startsWith("PRP") || p.equals("VBG") || p.equals("CD") || p.equals("EX")) noun = true;
      if (p.equals("WDT") || p.equals("WP") || p.equals("IN") && t.lower(j).equals("that")) return false;
    }
    return false;
  }

  private static final int MAX_SUBJECT_ASIDE = 10;

  /** The comma closing an aside opened by the comma at j (no finite verb, relative word or conjunction inside), or -1. */
  private static int asideEnd(EssayTokens t, int j, int limit) {
    for (int k = j + 2; k < limit; k++) {
      String p = t.pos(k);
      if (t.get(k).text().equals(",")) {
        String next = k + 1 < limit + 1 && k + 1 < t.tokens.size() ? t.pos(k + 1) : "";
        return next.equals("MD") || next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") ? k : -1;
      }
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || p.equals("WDT") || p.equals("WP")
          || p.equals("CC") || p.equals(":")) return -1;
    }
    return -1;
  }

  /**
   * "The plan, Roe said, has failed": the attribution between commas inside its content, whose
   * subject opens before it and whose predicate follows it. The content skips the attribution.
   */
  private static Report parenthetical(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, v, b);
    if (p == null || p.from() - 1 <= b || !t.get(p.from() - 1).text().equals(",") || c.inQuote(p.from() - 1)) return null;
    int open = p.from() - 1;
    int close = v + 1;
    boolean hearer = HEARER.contains(t.lemma(v)); // "The plan, Roe told the local paper, has failed"
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
      String pos = t.pos(j);
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) predicate = true;
    }
    for (int j = b; j < open; j++) if (t.pos(j).equals("VBD") || t.pos(j).equals("VBZ") || t.pos(j).equals("VBP")) predicate = false;
    String who = SpeakerPhrases.speaker(t, p);
    if (!predicate || who == null) return null;
    return new Report(who, v, t.get(v).text(), b, clauseEnd(c, close + 1, e), open, close + 1);
  }

  /** Verbs of publishing whose by-phrase names who made the content known: "as first reported by the Gazette". */
  private static final Set<String> REPORTED_BY = Set.of("report", "disclose", "reveal", "announce", "publish", "break");

  /**
   * "CONTENT, as (first) reported by X." and "SUBJECT, first reported by X, PREDICATE": a participle of
   * publishing whose by-phrase is the source. The content is the clause before "as", or the clause the
   * aside interrupts (its subject before, its predicate after).
   */
  private static Report reportedBy(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    SpeakerPhrases.Phrase by = SpeakerPhrases.npStartingAt(t, v + 2, e);
    String who = by == null || !proper(t, by) ? SpeakerPhrases.speaker(t, by) : t.span(by.from(), by.to());
    if (who == null) return null;
    int k = v - 1;
    while (k > b && (t.pos(k).startsWith("RB") || t.lower(k).equals("first"))) k--;
    boolean as = t.lower(k).equals("as");
    if (as) k--;
    if (k <= b || !t.get(k).text().equals(",") || c.inQuote(k)) return null;
    // what follows the by-phrase: nothing but adjuncts (the source closes the sentence), or a comma and a predicate
    int close = by.to();
    while (close < e && !t.get(close).text().equals(",") && !finite(t, close)) close++;
    boolean before = false; // a finite verb before the aside: the content is a whole clause
    for (int j = b; j < k; j++) before |= finite(t, j) || c.inQuote(j);
    if (close >= e || as) {
      if (close < e || !before) return null;
      return new Report(who, v, t.get(v).text() + " by", b, k);
    }
    boolean after = false;
    for (int j = close + 1; j < e && j < close + 8; j++) after |= finite(t, j);
    if (before || !after || !t.get(close).text().equals(",")) return null;
    return new Report(who, v, t.get(v).text() + " by", b, clauseEnd(c, close + 1, e), k, close + 1);
  }

  private static boolean finite(EssayTokens t, int j) {
    String p = t.pos(j);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  /** "The plan, said Roe and others, has failed": an inverted attribution between commas inside its content. */
  private static Report invertedAside(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    if (!VERBS.contains(t.lemma(v)) || v - 1 <= b + 1 || !t.get(v - 1).text().equals(",") || c.inQuote(v - 1)) return null;
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
    for (int j = b; j < v - 1; j++) if (finite(t, j) || c.inQuote(j)) return null;
    boolean after = false;
    for (int j = close + 1; j < e && j < close + 8; j++) after |= finite(t, j);
    if (!after) return null;
    return new Report(who, v, t.get(v).text(), b, clauseEnd(c, close + 1, e), v - 1, close + 1);
  }

  /** "CONTENT, X said [adjuncts]." or "CONTENT, said X." with the verb in the sentence's tail. */
  private static Report trailing(EssayContext c, int b, int e, int v, String subject) {
    EssayTokens t = c.tokens;
    if (!VERBS.contains(t.lemma(v))) return null; // "..., as lawmakers accused each other": a stance verb takes its object
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
      if (!proper(t, apposed) && name != null && name.to() == v - 1 && proper(t, name)) {
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
      if (p == null || !onlyCoordinated(t, first, p.from())) return null;
      // the phrase after the comma, not a title chain reaching back into the content ("..., a former official said")
      String after = SpeakerPhrases.speaker(t, p);
      if (after != null) who = after;
    }
    if (who == null) return null;
    // ", as Roe said": nothing but an adjunct may follow the verb (", as voters accused the mayor" has an object)
    if (t.lower(comma + 1).equals("as") && v + 1 < e && !(t.pos(v + 1).equals("IN") || t.pos(v + 1).startsWith("RB")
        || t.pos(v + 1).equals(",") || t.pos(v + 1).equals("NNP"))) return null;
    // the content before the comma is a clause (a finite verb) or a quotation, not a phrase ("Roe, in her speech, said")
    // (a closing archive mark after the comma: the content ends a quotation opened before the sentence)
    boolean clause = comma + 1 < e && archiveMark(c, comma + 1) && !opensArchive(c, comma + 1);
    for (int j = b; j < comma && !clause; j++) {
      String p = t.pos(j);
      clause = c.inQuote(j) || archiveMark(c, j) || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }
    if (!clause) return null;
    // "He had no ties, the firm added, and had passed all checks", "The plan is late, said Roe, but the money is
    // there": a predicate or clause coordinated with the content goes on with it (the attribution is skipped)
    int and = coordinatedAfter(c, b, v, e);
    if (and >= 0) return new Report(who, v, t.get(v).text(), b, clauseEnd(c, and + 1, e), comma, and + 1);
    if (!onlyAdjunctsAfter(c, v, tail)) return null;
    return new Report(who, v, t.get(v).text(), b, comma);
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
      String p = t.pos(j);
      if (t.get(j).text().equals(",") && j + 1 < e && t.pos(j + 1).equals("CC")) {
        return sharedSubject(t, j + 2, e) || bareClause(t, c, j + 2, e) && !anotherVoice(c, b, j + 2, e) ? j : -1;
      }
      if (t.get(j).text().equals(",") && j + 1 < e && (t.pos(j + 1).equals("VBG") || opensArchive(c, j + 1))
          || t.get(j).text().equals(";") || dash(t, j) || p.equals("WP") || p.equals("WDT") || p.equals("WP$") || p.equals("WRB")
          || SUBORDINATORS.contains(t.lower(j)) && p.equals("IN")
          || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || t.lower(j).equals("that")) return -1;
    }
    return -1;
  }

  /** Whether nothing but adjuncts follow the verb: no second clause, unless a conjunction opens it (", Roe said, and ..."). */
  private static boolean onlyAdjunctsAfter(EssayContext c, int v, int e) {
    EssayTokens t = c.tokens;
    for (int j = v + 1; j < e; j++) {
      if (c.inQuote(j)) continue;
      String p = t.pos(j);
      // what follows another conjunction, a participle (", adding"), a dash, a relative clause on the speaker, a
      // clause of time or reason (", Roe said when asked what ...") or a quotation going on (", Roe said, ''and ...'')
      // is not content
      if (t.get(j).text().equals(",") && j + 1 < e && (t.pos(j + 1).equals("CC") || t.pos(j + 1).equals("VBG")
          || opensArchive(c, j + 1)) || t.get(j).text().equals(";") || dash(t, j) || p.equals("WP") || p.equals("WDT")
          || p.equals("WP$") || p.equals("WRB") || SUBORDINATORS.contains(t.lower(j)) && p.equals("IN")) break;
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD") || t.lower(j).equals("that")) return false;
    }
    return true;
  }

  /** Words opening a clause of time, reason or condition after a trailing attribution. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "because", "since",
      "although", "though", "until", "if", "once");
  private static final int MAX_APPOSED = 30;
  /** The longest quotation (tokens) a question before its inverted attribution is followed back over. */
  private static final int MAX_QUESTION = 300;

  /** An unpaired news-archive quotation mark (''), which the quotation finder leaves to reported speech. */
  private static boolean archiveMark(EssayContext c, int i) {
    return c.tokens.get(i).text().equals("''") && !c.inQuote(i);
  }

  /**
   * "Roe said, ''We will win.''": a news-archive quotation after the verb and a comma is the content, up to its
   * closing mark in the sentence (a later one is reached by {@link ArchiveQuotations}); null if none.
   */
  private static Report commaQuotation(EssayContext c, int e, int v, String who) {
    EssayTokens t = c.tokens;
    if (who == null || v + 2 >= e || !t.get(v + 1).text().equals(",") || !opensArchive(c, v + 2)) return null;
    int to = v + 3;
    while (to < e && !(archiveMark(c, to) && !opensArchive(c, to))) to++;
    to = Math.min(e, to + 1);
    return words(t, v + 2, to) < MIN_CONTENT_WORDS ? null : new Report(who, v, t.get(v).text(), v + 2, to);
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
      String p = t.pos(k);
      if (c.inQuote(k) || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) return null;
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
  private static Report questionBefore(EssayContext c, int b, int e, int v) {
    EssayTokens t = c.tokens;
    if (v != b || b < 3 || !archiveMark(c, b - 1) || !t.get(b - 2).text().matches("[?!]")) return null;
    int open = b - 3;
    while (open >= 0 && open > b - MAX_QUESTION && !archiveMark(c, open)
        && !t.text.substring(t.get(open).span().end(), t.get(open + 1).span().begin()).contains("\n\n")) {
      open--;
    }
    if (open < 0 || !archiveMark(c, open) || words(t, open, b) < MIN_CONTENT_WORDS) return null;
    String who = SpeakerPhrases.speaker(t, inverted(t, v + 1, e));
    return who == null || !onlyAdjunctsAfter(c, v, e) ? null : new Report(who, v, t.get(v).text(), open, b);
  }

  /** Whether a finite verb that is not one of speech opens tokens from k (after adverbs): a predicate without a subject. */
  private static boolean sharedSubject(EssayTokens t, int k, int e) {
    while (k < e && t.pos(k).startsWith("RB")) k++;
    if (k >= e) return false;
    String p = t.pos(k);
    return (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) && !speech(t, k);
  }

  /** The phrase after an inverted verb, over a coordination of titles up to the name: "said lobbyist and strategist Jane Roe". */
  private static SpeakerPhrases.Phrase inverted(EssayTokens t, int k, int e) {
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, k, e);
    if (p == null || proper(t, p) || p.to() + 1 >= e || !t.pos(p.to()).equals("CC")) return p;
    SpeakerPhrases.Phrase next = SpeakerPhrases.npStartingAt(t, p.to() + 1, e);
    return next != null && proper(t, next) ? new SpeakerPhrases.Phrase(p.from(), next.to()) : p;
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

  /** The subject of the first finite verb of a sentence outside quotation marks (for "... and said that"). */
  private static final Set<String> CLAUSE_JOINTS = Set.of("and", "but", "yet", "so");

  private static String mainSubject(EssayContext c, int b, int v) {
    EssayTokens t = c.tokens;
    // "Roe signed the order, while Doe, the governor, proposed a ban and said ...": the clause a comma and a
    // conjunction (or a semicolon) open before the cue holds its subject
    for (int i = v - 2; i > b + 1; i--) {
      if (c.inQuote(i)) continue;
      boolean joint = t.get(i).text().equals(";") || t.get(i - 1).text().equals(",")
          && (CLAUSE_JOINTS.contains(t.lower(i)) || CONTRASTS.contains(t.lower(i)));
      if (joint) {
        b = i + 1;
        break;
      }
    }
    for (int i = b; i < v; i++) {
      if (c.inQuote(i)) continue; // a verb inside a quotation is another voice's
      String p = t.pos(i);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return SpeakerPhrases.speaker(t, SpeakerPhrases.subjectBefore(t, i, b));
      }
    }
    return null;
  }

  private static boolean allQuoted(EssayContext c, Report r) {
    for (int i = r.contentFrom; i < r.contentTo; i++) if (!c.inQuote(i) && isWord(c.tokens, i)) return false;
    return true;
  }

  private static int words(EssayTokens t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (isWord(t, i)) n++;
    return n;
  }

  static boolean isWord(EssayTokens t, int i) {
    String x = t.get(i).text();
    return !x.isEmpty() && Character.isLetterOrDigit(x.charAt(0));
  }
}
