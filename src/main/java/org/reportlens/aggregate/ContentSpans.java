package org.reportlens.aggregate;

import java.util.Set;

/**
 * Where a reported content starts and ends, for {@link ReportedSpeech} and its helpers: the start after "that",
 * a colon, a hearer or a short adjunct, or at a bare clause ("said the talks had failed"); the end of a content
 * clause (a semicolon, a dash, another predicate or voice of the speaker, a writer's contrast) and of a stance
 * verb's object (a comma opening another clause). Consumes token ranges of one sentence piece; produces token
 * positions (or -1) and yes/no answers about them. Does not decide who speaks nor make reports. Pure and
 * thread-safe.
 */
final class ContentSpans {
  private ContentSpans() {}

  /**
   * Whether tokens from {@code from} may open a stance verb's object: not a finite verb or a clitic ("the
   * issues Democrats sought are ...": the verb sat in a relative clause), nor a preposition of place or time
   * ("protested outside the hotel": no object at all).
   */
  static boolean opensObject(EssayTokens t, int from, int e) {
    if (from >= e) return false;
    String p = t.pos(from);
    if (t.finite(from) || p.equals("POS")) return false;
    return !p.equals("IN") || Set.of("whether", "if", "that").contains(t.lower(from)) || ReportedSpeech.PREPOSITIONS.containsKey(t.lemma(from - 1));
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
      // (", what she did was ...": a free relative opens a subject, no clause on the noun before)
      if (x.equals(",") && j + 1 < e && (t.pos(j + 1).equals("WDT") || t.pos(j + 1).equals("WP")) && !t.lower(j + 1).equals("what")) {
        int close = j + 2;
        while (close < e && close < j + MAX_ASIDE && !t.get(close).text().equals(",")) close++;
        if (close + 1 < e && close < j + MAX_ASIDE && t.finite(close + 1)) {
          j = close;
          continue;
        }
        return j;
      }
      // ", while rivals called it ...": a contrast that brings in another voice is the writer's; a parallel one
      // (", while Doe had 18 percent") is part of what was reported
      if (x.equals(",") && contrast(t, j + 1, e) > 0 && anotherVoice(c, from, contrast(t, j + 1, e), e)) return j;
      predicate |= t.finite(j - 1) && !c.inQuote(j - 1); // the content has its own predicate before j
      boolean joint = x.equals(",") || x.equals("and") || x.equals("but");
      if (!joint || j + 1 >= e) continue;
      int k = j + 1;
      if (x.equals(",") && (t.lower(k).equals("and") || t.lower(k).equals("but")) && k + 1 < e) k++;
      // ", and one in four said the party ...", ", Roe wrote that ...": another speaker's report begins
      if (predicate && anotherSpeaker(t, k, e)) return j;
      // "and has since said", ", eventually discussing": the verb after the auxiliaries and adverbs
      while (k + 1 < e && (t.pos(k).startsWith("RB") || !x.equals(",") && AUXILIARIES.contains(t.lemma(k)) && t.finite(k)
          && (t.pos(k + 1).startsWith("RB") || t.pos(k + 1).equals("VBN")))) k++;
      String p = t.pos(k);
      if (p.equals("VBN") && k > j + 1) p = "VBD"; // a perfect tense: "but has since said"
      if (p.equals("VBG") && (ReportedSpeech.VERBS.contains(t.lemma(k)) || ReportedSpeech.STANCE.contains(t.lemma(k)))) return j;
      // "and said it was ...": another speech predicate of the speaker; "but has not decided" stays content
      if ((p.equals("VBD") || p.equals("VBZ")) && !x.equals(",") && (ReportedSpeech.VERBS.contains(t.lemma(k)) || ReportedSpeech.STANCE.contains(t.lemma(k)))
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
  static boolean anotherVoice(EssayContext c, int from, int k, int e) {
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
  static final Set<String> CONTRASTS = Set.of("while", "whereas", "although", "though");

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
    return ReportedSpeech.VERBS.contains(t.lemma(j)) && !MENTAL.contains(t.lemma(j)) && !t.get(j + 1).text().equals(",");
  }

  /**
   * Verbs of mind or wish after "and": "said she was tired of it and wanted a change" may go on with the
   * content's own subject, so they do not close the content as "and said" does.
   */
  private static final Set<String> MENTAL = Set.of("want", "hope", "plan", "expect", "believe", "think", "feel", "fear",
      "worry", "understand", "realize", "realise", "find", "show", "need", "refuse", "decline", "offer", "support",
      "oppose", "agree", "cite", "ask");

  /** A dash between words: "—", "--", or a hyphen with spaces around it ("a speechwriter said it - and ..."). */
  static boolean dash(EssayTokens t, int j) {
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

  static boolean speech(EssayTokens t, int j) {
    return ReportedSpeech.VERBS.contains(t.lemma(j)) || ReportedSpeech.STANCE.contains(t.lemma(j)) || ReportedSpeech.PREPOSITIONS.containsKey(t.lemma(j));
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
    if (k < to && t.finite(k)) return (bare || conjunction) && !(k + 1 < to && t.lower(k + 1).equals("by"));
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
    if (t.finite(j)) return true;
    if (!conjunction || t.pos(k).equals("CD") || t.pos(k).startsWith("JJ")) return false;
    for (int a = j; a < to && a < k + MAX_CONJOINED_SUBJECT && !t.get(a).text().equals(","); a++) {
      if (t.pos(a).equals("WDT") || t.pos(a).equals("WP") || t.lower(a).equals("that")) return false;
      if (t.finite(a)) return true;
    }
    return false;
  }

  private static final int MAX_CONJOINED_SUBJECT = 12;

  /** Verbs that report a question, and the words that open an indirect question. */
  static final Set<String> QUESTION = Set.of("ask", "wonder", "question", "inquire", "query");
  static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where", "who",
      "which");

  /** Where the content after a verb begins: after "that" or a colon, or at a bare clause; -1 if none. */
  static int contentStart(EssayTokens t, EssayContext c, int from, int e, String lemma) {
    int k = from;
    if (ReportedSpeech.HEARER.contains(lemma)) {
      SpeakerPhrases.Phrase hearer = SpeakerPhrases.npStartingAt(t, k, e);
      if (hearer != null) k = hearer.to();
    }
    // "asked whether the plan had failed", "asked the mayor why ...": a reported question opens with its wh-word
    if (QUESTION.contains(lemma)) {
      int q = k;
      if (!QUESTION_WORDS.contains(t.lower(q))) {
        SpeakerPhrases.Phrase hearer = SpeakerPhrases.npStartingAt(t, k, e);
        if (hearer != null) q = hearer.to();
      }
      if (q + 2 < e && QUESTION_WORDS.contains(t.lower(q)) && !c.inQuote(q)) return q;
    }
    // "that" within a few tokens of adjuncts ("said in a statement on Monday that")
    for (int j = k; j < e && j < k + 10; j++) {
      if (c.inQuote(j)) break;
      String w = t.lower(j);
      // "framed the law as an issue that is linked to ...": "that" before a finite verb opens a relative clause
      if (w.equals("that") && j > k && j + 1 < e && t.finite(j + 1)) break;
      // "rejected attacks from rivals that he was soft": a stance verb's object with its own content clause
      if (w.equals("that") && j > k && !ReportedSpeech.VERBS.contains(lemma) && opensObject(t, k, e)
          && t.span(k, j).indexOf(',') < 0) return -1; // not over a comma: "dwelled on X, saying that ..."
      if (w.equals("that") && j + 2 < e && t.get(j + 1).text().equals(",")) return j + 2; // "that, in retrospect, ..."
      if (w.equals("that") && j + 1 < e) return j + 1;
      // not "show voters rejecting Roe: ...": a verb of showing's object with its predicate stands before the colon
      if (w.equals(":") && j + 1 < e && !(StanceCues.EVIDENCE_VERBS.contains(lemma) && predicated(t, k, j))) return j + 1;
      if (t.finite(j) || w.equals(".") || w.equals(";")) break;
    }
    if (!ReportedSpeech.BARE.contains(lemma)) return -1;
    // "have said repeatedly they ...": an adverb between the verb and its bare clause
    while (k + 1 < e && t.pos(k).startsWith("RB") && !t.lower(k).equals("not") && !t.lower(k).equals("n't")
        && !QUANTIFIERS.contains(t.lower(k))) k++; // "claimed nearly 400 ..." keeps its quantity
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

  /** Whether a participle or "with" stands in [k, j): an object with its own predicate ("voters rejecting Roe"). */
  private static boolean predicated(EssayTokens t, int k, int j) {
    for (int i = k + 1; i < j; i++) if (t.pos(i).equals("VBG") || t.lower(i).equals("with")) return true;
    return false;
  }

  /** Longest subject a bare content clause may open with ("the conviction of the former director for ..."). */
  private static final int MAX_BARE_SUBJECT = 24;

  /** Contracted auxiliaries the tagger may not tag as verbs: "she’ll", "he'd". */
  private static final Set<String> CONTRACTED = Set.of("'ll", "'d", "'ve", "'re", "'m");

  /** Words that open a quantity subject: "said about half of the cuts were ...". */
  private static final Set<String> QUANTIFIERS = Set.of("about", "nearly", "almost", "roughly", "some", "only", "just", "over");

  /** Correlatives the tagger reads as conjunctions, opening a coordinated subject: "said both he and Roe had ...". */
  private static final Set<String> CORRELATIVES = Set.of("both", "either", "neither");

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "all", "both", "each");

  /** Subject words: what a bare content clause may open with. */
  private static boolean opensSubject(String pos) {
    return pos.equals("DT") || pos.startsWith("NN") || pos.startsWith("PRP") || pos.startsWith("JJ") || pos.equals("CD")
        || pos.equals("VBG") || pos.equals("EX");
  }

  /** Whether tokens from k are a clause: a subject (no punctuation, at most 12 tokens) then a finite verb. */
  static boolean bareClause(EssayTokens t, EssayContext c, int k, int e) {
    if (k >= e || !(opensSubject(t.pos(k)) || QUANTIFIERS.contains(t.lower(k)) || CORRELATIVES.contains(t.lower(k)))
        || t.lower(k).equals("that")) return false;
    // a demonstrative alone may be the subject: "said this was the last chance"
    boolean noun = t.pos(k).equals("DT") && DEMONSTRATIVES.contains(t.lower(k));
    for (int j = k; j < e && j < k + MAX_BARE_SUBJECT; j++) {
      String p = t.pos(j);
      boolean modal = p.equals("MD") || CONTRACTED.contains(t.lower(j).replace('’', '\''));
      if (j > k && noun && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || modal)) return true;
      if (p.equals("POS") && t.pos(j - 1).startsWith("PRP")) return true; // "he’s": a contracted verb tagged as a clitic
      if (j > k && noun && misreadPast(t, j, e)) return true;
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
      if (!ReportedSpeech.isWord(t, j) && !inside && !c.inQuote(j)) return false;
      if (p.startsWith("NN") || p.startsWith("PRP") || p.equals("VBG") || p.equals("CD") || p.equals("EX")) noun = true;
      // "said he and many of those who worshiped there are trying to ...": a relative clause on the subject's noun,
      // its own verb passed over; the next finite verb makes the clause
      boolean head = j > k && (noun && t.pos(j - 1).startsWith("NN") || t.lower(j - 1).equals("those"));
      if (head && (p.equals("WP") && !t.lower(j).equals("what") || p.equals("WDT"))) {
        int verb = j + 1;
        while (verb < e && verb < j + 6 && !t.pos(verb).startsWith("VB")) verb++;
        // "said an official who oversaw the inquiry and described it as ...": a verb after "and" is the relative's own
        for (int after = verb + 1; after < e && after < verb + 12 && ReportedSpeech.isWord(t, after); after++) {
          if (t.pos(after).equals("CC")) return false;
          if (t.finite(after)) return true;
        }
        return false;
      }
      if (p.equals("WDT") || p.equals("WP") || p.equals("IN") && t.lower(j).equals("that")) return false;
    }
    return false;
  }

  private static final int MAX_SUBJECT_ASIDE = 10;

  /**
   * Whether the participle tag at j, right after the subject's noun, is a past tense the tagger misread ("said the
   * state allocated/VBN more than $26 million"): no finite verb follows before the next punctuation. A reduced
   * relative has one ("said the money allocated last week was spent"), a passive its "by" ("the plan approved by").
   */
  private static boolean misreadPast(EssayTokens t, int j, int e) {
    if (!t.pos(j).equals("VBN") || !(t.pos(j - 1).startsWith("NN") || t.pos(j - 1).equals("PRP"))) return false;
    if (j + 1 >= e || t.lower(j + 1).equals("by") || !ReportedSpeech.isWord(t, j + 1)) return false;
    for (int k = j + 1; k < e && ReportedSpeech.isWord(t, k); k++) if (t.finite(k)) return false;
    return true;
  }

  /** The comma closing an aside opened by the comma at j (no finite verb, relative word or conjunction inside), or -1. */
  private static int asideEnd(EssayTokens t, int j, int limit) {
    // ", including jobs and the minimum wage,": a list of examples may hold a conjunction
    boolean examples = j + 1 < limit && Set.of("including", "like", "especially", "notably").contains(t.lower(j + 1));
    for (int k = j + 2; k < limit; k++) {
      String p = t.pos(k);
      if (t.get(k).text().equals(",")) {
        String next = k + 1 < limit + 1 && k + 1 < t.tokens.size() ? t.pos(k + 1) : "";
        return next.equals("MD") || next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") ? k : -1;
      }
      if (t.finite(k) || p.equals("WDT") || p.equals("WP")
          || p.equals("CC") && !examples || p.equals(":")) return -1;
    }
    return -1;
  }
}
