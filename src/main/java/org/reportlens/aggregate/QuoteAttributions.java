package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;

/**
 * The sieve of attribution inside the quotation's sentence, for {@link QuoteAggregator}: each pass a pattern,
 * tried in order, the first speaker found wins (the interruption of a split quotation, the words right after the
 * quotation, "according to X", a wording noun, the nearest speech verb), plus a run-in headline, a fragment
 * within reported speech, the speaker of a verb (subject, inversion, "quoted as saying", participles, passives)
 * and the named entity opening the sentence of a long quotation. Consumes the essay's tokens and a quotation's
 * {@link QuoteAggregator.Frame}; produces a {@link QuoteAggregator.Attribution} or a speaker's text, or null.
 * Does not look beyond the sentence (see {@link QuoteIntroductions}) nor decide the kind. Pure and thread-safe.
 */
final class QuoteAttributions {
  private QuoteAttributions() {}

  // ---- attribution -------------------------------------------------------------------------

  /**
   * The sieve: each pass a pattern of attribution, tried in order, the first speaker found wins.
   * 1. the interruption of a split quotation; 2. the words right after the quotation; 3. "according
   * to X"; 4. a wording noun ("in X's words"); 5. the nearest speech verb of the sentence.
   */
  static QuoteAggregator.Attribution attribute(EssayTokens t, QuoteAggregator.Frame f, List<QuoteSpans.Span> group, boolean fragment) {
    // 1. the interruption of a split quotation: "A," Miller writes, "B"
    if (f.gapBegin >= 0) {
      for (int i = f.gapBegin; i < f.gapEnd; i++) {
        if (SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i))) {
          SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, i, f.gapBegin);
          if (p == null) p = SpeakerPhrases.npStartingAt(t, i + 1, f.gapEnd);
          String name = SpeakerPhrases.speaker(t, p);
          if (name != null) return new QuoteAggregator.Attribution(name, t.get(i).text());
        }
      }
    }
    // 2. "...," Roe said | "...," said Roe | "...," Jane Roe, chief economist at Acme, said in an e-mail
    QuoteAggregator.Attribution after = rightAfter(t, f);
    if (after != null) return after;
    // 3. "according to X"
    for (int i = f.begin; i + 1 < f.end; i++) {
      if (!f.free(i) || !t.lower(i).equals("according") || !t.lower(i + 1).equals("to")) continue;
      int d = f.distance(i);
      if (i > f.quoteBegin ? d <= 3 : d <= (fragment ? 3 : QuoteAggregator.MAX_VERB_DISTANCE_BEFORE)) {
        String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, i + 2, f.end));
        if (name != null) return new QuoteAggregator.Attribution(name, "according to");
      }
    }
    // 3b. "Roe is, per Acme, “one of the most-cited ...”": "per X" right before the quotation
    for (int i = Math.max(f.begin, f.quoteBegin - 8); i + 1 < f.quoteBegin; i++) {
      if (!f.free(i) || !t.lower(i).equals("per") || f.distance(i) > 4) continue;
      SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, i + 1, f.quoteBegin);
      String name = SpeakerPhrases.speaker(t, p);
      if (name != null && !t.pos(p.from()).equals("CD")) return new QuoteAggregator.Attribution(name, "per");
    }
    // 4. "to use X's expression", "in X's words", "in the words of X"
    for (int i = f.begin; i < f.end; i++) {
      if (!f.free(i) || !SpeechCues.WORDING_NOUNS.contains(t.lemma(i)) || !t.pos(i).startsWith("NN")) continue;
      if (f.distance(i) > 6) continue;
      if (i - 1 >= f.begin && t.pos(i - 1).equals("POS")) {
        String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, i - 2, f.begin));
        if (name != null) return new QuoteAggregator.Attribution(name, t.get(i).text());
      }
      if (i + 1 < f.end && t.lower(i + 1).equals("of") && i < f.quoteBegin) {
        String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, i + 2, Math.min(f.end, f.quoteBegin)));
        if (name != null) return new QuoteAggregator.Attribution(name, t.get(i).text());
      }
    }
    // 5. a speech verb: the nearest one with a speaker, on either side
    List<int[]> verbs = new ArrayList<>(); // {token, distance}
    for (int i = f.begin; i < f.end; i++) {
      if (!f.free(i) || !(SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i)) || SpeechCues.answersBack(t, i))) continue;
      if (t.lemma(i).equals("put") && !(i + 1 < f.end && t.lower(i + 1).equals("it"))) continue;
      // "continued" speaks only after a quotation ("“...,” he continued"); before it, it is any verb
      if (t.lemma(i).equals("continue") && i < f.quoteBegin) continue;
      if (t.lemma(i).equals("point") && !(i + 1 < f.end && t.lower(i + 1).equals("out"))) continue;
      int d = f.distance(i);
      int max = i < f.quoteBegin ? QuoteAggregator.MAX_VERB_DISTANCE_BEFORE : QuoteAggregator.MAX_VERB_DISTANCE_AFTER;
      if (fragment) max = 2;
      if (d > max) continue;
      if (i > f.quoteBegin && hasClauseBreak(t, f, i)) continue;
      verbs.add(new int[] {i, d});
    }
    verbs.sort((x, y) -> Integer.compare(x[1], y[1]));
    for (int[] v : verbs) {
      String name = speakerOfVerb(t, f, v[0]);
      if (name != null) return new QuoteAggregator.Attribution(name, t.get(v[0]).text());
    }
    return null;
  }

  /**
   * The words right after the closing mark: a speech verb then its speaker ("said Roe"), or a speaker,
   * maybe an appositive or a parenthesis, then a speech verb ("Jane Roe, chief economist at Acme Ltd.,
   * said"). May reach into the next sentence when the quotation closed its own.
   */
  private static QuoteAggregator.Attribution rightAfter(EssayTokens t, QuoteAggregator.Frame f) {
    int k = f.quoteEnd;
    while (k < f.searchEnd && (t.get(k).text().equals(",") || t.get(k).text().equals("—"))) k++;
    if (k >= f.searchEnd || !f.free(k)) return null;
    // "...," said Roe | "...," reads the editorial (a text "reads" its wording only in this inverted order)
    if (SpeechCues.isSpeechVerb(t.lemma(k), t.pos(k)) || t.lemma(k).equals("read") && t.pos(k).startsWith("VB")) {
      SpeakerPhrases.Phrase base = SpeakerPhrases.npStartingAt(t, k + 1, f.searchEnd);
      String name = SpeakerPhrases.speaker(t, base);
      if (name != null && name.equals(t.span(base.from(), base.to()))) { // the phrase as written: widen over "involved in X"
        SpeakerPhrases.Phrase wide = SpeakerPhrases.withModifier(t, base, f.searchEnd);
        name = t.span(wide.from(), wide.to());
      }
      return name == null ? null : new QuoteAggregator.Attribution(name, t.get(k).text());
    }
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, k, f.searchEnd);
    if (p == null) return null;
    int j = p.to();
    if (j < f.searchEnd && t.get(j).text().equals("(")) {
      while (j < f.searchEnd && !t.get(j).text().equals(")")) j++;
      j++;
    } else if (j < f.searchEnd && t.get(j).text().equals(",")) {
      // an appositive up to the comma before the speech verb; it may hold commas itself ("assistant secretary for
      // population, refugees, and migration,") and a who-clause, but no other finite verb
      int c = j + 1;
      boolean relative = false;
      int close = -1;
      for (; c < f.searchEnd && c < j + 35 && f.free(c); c++) {
        String w = t.lower(c);
        if (w.equals("who") || w.equals("which") || w.equals("whose")) relative = true;
        if (w.equals(",")) {
          int v = c + 1;
          while (v < f.searchEnd && t.pos(v).startsWith("RB")) v++;
          if (v < f.searchEnd && SpeechCues.isSpeechVerb(t.lemma(v), t.pos(v))) {
            close = c;
            break;
          }
        }
        String tag = t.pos(c);
        if (!relative && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) return null;
        if (w.equals(";")) return null;
      }
      if (close < 0) return null;
      j = close + 1;
    }
    while (j < f.searchEnd && (t.pos(j).startsWith("RB") || (t.pos(j).startsWith("VB") && (t.lemma(j).equals("have")
        || t.lemma(j).equals("be")) && j + 1 < f.searchEnd && t.pos(j + 1).startsWith("VB")))) j++;
    if (j >= f.searchEnd || !SpeechCues.isSpeechVerb(t.lemma(j), t.pos(j)) || !f.free(j)) return null;
    // in the next sentence the verb must close its clause ("“Why?” Roe asked Friday."): "He also said the plan
    // will ..." or "Officials told us that ..." says something new
    if (j >= f.end && (!closesClause(t, f, j + 1) || hasComplement(t, j, f.searchEnd))) return null;
    String name = SpeakerPhrases.speaker(t, p);
    return name == null ? null : new QuoteAggregator.Attribution(name, t.get(j).text());
  }

  /** Whether the verb at j takes content of its own: "that", a colon or a quotation within its next three tokens. */
  private static boolean hasComplement(EssayTokens t, int j, int ceiling) {
    for (int k = j + 1; k < ceiling && k <= j + 3; k++) {
      String x = t.lower(k);
      if (x.equals("that") || x.equals(":") || x.matches("[“\"]")) return true;
    }
    return false;
  }

  /**
   * Whether the words after a verb of saying, up to the next comma or the sentence's end, add no clause
   * of their own: "asked the mogul.", "said Friday.", "declared, a point he ..." do; "replied to him that
   * it was ...", "said the plan will ..." report something new.
   */
  private static boolean closesClause(EssayTokens t, QuoteAggregator.Frame f, int k) {
    for (int i = k; i < f.searchEnd; i++) {
      // "Roe then writes back, “You look cute.”": the verb introduces a quotation of its own
      if (t.get(i).text().equals(",")) return i + 1 >= f.searchEnd || !f.context.inQuote(i + 1);
      String w = t.lower(i);
      if (t.finite(i)) return false;
      if (w.equals("that") || w.equals("whether") || w.equals("if")) return false;
    }
    return true;
  }

  /** Whether tokens [from, to) outside quotations hold a finite verb. */
  private static boolean hasFiniteVerb(EssayTokens t, QuoteAggregator.Frame f, int from, int to) {
    for (int k = from; k < to; k++) {
      if (f.free(k) && t.finite(k)) return true;
    }
    return false;
  }

  /**
   * A digest item: a paragraph that opens with a run-in headline in capitals ("CITIES VOTE ON BUDGETS
   * The council met ... “...”") summarises the article the headline names, and its quotations are
   * that article's: the headline speaks. The headline is two or more words without a lower-case letter
   * (at least two of them words of letters), followed by a capitalised word or an opening quotation mark.
   */
  static QuoteAggregator.Attribution runInHeadline(EssayTokens t, QuoteAggregator.Frame f, QuoteSpans.Span first) {
    // the line, or the sentence when the digest's lines were joined into one paragraph
    int start = t.text.lastIndexOf('\n', Math.max(0, first.open() - 1)) + 1;
    if (f.firstSentence != null) start = Math.max(start, f.firstSentence.span().begin());
    int i = start;
    while (i < first.open() && (Character.isWhitespace(t.text.charAt(i)) || t.text.charAt(i) == ']')) i++;
    start = i;
    int words = 0, letterWords = 0, end = i;
    while (i < first.open()) {
      int j = i;
      while (j < t.text.length() && !Character.isWhitespace(t.text.charAt(j))) j++;
      String w = t.text.substring(i, j);
      if (w.chars().anyMatch(Character::isLowerCase) || w.startsWith("“") || w.startsWith("\"")) {
        boolean runsOn = Character.isUpperCase(w.charAt(0)) || w.startsWith("“") || w.startsWith("\"");
        if (words < 2 || letterWords < 2 || !runsOn) return null;
        return new QuoteAggregator.Attribution(EssayTokens.squash(t.text.substring(start, end)), null);
      }
      words++;
      if (w.replaceAll("[^\\p{L}]", "").length() >= 2) letterWords++;
      end = j;
      i = j;
      while (i < first.open() && Character.isWhitespace(t.text.charAt(i))) {
        if (t.text.charAt(i) == '\n') return null; // a heading on a line of its own is not run in
        i++;
      }
    }
    // the quotation's mark itself ends the headline
    return words >= 2 && letterWords >= 2 ? new QuoteAggregator.Attribution(EssayTokens.squash(t.text.substring(start, end)), null) : null;
  }

  /** Verbs of saying whose object a quoted fragment is the speaker's wording: "warned of a “March firewall”". */
  private static final Set<String> WORDING_VERBS = Set.of("say", "write", "tell", "argue", "add", "warn", "declare",
      "state", "contend", "call", "describe", "claim", "insist", "complain", "promise", "pledge", "vow", "tweet",
      "assert", "proclaim", "predict", "boast", "joke", "quip", "lament", "urge", "accuse", "label", "dub", "brand",
      "deride", "denounce", "blast", "slam", "mock", "remark", "note", "explain", "stress", "suggest", "acknowledge",
      "admit", "concede", "emphasize", "emphasise", "announce", "maintain", "reply", "respond", "recall", "counter",
      "testify");
  /** Words back from a fragment its verb of saying may stand: "Roe said in her opening remarks that ... “X”". */
  private static final int FRAGMENT_VERB_REACH = 25;

  /**
   * A quoted fragment inside the clause of a verb of saying before it ("Roe warned that the plan was a
   * “dead end”", "Roe called the bill “a disgrace”"): the verb's subject chose the words. The verb must
   * stand in the fragment's sentence, before it, with no semicolon, colon or other quotation between.
   */
  static QuoteAggregator.Attribution fragmentInSpeech(EssayTokens t, QuoteAggregator.Frame f) {
    int words = 0;
    for (int i = f.quoteBegin - 1; i >= f.begin && words <= FRAGMENT_VERB_REACH; i--) {
      if (!f.free(i)) return null; // another quotation in between: that one's speaker is nearer
      String x = t.get(i).text();
      if (x.equals(";") || x.equals(":")) return null;
      if (!isWord(t, i)) continue;
      words++;
      String pos = t.pos(i);
      if (!WORDING_VERBS.contains(t.lemma(i))) continue;
      if (t.lemma(i).equals("call") && i + 1 < f.quoteBegin && t.lower(i + 1).equals("on")) continue; // "called on"
      String name;
      if (pos.equals("VBG")) { // "..., saying she did not “want to”", "with Roe calling it a “menu”"
        name = withSubject(t, f, i);
        if (name == null) name = SpeakerPhrases.participleHost(t, f.begin, i, f::free);
      }
      else if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) name = SpeakerPhrases.speaker(t, SpeakerPhrases.subjectBefore(t, i, f.begin));
      else continue;
      if (name != null) return new QuoteAggregator.Attribution(name, t.get(i).text()); // else a mis-tagged noun ("opening remarks/VBZ"): go on
    }
    return null;
  }

  /** "with Senator Roe calling it a “menu”": a participle after "with" and a noun phrase has that phrase as subject. */
  private static String withSubject(EssayTokens t, QuoteAggregator.Frame f, int v) {
    if (v - 1 < f.begin || !f.free(v - 1)) return null;
    SpeakerPhrases.Phrase p = SpeakerPhrases.npEndingAt(t, v - 1, f.begin);
    if (p == null || p.from() - 1 < f.begin || !t.lower(p.from() - 1).equals("with")) return null;
    return SpeakerPhrases.speaker(t, p);
  }

  /** After the quotation, a verb past a full stop or semicolon belongs to another clause. */
  private static boolean hasClauseBreak(EssayTokens t, QuoteAggregator.Frame f, int verb) {
    for (int k = f.quoteEnd; k < verb; k++) {
      String x = t.get(k).text();
      if (x.equals(";") || x.equals(".")) return true;
    }
    return false;
  }

  private static String speakerOfVerb(EssayTokens t, QuoteAggregator.Frame f, int v) {
    if (v >= f.quoteEnd) {
      // "...," Miller said  |  "...," said Miller
      boolean wordsBetween = false;
      for (int k = f.quoteEnd; k < v; k++) if (f.free(k) && isWord(t, k)) wordsBetween = true;
      SpeakerPhrases.Phrase p = wordsBetween ? SpeakerPhrases.subjectBefore(t, v, f.quoteEnd)
          : SpeakerPhrases.npStartingAt(t, v + 1, f.end);
      return SpeakerPhrases.speaker(t, p);
    }
    String pos = t.pos(v);
    if (pos.equals("VBG")) {
      String with = withSubject(t, f, v);
      if (with != null) return with;
      String quoted = quotedAsSaying(t, f, v);
      if (quoted != null) return quoted;
      String host = SpeakerPhrases.participleHost(t, f.begin, v, f::free);
      if (host != null) return host;
      String named = nearestNamed(t, participleFloor(t, f, v), v);
      if (named != null) return named;
    }
    // "the report, written by Roe, lists “...”": a participle with its agent is passive too
    if (pos.equals("VBN") && (passive(t, f, v) || v + 1 < f.quoteBegin && t.lower(v + 1).equals("by"))) {
      for (int k = v + 1; k + 1 < f.quoteBegin; k++) {
        if (t.lower(k).equals("by")) {
          String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, k + 1, f.quoteBegin));
          if (name != null) return name;
        }
      }
      // "In the final declaration, it was agreed ...": an impersonal passive speaks for the document named before it
      if (t.lower(f.begin).equals("in") && v - 2 > f.begin && t.lower(v - 2).equals("it")) {
        for (int k = f.begin + 1; k < v - 2; k++) {
          if (t.get(k).text().equals(",")) {
            SpeakerPhrases.Phrase doc = SpeakerPhrases.npEndingAt(t, k - 1, f.begin + 1);
            return doc == null || doc.from() != f.begin + 1 ? null : SpeakerPhrases.speaker(t, doc);
          }
        }
      }
      return null;
    }
    SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, v, f.begin);
    String name = SpeakerPhrases.speaker(t, p);
    if (name == null && invertable(t, v)) {
      // inverted: "Says Roe, “...”" - the phrase must run up to the quotation; "called it a “..”", "to demand
      // voters “...”" name the verb's object, not its speaker
      SpeakerPhrases.Phrase after = SpeakerPhrases.npStartingAt(t, v + 1, f.quoteBegin);
      if (after != null && !objectPronoun(t, after) && (after.to() == f.quoteBegin || !isWord(t, after.to()))
          && !hasFiniteVerb(t, f, after.to(), f.quoteBegin)) { // "says Gavin Roe, 23, a student from Fresno, Calif. “…”"
        name = SpeakerPhrases.speaker(t, after);
      }
    }
    return name;
  }

  private static boolean invertable(EssayTokens t, int v) {
    String p = t.pos(v);
    return (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("NNP")) && !(v > 0 && t.lower(v - 1).equals("to"));
  }

  private static boolean objectPronoun(EssayTokens t, SpeakerPhrases.Phrase p) {
    return p.to() - p.from() == 1 && Set.of("it", "him", "her", "them", "us", "me", "you").contains(t.lower(p.from()));
  }

  /**
   * "The article quotes Dr. Roe, co-founder of the lab, saying “...”", "The paper cited an official as
   * saying": the object of quote/cite speaks, not the subject.
   */
  private static String quotedAsSaying(EssayTokens t, QuoteAggregator.Frame f, int v) {
    for (int q = v - 1; q >= f.begin && q >= v - 20; q--) {
      if (!f.free(q) || t.get(q).text().equals(";") || t.get(q).text().equals(".")) return null;
      String lemma = t.lemma(q);
      if (!(lemma.equals("quote") || lemma.equals("cite")) || !t.pos(q).startsWith("VB")) continue;
      return SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, q + 1, v));
    }
    return null;
  }

  static boolean pieceBreak(EssayTokens t, int i) {
    String x = t.get(i).text();
    return x.equals(",") || x.equals(";") || x.equals("—");
  }

  /** The start of the last comma-separated piece before a participle: a fallback name is looked for there only. */
  private static int participleFloor(EssayTokens t, QuoteAggregator.Frame f, int v) {
    int k = v - 1;
    while (k > f.begin && !pieceBreak(t, k)) k--;
    // the piece holding the participle, and the one before it ("Roe, in a speech, rejected it, saying")
    return Math.max(f.begin, k);
  }

  private static boolean passive(EssayTokens t, QuoteAggregator.Frame f, int v) {
    for (int k = v - 1; k >= f.begin && k >= v - 3; k--) {
      if (t.lemma(k).equals("be") || t.lemma(k).equals("get")) return true;
      if (!t.pos(k).startsWith("RB")) return false;
    }
    return false;
  }

  /** A long quotation with no cue: the named entity that opens its sentence is its source. */
  static QuoteAggregator.Attribution sentenceSubject(EssayTokens t, QuoteAggregator.Frame f) {
    if (f.firstSentence == null) return null;
    int at = f.begin;
    if (at < f.quoteBegin && t.pos(at).equals("DT")) at++;
    if (at >= f.quoteBegin) return null;
    int offset = t.get(at).span().begin();
    for (Mention m : t.essay.mentions()) {
      if (m.span().begin() == offset && subjectType(m.type())) {
        if (m.span().end() > t.get(f.quoteBegin).span().begin()) return null;
        return new QuoteAggregator.Attribution(EssayTokens.squash(t.text.substring(t.get(f.begin).span().begin(), m.span().end())), null);
      }
    }
    // no tagged entity: a run of proper nouns opening the sentence and followed by a comma or verb ("EUBAM, located ...")
    int j = at;
    while (j < f.quoteBegin && t.pos(j).startsWith("NNP")) j++;
    if (j > at && j < f.quoteBegin && (t.get(j).text().equals(",") || t.pos(j).startsWith("VB") || t.pos(j).equals("MD"))) {
      return new QuoteAggregator.Attribution(t.span(f.begin, j), null);
    }
    return null;
  }

  private static boolean subjectType(MentionType type) {
    return type == MentionType.PERSON || type == MentionType.ORGANIZATION || type == MentionType.COUNTRY
        || type == MentionType.LOCATION || type == MentionType.NATIONALITY || type == MentionType.MISC;
  }

  /** The nearest PERSON (else ORGANIZATION) mention in tokens [from, to), widened over its title. */
  private static String nearestNamed(EssayTokens t, int from, int to) {
    int lo = t.get(from).span().begin();
    int hi = t.get(to).span().begin();
    Mention person = null, org = null;
    for (Mention m : t.essay.mentions()) {
      if (m.span().begin() < lo || m.span().end() > hi) continue;
      if (m.type() == MentionType.PERSON) person = m;
      else if (m.type() == MentionType.ORGANIZATION) org = m;
    }
    Mention m = person != null ? person : org;
    return m == null ? null : widen(t, m, from);
  }

  /** "Lindqvist" -> "Finnish Governor Lindqvist": capitalised adjectives and nouns right before a name. */
  private static String widen(EssayTokens t, Mention m, int floor) {
    int i = t.firstAtOrAfter(m.span().begin());
    int j = i;
    while (j - 1 >= floor && Character.isUpperCase(t.get(j - 1).text().charAt(0))
        && (t.pos(j - 1).startsWith("NNP") || t.pos(j - 1).equals("JJ"))) j--;
    return EssayTokens.squash(t.text.substring(t.get(j).span().begin(), m.span().end()));
  }

  static boolean isWord(EssayTokens t, int i) {
    return ReportedSpeech.isWord(t, i);
  }
}
