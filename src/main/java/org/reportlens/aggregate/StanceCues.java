package org.reportlens.aggregate;

import java.util.List;
import java.util.Set;

/**
 * Two cues of stated positions that have no verb of saying, for {@link ReportedSpeech}:
 * <ul>
 *   <li>a stance adjective after a copula: "Roe is confident that the bill will pass", "the unions are
 *       skeptical about the plan", "Doe made it clear that she would run", "Roe is opposed to the merger" —
 *       the subject holds the position, the clause or the object of the adjective's preposition is the content;
 *   <li>evidence that speaks through a verb of showing: "Polls show ...", "the new data suggest ...",
 *       "one study found ..." — a phrase headed by a poll, a document or a finding is the source;
 *   <li>texts and rules that state positions: "the bill calls for ...", "the accord urges ...", "the law
 *       requires ..." — a phrase headed by a bill, a platform, an ad or a letter is the source.
 * </ul>
 * The subject must pass the same validity test as any speaker (a name, a person or body noun, a resolved
 * pronoun); nothing is reported for "it is clear that" or "the question is". Pure and thread-safe.
 */
final class StanceCues {
  private StanceCues() {}

  /** Adjectives (and adjectival participles) that state a position held about what follows them. */
  static final Set<String> ADJECTIVES = Set.copyOf(List.of(
      "confident", "certain", "sure", "skeptical", "sceptical", "optimistic", "pessimistic", "hopeful", "worried",
      "concerned", "convinced", "adamant", "clear", "aware", "critical", "supportive", "opposed", "doubtful",
      "wary", "insistent", "unhappy", "upset", "angry", "furious", "frustrated", "disappointed", "tired",
      "committed", "determined", "afraid", "fearful", "uncertain", "unsure", "dismissive", "fond", "enthusiastic",
      "bullish", "bearish", "alarmed", "outraged", "dubious", "suspicious", "proud", "eager", "reluctant"));
  /** What may join a stance adjective to its content: a clause or a preposition. */
  private static final Set<String> LINKS = Set.of("that", "about", "of", "on", "with", "over", "to", "toward", "towards",
      "in");
  /** Verbs that link a subject to a stance adjective (lemmas). */
  private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "sound", "become", "grow", "feel",
      "stay", "look");
  /** Verbs through which evidence speaks (lemmas). */
  static final Set<String> EVIDENCE_VERBS = Set.of("show", "suggest", "find", "indicate", "reveal", "confirm", "conclude");
  /** Heads of phrases naming evidence that may speak: "polls", "the data", "one study", "exit polling". */
  private static final Set<String> EVIDENCE_NOUNS = Set.copyOf(List.of(
      "poll", "polling", "survey", "data", "datum", "finding", "result", "projection", "evidence", "analysis", "estimate",
      "study", "report", "record", "filing", "figure", "statistic", "investigation", "video", "footage", "document",
      "email", "e-mail", "memo", "research", "audit", "review", "forecast", "tally", "count", "paper", "experiment",
      "model", "test", "inquiry", "probe", "census", "index", "disclosure", "average", "recording", "tape", "clip"));
  /** Verbs through which a text or a rule states a position: "the bill calls for", "the accord urges" (lemmas). */
  static final Set<String> DOCUMENT_VERBS = Set.of("call", "urge", "seek", "demand", "propose", "recommend", "say", "state",
      "argue", "warn", "describe", "accuse", "criticize", "criticise", "attack", "claim", "ask", "require", "prohibit",
      "ban", "mandate", "forbid", "bar", "promise", "pledge", "vow", "endorse", "oppose", "support");
  /** Verbs of rules whose object is what the rule lays down; only a document subject makes them a cue. */
  static final Set<String> RULE_VERBS = Set.of("require", "prohibit", "ban", "mandate", "forbid", "bar");
  /** Heads of phrases naming texts and rules that state positions: "the bill", "the party platform", "an ad". */
  private static final Set<String> DOCUMENT_NOUNS = Set.copyOf(List.of(
      "legislation", "bill", "law", "measure", "initiative", "amendment", "accord", "agreement", "treaty", "platform",
      "plank", "resolution", "ad", "advertisement", "commercial", "video", "post", "tweet", "letter", "order",
      "ruling", "proposal", "plan", "petition", "lawsuit", "complaint", "statement", "report", "memo", "manifesto",
      "policy", "regulation", "decree", "directive", "guideline", "motion", "referendum", "document", "editorial",
      "op-ed", "column", "speech", "message", "email", "e-mail", "mailer", "flyer", "brochure", "website", "page",
      "rule", "constitution", "charter", "statute", "code"));

  /** "The bill calls for ...": the phrase when its head names a text or a rule, else null. */
  static String documentSource(EssayTokens t, SpeakerPhrases.Phrase p) {
    return headed(t, p, DOCUMENT_NOUNS);
  }

  /** Prepositions a source phrase spans before its head is read: "polls in Ohio" has the head "poll". */
  private static final Set<String> SPANS = Set.of("of", "in", "at", "for", "by", "from");
  private static final int COPULA_REACH = 20;

  /** "Polls in Ohio show ...": the phrase when its head names evidence, else null. */
  static String evidenceSource(EssayTokens t, SpeakerPhrases.Phrase p) {
    return headed(t, p, EVIDENCE_NOUNS);
  }

  /** Longest reach back from a verb of showing to its evidence noun over a participle and adjuncts. */
  private static final int EVIDENCE_REACH = 8;

  /**
   * "A poll released Saturday found ...", "A Roe poll last month showed ...": the phrase from the evidence noun's
   * phrase to the verb, with only a participle, names, numbers and prepositions between; null if none.
   */
  static String evidenceBefore(EssayTokens t, int b, int v) {
    for (int k = v - 1; k >= b && k >= v - EVIDENCE_REACH; k--) {
      String p = t.pos(k);
      if (evidenceNoun(t, k) && k < v - 1) {
        SpeakerPhrases.Phrase np = SpeakerPhrases.npEndingAt(t, k, b);
        // the phrase as written, with its participle and adjuncts: "Figures reported on Sunday" (not the adverbs
        // before the verb: "The results also showed")
        int to = v;
        while (to - 1 > k && (t.pos(to - 1).startsWith("RB") || t.get(to - 1).text().equals(","))) to--;
        return t.span(np == null ? k : np.from(), to);
      }
      boolean between = p.startsWith("NN") || p.equals("VBN") || p.equals("IN") || p.equals("DT") || p.equals("CD")
          || p.startsWith("JJ") || p.startsWith("RB") || p.equals("HYPH") || published(t, k);
      if (!between) return null;
    }
    return null;
  }

  /**
   * Where the object of a verb of showing at v, from {@code from} to {@code object}, ends when its subject is
   * evidence: at a colon inside it ("show voters rejecting Roe: a poll found ...") or at the main verb after a
   * relative clause ("a video that showed Roe speaking went viral"); when it reached a comma, at
   * the end of the clause a past participle or a contrast opens after the comma ("showed Roe at 11 percent,
   * followed by Doe at 10 percent", "finds Roe up four points, while other polls show Doe ahead") or of the
   * participle after a relative aside ("shows Roe, who was mayor then, outlining her plan"); otherwise at
   * {@code object}. Tokens [b, e) are the sentence piece.
   */
  static int findingEnd(EssayContext c, int b, int v, int from, int object, int e) {
    EssayTokens t = c.tokens;
    if (!EVIDENCE_VERBS.contains(t.lemma(v)) || !(evidenceSource(t, SpeakerPhrases.subjectBefore(t, v, b)) != null
        || evidenceBefore(t, b, v) != null)) return object;
    for (int j = from + 1; j < object; j++) {
      if (t.get(j).text().equals(":") && !c.inQuote(j)) return j;
      // "a video that showed Roe discussing the bill went viral": the main clause's verb closes a relative clause's object
      if (t.finite(j) && v - 1 >= b && (t.pos(v - 1).equals("WDT") || t.lower(v - 1).equals("that"))
          && (t.pos(j - 1).startsWith("NN") || t.pos(j - 1).startsWith("PRP"))) return j;
    }
    if (object + 2 >= e || !t.get(object).text().equals(",") || c.inQuote(object + 1)) return object;
    int next = object + 1;
    String p = t.pos(next);
    // "followed closely by" (tagged as a past tense too); not ", offering a glimpse of": the writer's comment
    boolean participle = p.equals("VBN")
        || p.equals("VBD") && (t.lower(next + 1).equals("by") || t.pos(next + 1).startsWith("RB") && next + 2 < e && t.lower(next + 2).equals("by"));
    boolean contrast = ContentSpans.CONTRASTS.contains(t.lower(next));
    if (participle || contrast) return Math.max(object, ContentSpans.clauseEnd(c, next + 1, e));
    if (p.equals("WP")) { // ", who was mayor then, outlining": the aside, then the object's participle
      int close = next + 1;
      while (close < e && close < next + MAX_ASIDE && !t.get(close).text().equals(",")) close++;
      if (close + 1 < e && close < next + MAX_ASIDE && t.pos(close + 1).equals("VBG")) {
        return Math.max(object, ContentSpans.clauseEnd(c, close + 1, e));
      }
    }
    return object;
  }

  /** Longest relative aside inside a finding's object ("Roe, who was mayor in 2013, outlining ..."). */
  private static final int MAX_ASIDE = 15;

  /** Longest source phrase read forward from its first word to a verb of showing that closes a sentence. */
  private static final int MAX_EVIDENCE_PHRASE = 14;

  /**
   * "..., a study by the Council of Roe found.": tokens [from, v) when they are one phrase headed by evidence
   * (determiners, modifiers and names, the evidence noun, then only names, prepositions, numbers and a
   * participle of publishing); else null.
   */
  static String evidencePhrase(EssayTokens t, int from, int v) {
    if (v - from > MAX_EVIDENCE_PHRASE) return null;
    int k = from;
    while (k < v && !evidenceNoun(t, k)) {
      String p = t.pos(k);
      if (!(p.equals("DT") || p.startsWith("JJ") || p.startsWith("NN") || p.equals("CD") || p.equals("HYPH")
          || p.equals("POS") || p.equals("PRP$"))) return null;
      k++;
    }
    if (k >= v) return null;
    for (int j = k + 1; j < v; j++) {
      String p = t.pos(j);
      if (!(p.startsWith("NN") || p.equals("IN") || p.equals("DT") || p.equals("CD") || p.startsWith("JJ")
          || p.equals("HYPH") || p.equals("CC") || published(t, j))) return null;
    }
    return t.span(from, v);
  }

  private static String headed(EssayTokens t, SpeakerPhrases.Phrase p, Set<String> heads) {
    if (p == null) return null;
    int head = -1;
    for (int i = p.from(); i < p.to(); i++) {
      if (SPANS.contains(t.lower(i)) && head >= 0) break;
      if (t.pos(i).startsWith("NN")) head = i;
    }
    return head >= 0 && noun(t, head, heads) ? t.span(p.from(), p.to()) : null;
  }

  /** Whether token k is a noun naming evidence ("polls", "the data", "new filings"). */
  static boolean evidenceNoun(EssayTokens t, int k) {
    return noun(t, k, EVIDENCE_NOUNS);
  }

  /**
   * Whether token k is a noun whose lemma is in heads; a capitalised head ("the Roe University Poll") and a
   * plural the lemmatizer leaves as it is ("filings") count too.
   */
  static boolean noun(EssayTokens t, int k, Set<String> heads) {
    if (!t.pos(k).startsWith("NN")) return false;
    String l = t.lemma(k).toLowerCase(java.util.Locale.ROOT);
    return heads.contains(l) || l.length() > 3 && l.endsWith("s") && heads.contains(l.substring(0, l.length() - 1));
  }

  /**
   * Participles of making a finding public that the tagger reads as past tenses after their noun ("A poll
   * released on Tuesday showed", "Figures reported on Sunday suggest"): they sit inside the source phrase.
   */
  private static final Set<String> PUBLISHED = Set.of("release", "publish", "conduct", "take", "report", "file",
      "issue", "commission", "post", "leak", "obtain", "carry", "complete", "unveil", "submit", "compile", "gather",
      "collect", "prepare", "sponsor");

  static boolean published(EssayTokens t, int k) {
    return (t.pos(k).equals("VBD") || t.pos(k).equals("VBN")) && PUBLISHED.contains(t.lemma(k));
  }

  /** A report for the stance adjective at token a in tokens [b, e), or null. */
  static ReportedSpeech.Report adjective(EssayContext c, int b, int e, int a) {
    EssayTokens t = c.tokens;
    // "made it clear they would ...": "clear" after "make" takes a bare clause as well
    boolean bare = a + 2 < e && t.lower(a).equals("clear") && !LINKS.contains(t.lower(a + 1))
        && ContentSpans.bareClause(t, c, a + 1, e);
    if (a + 2 >= e || !LINKS.contains(t.lower(a + 1)) && !bare) return null;
    // "is sure to lose", "made it clear to reporters": a forecast or a hearer, not the held position
    if (t.lower(a + 1).equals("to") && Set.of("sure", "certain", "clear").contains(t.lower(a))) return null;
    // "critical to the plan" is importance; "critical of the plan" is a stance
    if (t.lower(a).equals("critical") && !t.lower(a + 1).equals("of")) return null;
    int v = linkingVerb(t, b, a);
    if (v < 0 || bare && !t.lemma(v).equals("make")) return null;
    SpeakerPhrases.Phrase near = SpeakerPhrases.subjectBefore(t, v, b);
    if (near == null) return null; // "it is clear that", "to be certain that": no subject, no report
    String who = SpeechSubjects.subjectOf(c, b, v, near);
    if (who == null) return null;
    if (bare) return new ReportedSpeech.Report(who, a, t.get(a).text(), a + 1, ContentSpans.clauseEnd(c, a + 1, e));
    int from = a + 2;
    int end = ContentSpans.clauseEnd(c, from, e);
    // a preposition's object ends where an adjunct or a comma begins; a that-clause runs to the clause end
    if (!t.lower(a + 1).equals("that")) end = ContentSpans.objectEnd(c, from, end, false);
    return new ReportedSpeech.Report(who, a, t.get(a).text() + " " + t.get(a + 1).text(), from, end);
  }

  /**
   * The verb that links the subject to the adjective at a: a copula before it over adverbs ("is still
   * skeptical"), "made it clear", or the copula of a first adjective coordinated with it ("are confident in
   * X — and openly skeptical about Y"); -1 when another finite verb stands between.
   */
  private static int linkingVerb(EssayTokens t, int b, int a) {
    int j = a - 1;
    while (j > b && t.pos(j).startsWith("RB")) j--;
    if (j <= b) return -1;
    if (t.lower(j).equals("it") && j - 1 > b && t.lemma(j - 1).equals("make")) return j - 1; // "made it clear"
    if (t.lower(a).equals("clear") && t.lemma(j).equals("make") && t.pos(j).startsWith("VB")) return j; // "made clear that"
    if (t.pos(j).startsWith("VB") && COPULAS.contains(t.lemma(j))) return j;
    if (!t.pos(j).equals("CC")) return -1;
    for (int k = j - 1; k > b && k > a - COPULA_REACH; k--) {
      String p = t.pos(k);
      if (p.startsWith("VB") && COPULAS.contains(t.lemma(k))) return k;
      if (t.finite(k)) return -1;
    }
    return -1;
  }
}
