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
 * <p>This class holds the cue sets, the walk over a sentence and the reading of a verb before its content;
 * {@link NominalReports} reads "according to", views and claim nouns, {@link TrailingAttributions} the
 * attributions after or inside their content, {@link SpeechSubjects} who speaks and {@link ContentSpans}
 * where a content starts and ends.
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
  static final java.util.Map<String, Set<String>> PREPOSITIONS = java.util.Map.ofEntries(
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
      java.util.Map.entry("apologise", Set.of("for")), java.util.Map.entry("plead", Set.of("for", "to")),
      java.util.Map.entry("appeal", Set.of("for")), java.util.Map.entry("press", Set.of("for")),
      java.util.Map.entry("dwell", Set.of("on")), java.util.Map.entry("harp", Set.of("on")),
      java.util.Map.entry("elaborate", Set.of("on")), java.util.Map.entry("opine", Set.of("on", "about")),
      java.util.Map.entry("agree", Set.of("on", "with")), java.util.Map.entry("vote", Set.of("for", "against")),
      java.util.Map.entry("fight", Set.of("for", "against")), java.util.Map.entry("hope", Set.of("for")),
      java.util.Map.entry("ask", Set.of("for", "about")), java.util.Map.entry("pivot", Set.of("to")),
      java.util.Map.entry("hint", Set.of("at")), java.util.Map.entry("allude", Set.of("to")),
      java.util.Map.entry("point", Set.of("to")));

  /** Verbs whose content may follow without "that": "said the talks had failed". */
  static final Set<String> BARE = Set.copyOf(List.of(
      "say", "tell", "write", "argue", "claim", "insist", "believe", "think", "warn", "add", "note", "explain",
      "announce", "predict", "suggest", "acknowledge", "admit", "report", "state", "confirm", "tweet", "feel",
      "fear", "hope", "assert", "contend", "concede", "estimate", "reply", "respond", "answer", "agree", "assure", "promise",
      "remind", "vow", "pledge", "rule", "understand", "realize", "realise", "recall", "show", "find", "indicate",
      "expect", "worry", "complain", "reveal", "conclude", "signal", "emphasize", "stress", "recognize",
      "doubt", "anticipate", "reassure", "guess", "figure", "notice"));

  /** Verbs that take the hearer as object before the content: "told the Panel that". */
  static final Set<String> HEARER = Set.of("tell", "inform", "warn", "assure", "remind", "advise", "notify",
      "promise", "urge");

  static final int MIN_CONTENT_WORDS = 3;

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
  static void find(EssayContext c, Sentence s, int b, int e, boolean last, List<Report> out) {
    EssayTokens t = c.tokens;
    // closing punctuation is not content, nor an archive mark (after a space) opening the next sentence's quotation,
    // which the splitter leaves at this sentence's end ("Roe said so. ''We ...")
    while (e > b && (t.get(e - 1).text().matches("[.!?;:,]+") || TrailingAttributions.archiveMark(c, e - 1) && e - 1 > b
        && t.get(e - 2).span().end() < t.get(e - 1).span().begin())) e--;
    Report label = labelled(c, b, e);
    if (label != null) out.add(last ? turn(c, s, label) : label);
    // a cue inside the labelled content reports on its own ("Roe: On her website, Doe calls for ...")
    for (int i = label == null ? b : label.contentFrom(); i < e; i++) {
      if (c.inQuote(i)) continue;
      Report r = null;
      if (t.lower(i).equals("according") && i + 1 < e && t.lower(i + 1).equals("to")) r = NominalReports.according(c, b, e, i);
      else if (t.lower(i).equals("in") || t.lower(i).equals("based")) { // "In a poll released Monday, ..."
        r = PollFrames.opening(c, b, e, i);
        if (r == null) r = PollFrames.closing(c, b, e, i); // "... leads by 9 points in the latest poll"
      }
      else if (t.pos(i).startsWith("NN") && (NominalReports.VIEW_NOUNS.contains(t.lemma(i)) || NominalReports.CLAIM_NOUNS.contains(t.lemma(i)))) {
        r = NominalReports.VIEW_NOUNS.contains(t.lemma(i)) ? NominalReports.view(c, b, e, i) : null;
        if (r == null && NominalReports.CLAIM_NOUNS.contains(t.lemma(i))) r = NominalReports.nominal(c, b, e, i); // "Roe's claim that ..."
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
    // "pleaded guilty to a charge": the plea's object is what was stated
    if (lemma.equals("plead") && from + 1 < e && t.lower(from).equals("not") && t.lower(from + 1).equals("guilty")) from += 2;
    else if (lemma.equals("plead") && from < e && t.lower(from).equals("guilty")) from++;
    String who;
    boolean document = false; // the subject is a text or a rule ("the bill", "the party platform")
    boolean finite = !pos.equals("VBN") || SpeechSubjects.perfect(t, v, b);
    if (pos.equals("VBN") && TrailingAttributions.REPORTED_BY.contains(lemma) && v + 2 < e && t.lower(v + 1).equals("by")) {
      return TrailingAttributions.reportedBy(c, b, e, v); // "as first reported by the Gazette", "The plan, first disclosed by Roe, ..."
    }
    if (passive) {
      return null;
    } else if (v - 1 > b && t.pos(v - 1).equals("TO")) {
      // "was quick to point out that", "declined to say whether": the subject of the verb "to" depends on
      who = SpeechSubjects.controller(c, b, v);
      finite = true;
    } else if (pos.equals("VBG") || (pos.equals("VBN") && v - 1 >= b && t.get(v - 1).text().equals(","))) {
      // "..., saying that ...": the subject of the clause the participle hangs on
      who = SpeakerPhrases.participleHost(t, b, v, i -> !c.inQuote(i));
      // "Jane Roe, a spokeswoman for the mayor, called/VBN on ...": with no finite verb before it, a participle after
      // an appositive's closing comma is the sentence's own past tense, misread by the tagger ("by" keeps a passive)
      if (pos.equals("VBN") && !finiteBefore(c, b, v) && !(v + 1 < e && t.lower(v + 1).equals("by"))) {
        String subject = SpeechSubjects.subjectOf(c, b, v, SpeakerPhrases.subjectBefore(t, v, b));
        if (subject != null) {
          who = subject;
          finite = true;
        }
      }
    } else if (v - 1 > b && t.pos(v - 1).equals("CC")) {
      who = SpeechSubjects.mainSubject(c, b, v); // "X celebrated ... and said that": the subject of the first predicate
    } else {
      String antecedent = SpeechSubjects.relativeAntecedent(t, b, v);
      SpeakerPhrases.Phrase near = antecedent != null ? null : SpeakerPhrases.subjectBefore(t, v, b);
      who = antecedent != null ? antecedent : SpeechSubjects.subjectOf(c, b, v, near);
      if (who == null) who = SpeechSubjects.share(t, b, v);
      // "A poll released Monday found", "Figures reported on Sunday suggest": the evidence phrase as written
      String written = StanceCues.EVIDENCE_VERBS.contains(lemma) ? StanceCues.evidenceBefore(t, b, v) : null;
      if (who == null && StanceCues.EVIDENCE_VERBS.contains(lemma)) {
        who = StanceCues.evidenceSource(t, near); // "Polls show ..."
        if (who == null) who = written;
      }
      // a subject read shorter than the evidence phrase it opens ("Figures") is given with its participle and adjuncts
      if (written != null && written.startsWith(who) && written.length() > who.length()) who = written;
      String documentName = StanceCues.DOCUMENT_VERBS.contains(lemma) ? StanceCues.documentSource(t, near) : null;
      document = documentName != null;
      if (who == null && document) who = documentName; // "The bill calls for"
      // "In May, the prince called for ...": a participle tag right after a clause-opening subject is a past tense
      if (!finite && near != null && near.to() == v && who != null
          && (near.from() == b || t.get(near.from() - 1).text().equals(",") || t.pos(near.from() - 1).equals("CC"))) {
        finite = true;
      }
    }
    Report inside = TrailingAttributions.parenthetical(c, b, e, v);
    if (inside == null) inside = TrailingAttributions.invertedAside(c, b, e, v);
    if (inside != null) return inside;
    Report as = asClause(c, b, e, v);
    if (as != null) return as;
    // trailing: "CONTENT, X said." / "CONTENT, said X."
    Report trailing = TrailingAttributions.trailing(c, b, e, v, who);
    if (trailing != null) return trailing;
    if (who == null) return null;
    Report quoted = finite && VERBS.contains(lemma) ? TrailingAttributions.commaQuotation(c, e, v, who) : null;
    if (quoted != null) return quoted;
    int content = ContentSpans.contentStart(t, c, from, e, lemma);
    // "spoke to reporters about the budget", "talked with the mayor about": the hearer stands before the preposition
    if (content < 0 && PREPOSITIONS.containsKey(lemma) && from + 2 < e && Set.of("to", "with").contains(t.lower(from))
        && !PREPOSITIONS.get(lemma).contains(t.lower(from))) {
      SpeakerPhrases.Phrase hearer = SpeakerPhrases.npStartingAt(t, from + 1, e);
      if (hearer != null && hearer.to() + 1 < e && PREPOSITIONS.get(lemma).contains(t.lower(hearer.to()))) from = hearer.to();
    }
    if (content < 0 && PREPOSITIONS.containsKey(lemma) && from + 1 < e && PREPOSITIONS.get(lemma).contains(t.lower(from))
        && finite) {
      // "talked about the budget", "warned of a shortage": the preposition's object is what was said
      return new Report(who, v, t.get(v).text() + " " + t.get(from).text(), from + 1, ContentSpans.objectEnd(c, from + 1, ContentSpans.clauseEnd(c, from + 1, e), false));
    }
    if (content < 0 && !ContentSpans.opensObject(t, from, e)) return null;
    if (content < 0 && AS_ONLY.contains(lemma) && finite && asPredicate(c, from, e)) {
      // "sees the deal as a trap", "regarded him as a rival": the object and its predicate are the view held
      return new Report(who, v, t.get(v).text(), from, ContentSpans.objectEnd(c, from, ContentSpans.clauseEnd(c, from, e), true));
    }
    if (lemma.equals("attack") && physicalAttack(t, who, from, e)) return null;
    // "the law requires ...": a rule verb speaks only through a text or a rule as subject
    boolean rule = StanceCues.RULE_VERBS.contains(lemma);
    if (rule && !document) return null;
    if (content < 0 && (STANCE.contains(lemma) || rule) && finite && from < e
        && !t.get(from).text().matches("[.,;:]") && !ContentSpans.dash(t, from)) {
      // "called for a ban", "vowed to fight on": the object ends where an adjunct or another clause begins;
      // a finding goes on to its clause's end ("showed Roe at 11 percent, followed by Doe at 10 percent")
      int end = ContentSpans.objectEnd(c, from, ContentSpans.clauseEnd(c, from, e), AS_VERBS.contains(lemma));
      return new Report(who, v, t.get(v).text(), from, StanceCues.findingEnd(c, b, v, from, end, e));
    }
    if (content < 0) return null;
    if (ContentSpans.QUESTION.contains(lemma) && ContentSpans.QUESTION_WORDS.contains(t.lower(content))) {
      // a reported question ends like an object, before the clause that answers it ("asked if ..., Roe deflected")
      return new Report(who, v, t.get(v).text(), content, ContentSpans.objectEnd(c, content, ContentSpans.clauseEnd(c, content, e), false));
    }
    return new Report(who, v, t.get(v).text(), content, ContentSpans.clauseEnd(c, content, e));
  }

  /** Attackers that strike with arms, and targets that are places: "militants attacked a compound" is no criticism. */
  private static final Set<String> ARMED = Set.of("terrorist", "terrorists", "militant", "militants", "gunman", "gunmen",
      "insurgent", "insurgents", "troops", "forces", "soldiers", "rebels", "fighters", "attackers", "army", "police");
  private static final Set<String> PLACES = Set.of("compound", "base", "embassy", "consulate", "building", "city", "town",
      "village", "convoy", "camp", "checkpoint", "station", "post", "school", "church", "mosque", "hospital", "country",
      "positions", "outpost", "ship", "vessel");

  /** Whether "attack" here is an armed attack: an armed subject or a place as the object's head (before "in/on/at"). */
  private static boolean physicalAttack(EssayTokens t, String who, int from, int e) {
    String[] words = who.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    if (ARMED.contains(words[words.length - 1])) return true;
    for (int j = from; j < e && j < from + 8; j++) {
      if (PLACES.contains(t.lower(j))) return true;
      if (!SpeakerPhrases.npToken(t, j) && !t.pos(j).equals("DT") && !t.pos(j).equals("PRP$") && !t.pos(j).startsWith("JJ")) break;
    }
    return false;
  }

  /** Whether a finite verb outside quotation marks stands in tokens [b, v). */
  static boolean finiteBefore(EssayContext c, int b, int v) {
    for (int i = b; i < v; i++) if (c.tokens.finite(i) && !c.inQuote(i)) return true;
    return false;
  }

  /** Verbs of viewing that state a position only with an "as" predicate: "sees the deal as a trap". */
  private static final Set<String> AS_ONLY = Set.of("see", "view", "regard", "perceive", "cast", "frame", "pitch",
      "position", "paint");

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
    return new Report(who, v, t.get(v).text(), comma + 1, ContentSpans.clauseEnd(c, comma + 1, e));
  }

  private static boolean allQuoted(EssayContext c, Report r) {
    for (int i = r.contentFrom; i < r.contentTo; i++) if (!c.inQuote(i) && isWord(c.tokens, i)) return false;
    return true;
  }

  static int words(EssayTokens t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) if (isWord(t, i)) n++;
    return n;
  }

  static boolean isWord(EssayTokens t, int i) {
    String x = t.get(i).text();
    return !x.isEmpty() && Character.isLetterOrDigit(x.charAt(0));
  }
}
