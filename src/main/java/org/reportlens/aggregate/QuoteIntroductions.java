package org.reportlens.aggregate;

import java.util.List;
import java.util.Set;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.Sentence;

/**
 * Speakers found beyond the quotation's own sentence, for {@link QuoteAggregator}: a report the quotation
 * stands in ("X said that the plan is a “dead end”"), the sentence before ("Roe disagreed." then the quotation),
 * the speaker carried from the previous quotation of the paragraph, a colon introduction ("the minister released
 * this statement:", "Added Roe:", "The council's response was unequivocal:"), a block quotation with the names
 * of the paragraph before or an attribution line after it, and the paragraph arithmetic these need. Consumes the
 * essay's tokens, a quotation's {@link QuoteAggregator.Frame} and spans; produces a
 * {@link QuoteAggregator.Attribution} or null. Does not look inside the sentence (see {@link QuoteAttributions})
 * nor decide the kind. Pure and thread-safe.
 */
final class QuoteIntroductions {
  private QuoteIntroductions() {}

  // ---- beyond the sentence -------------------------------------------------------------------

  /** A quotation inside reported speech ("X said that the plan is a “dead end”") is X's. */
  static QuoteAggregator.Attribution inReport(EssayTokens t, QuoteAggregator.Frame f, List<ReportedSpeech.Report> reports) {
    int lo = 0, hi = reports.size();
    while (lo < hi) { // first report whose content starts after the quotation
      int mid = (lo + hi) >>> 1;
      if (reports.get(mid).contentFrom() <= f.quoteBegin) lo = mid + 1;
      else hi = mid;
    }
    for (int k = lo - 1; k >= 0 && k >= lo - 3; k--) {
      ReportedSpeech.Report r = reports.get(k);
      if (f.context.inQuote(r.cue())) continue; // "“Remember when she said she was poor?”": quoted words, not the report
      if (r.contentFrom() <= f.quoteBegin && f.quoteEnd <= r.contentTo() + 1) return new QuoteAggregator.Attribution(r.speaker(), r.cueText());
    }
    return null;
  }

  /** Whether the quotation's own sentence holds a speech verb: then another voice may be taking over. */
  static boolean hasSpeechVerb(EssayTokens t, QuoteAggregator.Frame f) {
    // "“... it is going to be OK.’” The senator paused and recalled ...": the tagger did not split after the
    // quotation's full stop, but what follows is the next sentence
    int end = closesWithFullStop(t, f) ? f.quoteEnd : f.end;
    for (int i = f.begin; i < end; i++) if (f.free(i) && SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i))) return true;
    return false;
  }

  /** The quotation's last words end with a full stop inside the marks, and a capitalised word follows. */
  private static boolean closesWithFullStop(EssayTokens t, QuoteAggregator.Frame f) {
    if (f.quoteEnd >= f.end || !Character.isUpperCase(t.get(f.quoteEnd).text().charAt(0))) return false;
    for (int i = f.quoteEnd - 1; i > f.quoteBegin; i--) {
      String x = t.get(i).text();
      if (QuoteAttributions.isWord(t, i)) return false;
      if (x.equals(".") || x.endsWith(".")) return true;
    }
    return false;
  }

  /**
   * A quotation opening its sentence with no cue of its own, right after a sentence of the same paragraph
   * whose main clause speaks ("Jane Roe, the party's spokeswoman, said in a statement. “There are no
   * ballots to count.”", "Roe tweeted a warning. “…”"): that clause's subject introduced it. The sentence
   * before must hold no quotation (then the carried speaker applies) and its verb of saying must be its
   * main clause's first predicate.
   */
  static QuoteAggregator.Attribution sentenceBefore(QuoteAggregator.Frame f) {
    EssayTokens t = f.t;
    if (f.firstSentence == null || f.quoteBegin != f.begin) return null;
    int s = t.sentenceOf(f.begin);
    if (s <= 0) return null;
    Sentence prev = t.essay.sentences().get(s - 1);
    if (t.text.substring(prev.span().end(), t.get(f.quoteBegin).span().begin()).contains("\n\n")) return null;
    if (paragraphStart(t.text, prev.span().end()) != paragraphStart(t.text, t.get(f.quoteBegin).span().begin())) return null;
    for (int i = prev.tokenBegin(); i < prev.tokenEnd(); i++) if (f.context.inQuote(i)) return null;
    for (int v = prev.tokenBegin(); v < prev.tokenEnd(); v++) {
      if (!SpeechCues.isSpeechVerb(t.lemma(v), t.pos(v))) continue;
      SpeakerPhrases.Phrase p = MainClause.subject(f.context, prev.tokenBegin(), v);
      String name = SpeakerPhrases.speaker(t, p);
      if (name == null) name = SpeakerPhrases.speaker(t, SpeakerPhrases.subjectBefore(t, v, prev.tokenBegin()));
      if (name != null && p != null) return new QuoteAggregator.Attribution(name, t.get(v).text());
      return null; // the first verb of saying decides
    }
    return null;
  }

  /** The speaker of the quotation before carries to this one in its paragraph or the next (a speech runs on). */
  static QuoteAggregator.Attribution carried(EssayTokens t, QuoteSpans.Span first, QuoteAggregator.Carry carry) {
    if (carry.name == null || carry.paragraphEnd < 0) return null;
    if (first.open() < carry.paragraphEnd) return new QuoteAggregator.Attribution(carry.name, carry.cue);
    // the next paragraph, opening with this quotation
    return t.text.substring(carry.paragraphEnd, first.open()).matches(BULLETS) ? new QuoteAggregator.Attribution(carry.name, carry.cue) : null;
  }

  /**
   * A quotation introduced by a colon ("When the talks failed, the minister released this statement:")
   * belongs to the subject of the introducing clause: the last finite verb before the colon with a speaker.
   */
  static QuoteAggregator.Attribution introducedBefore(EssayTokens t, QuoteAggregator.Frame f, QuoteSpans.Span first, QuoteAggregator.Carry carry) {
    int k = first.open() - 1;
    while (k >= 0 && Character.isWhitespace(t.text.charAt(k))) k--;
    if (k < 0 || t.text.charAt(k) != ':') return null;
    int colon = t.endAtOrBefore(k + 1) - 1;
    if (colon < 0) return null;
    int s = t.sentenceOf(colon);
    int floor = s < 0 ? Math.max(0, colon - 40) : t.essay.sentences().get(s).tokenBegin();
    // "Roe, author of “Why?” | describes it as follows:": a sentence split after a title's mark opens on the verb
    if (s > 0 && floor < colon && t.pos(floor).startsWith("VB") && Character.isLowerCase(t.get(floor).text().charAt(0))) {
      floor = t.essay.sentences().get(s - 1).tokenBegin();
    }
    // "Stated Roe:" opening its sentence: the tagger takes the capitalised verb for a name
    if (colon - floor >= 2 && INVERTED_OPENERS.contains(t.lower(floor))) {
      SpeakerPhrases.Phrase after = SpeakerPhrases.npStartingAt(t, floor + 1, colon);
      String who = after != null && after.to() == colon ? SpeakerPhrases.speaker(t, after) : null;
      // "Stated Stone/NN:": a capitalised word after the verb is a name whatever its tag
      if (who == null && after != null && after.to() == colon && after.to() - after.from() <= 3 && capitalised(t, after)) {
        who = t.span(after.from(), after.to());
      }
      if (who != null) return new QuoteAggregator.Attribution(who, t.get(floor).text());
    }
    // a verb of saying first ("Roe states the plan came from its roots:"), then any finite verb
    for (boolean saying : new boolean[] {true, false}) {
      for (int v = colon - 1; v >= floor; v--) {
        String p = t.pos(v);
        if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) || t.lemma(v).equals("be")) continue;
        if (saying != SpeechCues.isSpeechVerb(t.lemma(v), p)) continue;
        QuoteAggregator.Attribution who = subjectOfIntroduction(t, first, carry, floor, colon, v);
        if (who != null) return who;
      }
    }
    QuoteAggregator.Attribution possessor = possessorOfWords(t, f, floor, colon);
    return possessor != null ? possessor : namedInIntroduction(t, f, floor, colon);
  }

  /** The speaker a finite verb of a colon introduction gives: its subject, or for a verb of saying the phrase after it. */
  private static QuoteAggregator.Attribution subjectOfIntroduction(EssayTokens t, QuoteSpans.Span first, QuoteAggregator.Carry carry, int floor, int colon, int v) {
    SpeakerPhrases.Phrase subject = SpeakerPhrases.subjectBefore(t, v, floor);
    // "In answering, they make the point that:" - a pronoun after a quotation refers to its speaker
    if (subject != null && subject.to() - subject.from() == 1 && t.pos(subject.from()).equals("PRP")) {
      QuoteAggregator.Attribution carried = carried(t, first, carry);
      if (carried != null) return new QuoteAggregator.Attribution(carried.name(), t.get(v).text());
    }
    String who = SpeakerPhrases.speaker(t, subject);
    if (who == null && SpeechCues.isSpeechVerb(t.lemma(v), t.pos(v))) {
      // inverted: "Added the mayor: “...”" - the phrase after the verb runs up to the colon
      SpeakerPhrases.Phrase after = SpeakerPhrases.npStartingAt(t, v + 1, colon);
      if (after != null && after.to() == colon) who = SpeakerPhrases.speaker(t, after);
    }
    return who == null ? null : new QuoteAggregator.Attribution(who, t.get(v).text());
  }

  /** Whether two speakers share a capitalised word: "Prieto-Martín" and "Pedro Prieto-Martín, Luis de Marcos and ...". */
  static boolean sharesAName(String a, String b) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : a.split("[\\s,()]+")) if (w.length() > 1 && Character.isUpperCase(w.charAt(0))) words.add(w);
    for (String w : b.split("[\\s,()]+")) if (words.contains(w)) return true;
    return false;
  }

  /** Nouns for what someone said or concluded: "The council's response was unequivocal:". */
  private static final Set<String> WORDS_NOUNS = Set.of("response", "reply", "answer", "statement", "view",
      "conclusion", "verdict", "finding", "assessment", "argument", "explanation", "claim", "testimony", "comment",
      "remark", "advice", "warning", "recommendation", "opinion", "message", "position", "diagnosis", "judgment",
      "judgement", "summary", "word");

  /** "The council's response was unequivocal: “...”": whoever owns the words in the introducing clause speaks. */
  private static QuoteAggregator.Attribution possessorOfWords(EssayTokens t, QuoteAggregator.Frame f, int floor, int colon) {
    for (int i = floor + 1; i + 1 < colon; i++) {
      if (!t.pos(i).equals("POS") || !f.free(i)) continue;
      int n = i + 1;
      while (n < colon && t.pos(n).startsWith("JJ")) n++;
      if (n >= colon || !t.pos(n).startsWith("NN") || !WORDS_NOUNS.contains(t.lemma(n))) continue;
      String who = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, i - 1, floor));
      if (who != null) return new QuoteAggregator.Attribution(who, t.get(n).text());
    }
    return null;
  }

  private static boolean capitalised(EssayTokens t, SpeakerPhrases.Phrase p) {
    for (int i = p.from(); i < p.to(); i++) if (!Character.isUpperCase(t.get(i).text().charAt(0))) return false;
    return true;
  }

  /** Verbs of saying that open an inverted introduction: "Added Roe:", "Continued the mayor:". */
  private static final Set<String> INVERTED_OPENERS = Set.of("said", "says", "added", "adds", "stated", "states",
      "continued", "continues", "wrote", "writes", "explained", "explains", "concluded", "concludes", "declared",
      "noted", "notes", "insisted", "warned", "replied", "answered", "argued", "argues", "recalled", "recalls");

  /**
   * "The central insight Roe draws in the last chapter is:": no speaking verb, but the introducing
   * clause names one person (else one organisation) outside any quotation: the quotation is theirs.
   * Two different persons named there leave it open.
   */
  private static QuoteAggregator.Attribution namedInIntroduction(EssayTokens t, QuoteAggregator.Frame f, int floor, int colon) {
    int lo = t.get(floor).span().begin();
    int hi = t.get(colon).span().begin();
    List<Mention> ms = t.essay.mentions();
    Mention person = null, org = null;
    for (int i = SpeakerPhrases.firstMentionAtOrAfter(ms, lo); i < ms.size() && ms.get(i).span().end() <= hi; i++) {
      Mention m = ms.get(i);
      if (f.context.inQuote(t.firstAtOrAfter(m.span().begin()))) continue;
      if (m.type() == MentionType.PERSON) {
        if (person != null && !sameName(person.text(), m.text())) return null;
        if (person == null) person = m;
      } else if (m.type() == MentionType.ORGANIZATION && org == null) {
        org = m;
      } else if (m.type() == MentionType.MISC && org == null && person == null && nameLike(t, m)) {
        org = m; // a surname the tagger took for MISC ("Roe gains ...")
      }
    }
    Mention m = person != null ? person : org;
    return m == null ? null : new QuoteAggregator.Attribution(EssayTokens.squash(m.text()), null);
  }

  private static boolean sameName(String a, String b) {
    String[] x = a.trim().split("\\s+"), y = b.trim().split("\\s+");
    return x[x.length - 1].equalsIgnoreCase(y[y.length - 1]);
  }

  /** A MISC mention of one or two capitalised proper nouns, none of them an adjective of nationality ("French"). */
  private static boolean nameLike(EssayTokens t, Mention m) {
    int i = t.firstAtOrAfter(m.span().begin());
    int n = 0;
    for (; i < t.tokens.size() && t.get(i).span().end() <= m.span().end(); i++, n++) {
      if (!t.pos(i).equals("NNP")) return false;
    }
    return n >= 1 && n <= 2;
  }

  /**
   * A block quotation (a paragraph of its own, maybe after a bullet) whose speaker no sentence names and
   * no attribution line follows: the person (or, failing one, the organisation) the paragraph before it
   * names first ("In this paper, Jane Roe assesses ...").
   */
  static QuoteAggregator.Attribution blockQuote(EssayTokens t, QuoteSpans.Span first, QuoteSpans.Span last) {
    int start = paragraphStart(t.text, first.open());
    if (!t.text.substring(start, first.open()).matches(BULLETS)) return null;
    int end = paragraphEnd(t.text, last.end());
    if (!t.text.substring(last.end(), end).matches("(?s)[\\s\\p{P}\\[\\]\\d^]*")) return null; // a note marker at most
    // the paragraph before, when it ends right before this one
    if (start < 2) return null;
    int prevStart = paragraphStart(t.text, start - 2);
    Mention person = null, org = null;
    List<Mention> ms = t.essay.mentions();
    for (int i = SpeakerPhrases.firstMentionAtOrAfter(ms, prevStart); i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.span().end() > start) break;
      if (m.type() == MentionType.PERSON && person == null) person = m;
      if (m.type() == MentionType.ORGANIZATION && org == null) org = m;
    }
    Mention m = person != null ? person : org;
    return m == null ? null : new QuoteAggregator.Attribution(EssayTokens.squash(m.text()), null);
  }

  /** A block quotation followed by an attribution line: "– According to X, in a report ..." / "— X, author of ...". */
  static QuoteAggregator.Attribution attributionLine(EssayTokens t, QuoteSpans.Span first, QuoteSpans.Span last) {
    int start = paragraphStart(t.text, first.open());
    if (!t.text.substring(start, first.open()).matches(BULLETS)) return null;
    int end = paragraphEnd(t.text, last.end());
    if (!t.text.substring(last.end(), end).matches("(?s)[\\s\\p{P}\\[\\]\\d^]*")) return null; // a note marker at most
    int next = end;
    while (next < t.text.length() && Character.isWhitespace(t.text.charAt(next))) next++;
    if (next < t.text.length() && "–—-".indexOf(t.text.charAt(next)) >= 0) {
      int k = t.firstAtOrAfter(next + 1);
      if (k < t.tokens.size() && t.lower(k).equals("according") && k + 1 < t.tokens.size() && t.lower(k + 1).equals("to")) k += 2;
      if (k < t.tokens.size()) {
        String who = SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, k, Math.min(t.tokens.size(), k + 12)));
        if (who != null) return new QuoteAggregator.Attribution(who, null);
      }
    }
    return null;
  }

  /** What may stand before a quotation opening its paragraph: blanks, a bullet or a dash. */
  private static final String BULLETS = "[\\s\\p{Pd}•●▪◦*·]*";

  /** Offset of the first character of the paragraph holding {@code offset}: after the last blank line before it. */
  private static int paragraphStart(String text, int offset) {
    int i = Math.min(offset, text.length()) - 1;
    while (i > 0) {
      if (text.charAt(i) == '\n') {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) k--;
        if (k < 0 || text.charAt(k) == '\n') return i + 1;
      }
      i--;
    }
    return 0;
  }

  /** Offset of the blank line that ends the paragraph holding {@code offset}, or the text's end. */
  static int paragraphEnd(String text, int offset) {
    int i = offset;
    while (true) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) return text.length();
      int k = nl + 1;
      while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) k++;
      if (k >= text.length() || text.charAt(k) == '\n') return nl;
      i = nl + 1;
    }
  }
}
