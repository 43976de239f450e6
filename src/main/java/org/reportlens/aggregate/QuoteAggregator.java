package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.model.Actor;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.Footnote;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.PullQuote;
import org.reportlens.model.QuoteKind;
import org.reportlens.model.QuotedClaim;
import org.reportlens.model.Sentence;
import org.reportlens.model.Speaker;

/**
 * Finds the quotations of an essay and says who is quoted.
 *
 * <p>Consumes an {@link AnnotatedEssay} (sentences, tokens with POS and lemma, entity mentions) and
 * the essay's actors; produces one {@link QuotedClaim} per quotation in text order, then one per
 * pull-quote. Quotation marks are found by {@link QuoteSpans}; a quotation interrupted by its
 * attribution ("A," Miller writes, "B") becomes one. Kinds:
 * <ul>
 *   <li>{@code TITLE}: the title of a cited work (after "entitled", "his article" ..., or in a
 *       bibliographic sentence), or a capitalised unattributed phrase of three words or more. Never a claim.
 *   <li>{@code DIRECT}: a speaker was found — a speech verb in the sentence (say, write, argue, state,
 *       "put it" ...), "according to X", "to use X's expression", "in the words of X", "In [document],
 *       it was agreed". A pronoun speaker (he, she, it) is resolved to the nearest preceding PERSON
 *       (ORGANIZATION for "it") mention; "we"/"I" to the essay's authors; "they" is kept as written.
 *       A long quotation (8 words or more) without a speech verb whose sentence opens with a named
 *       entity is given that entity as speaker (the sentence's subject is the quotation's source).
 *       Report prose adds: a Justice's opinion or an author-date reference cited after the quotation
 *       ({@link CitationSources}), a law that "provides/requires/prohibits" the words
 *       ({@link DocumentSources}), and the authors of the work the passage introduced ({@link WorkAuthors}).
 *   <li>{@code DIRECT} with a null speaker: a quotation of 8 words or more, or a clause (it has a
 *       finite verb), for which no speaker was found. A researcher wants these listed and flagged
 *       rather than lost among scare quotes: someone was quoted, we could not tell who.
 *   <li>{@code SCARE}: any other term in quotation marks ("division of labor", "boots on the ground"),
 *       and any fragment after "so-called", "dubbed" ... A fragment (under 8 words, no finite verb)
 *       takes a speaker only from a tight pattern (speech verb at most two words before or after it,
 *       "according to", "X's expression"), so a verb elsewhere in the sentence does not make a term speech.
 *   <li>{@code PULL_QUOTE}: the essay's pull-quotes; speaker = its authors, cue null.
 * </ul>
 * No coreference: "the official" or "the minister" is kept as written. Citations are the footnote
 * whose marker follows the quotation before the sentence ends. Stateless and thread-safe.
 */
public final class QuoteAggregator {
  /** Quotations with at least this many words are speech even without a found speaker. */
  static final int LONG_QUOTE_WORDS = 8;
  private static final int MAX_VERB_DISTANCE_BEFORE = 15;
  private static final int MAX_VERB_DISTANCE_AFTER = 8;
  private static final Pattern CITATION = Pattern.compile(
      "(?i)https?://|www\\.|\\bretrieved\\b|\\bavailable at\\b|\\bop\\. ?cit\\b|\\bibid\\b|\\bpp?\\. ?\\d|\\bvol\\. ?\\d|\\bno\\. ?\\d");

  public QuoteAggregator() {}

  /** The quotations of one essay: body quotations in text order, then its pull-quotes. */
  public List<QuotedClaim> aggregate(AnnotatedEssay annotated, List<Actor> actors) {
    return aggregate(EssayContext.of(annotated, actors));
  }

  public List<QuotedClaim> aggregate(EssayContext context) {
    EssayTokens t = context.tokens;
    List<ReportedSpeech.Report> reports = new ArrayList<>();
    for (Sentence s : t.essay.sentences()) reports.addAll(ReportedSpeech.find(context, s));
    reports = ArchiveQuotations.of(context).follow(reports); // ''A,'' Roe said. ''B.'': one report to the closing mark
    record Placed(int at, QuotedClaim q) {}
    List<Placed> body = new ArrayList<>();
    Carry carry = new Carry();
    for (List<QuoteSpans.Span> group : mergeInterrupted(t, context.quotes)) {
      body.add(new Placed(group.get(0).open(), analyse(context, group, reports, carry)));
    }
    Essay e = t.essay.essay();
    for (ReportedSpeech.Report r : reports) {
      int at = t.get(r.contentFrom()).span().begin();
      String text = r.text(t);
      String name = r.speaker();
      if (WorkAuthors.refersToWork(name)) {
        String authors = WorkAuthors.resolve(t, name, r.cue(), context::inQuote);
        if (authors != null) name = authors;
      }
      int s = t.sentenceOf(r.cue());
      String sentence = s < 0 ? null : EssayTokens.squash(t.essay.sentences().get(s).text());
      body.add(new Placed(at, new QuotedClaim(text, QuoteKind.INDIRECT,
          speaker(context, name), r.cueText(), sentence, e.pageAt(at), null,
          e.sectionAt(at))));
    }
    body.sort((a, b) -> Integer.compare(a.at, b.at));
    List<QuotedClaim> out = new ArrayList<>();
    for (Placed p : body) out.add(p.q);
    out.addAll(pullQuotes(t.essay));
    return out;
  }

  /** Who speaks for a body: "the army spokesperson" is linked to the army. */
  private static final Set<String> VOICES = Set.of("spokesperson", "spokesman", "spokeswoman", "representative",
      "mission", "delegation", "embassy", "ambassador", "envoy", "spokespeople");

  /** A speaker with its actor: the actor it names, else the body a spokesperson speaks for. */
  private static Speaker speaker(EssayContext context, String name) {
    String id = context.actors.idFor(name);
    if (id == null) {
      String[] w = name.toLowerCase(Locale.ROOT).split("\\s+");
      if (VOICES.contains(w[w.length - 1])) {
        List<String> named = context.actors.idsIn(name);
        if (!named.isEmpty()) id = named.get(0);
      }
    }
    return new Speaker(name, id);
  }

  /**
   * The last speaker found and where: a quotation without a cue of its own takes it when it stands in
   * the same paragraph, or opens the next one, and no other quotation took a speaker in between.
   */
  private static final class Carry {
    String name;
    String cue;
    int paragraphEnd = -1; // offset of the blank line closing the speaker's paragraph
    int sentence = -1; // the sentence of the last attributed quotation
  }

  // ---- interrupted quotations --------------------------------------------------------------

  /** Groups "A," Miller writes, "B" into one quotation; every other span stands alone. */
  private static List<List<QuoteSpans.Span>> mergeInterrupted(EssayTokens t, List<QuoteSpans.Span> spans) {
    List<List<QuoteSpans.Span>> groups = new ArrayList<>();
    for (QuoteSpans.Span s : spans) {
      if (!groups.isEmpty()) {
        List<QuoteSpans.Span> last = groups.get(groups.size() - 1);
        QuoteSpans.Span prev = last.get(last.size() - 1);
        if (interrupts(t, prev, s)) {
          last.add(s);
          continue;
        }
      }
      groups.add(new ArrayList<>(List.of(s)));
    }
    return groups;
  }

  private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!");

  private static boolean interrupts(EssayTokens t, QuoteSpans.Span a, QuoteSpans.Span b) {
    String gap = t.text.substring(a.end(), b.open());
    if (gap.length() > 120 || gap.contains("\n\n")) return false;
    String before = t.text.substring(a.contentBegin(), a.contentEnd()).strip();
    String g = gap.strip();
    boolean commaBefore = before.endsWith(",") || g.startsWith(",");
    boolean commaAfter = g.endsWith(",") || g.endsWith(":");
    if (!commaBefore || !commaAfter) return false;
    int from = t.firstAtOrAfter(a.end());
    int to = t.endAtOrBefore(b.open());
    // "“A,” Roe said. Doe, speaking next, said, “B”": a sentence ends in between, so two quotations
    for (int i = from; i < to; i++) if (SENTENCE_ENDS.contains(t.get(i).text())) return false;
    for (int i = from; i < to; i++) if (SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i))) return true;
    return false;
  }

  // ---- one quotation -------------------------------------------------------------------------

  /** Where a speaker was found and how. */
  private record Attribution(String name, String cue) {}

  private QuotedClaim analyse(EssayContext context, List<QuoteSpans.Span> group,
      List<ReportedSpeech.Report> reports, Carry carry) {
    EssayTokens t = context.tokens;
    QuoteSpans.Span first = group.get(0);
    QuoteSpans.Span last = group.get(group.size() - 1);
    StringBuilder qt = new StringBuilder();
    for (QuoteSpans.Span s : group) {
      if (qt.length() > 0) qt.append(' ');
      qt.append(t.text, s.contentBegin(), s.contentEnd());
    }
    // a comma or semicolon before the closing mark is punctuation of the sentence, not of the quotation
    String text = EssayTokens.squash(qt.toString()).replaceAll("\\s*[,;:]$", "");
    Frame f = new Frame(context, group);
    int words = org.reportlens.model.Words.count(text);
    boolean clause = hasFiniteVerb(t, group);
    // a fragment (no finite verb, under LONG_QUOTE_WORDS) is usually a term: it takes a speaker only from a tight pattern
    // a quotation that is a whole sentence of its own ("“Maybe the only good thing.”") is an utterance, not a term
    boolean fragment = words < LONG_QUOTE_WORDS && !clause && !wholeSentence(t, f);

    Attribution who = null;
    QuoteKind kind;
    if (isTitle(t, f, first, last, text)) {
      kind = QuoteKind.TITLE;
    } else if (fragment && scareMarked(t, f)) {
      kind = QuoteKind.SCARE;
    } else {
      // "“...” Smith v. Jones, 500 U. S., at 80 (ROE, J., concurring)": the court cites a Justice's separate opinion
      String after = t.text.substring(last.end(), Math.min(t.text.length(), last.end() + 200));
      String justice = CitationSources.justice(after);
      if (justice != null) who = new Attribution(justice, null);
      if (who == null) who = attribute(t, f, group, fragment);
      // a fragment's own verb of saying is nearer than a report around it: "Roe said Doe called it “a disgrace”"
      if (who == null && fragment) who = fragmentInSpeech(t, f);
      if (who == null) who = inReport(t, f, reports);
      if (who == null && !fragment) { // "Section 5 of the Act, which prohibits “...”"
        DocumentSources.Source d = DocumentSources.find(t, f.begin, f.quoteBegin, f::free);
        if (d != null) who = new Attribution(d.name(), d.cue());
      }
      if (who == null && !fragment) { // "“...” (Roe, Doe, and Poe 2020)"
        String cited = CitationSources.authorDate(after);
        if (cited != null) who = new Attribution(cited, null);
      }
      if (who == null) who = runInHeadline(t, f, first);
      // "Roe testified in a long hearing in the House that the “plan failed ...”": the clause of a verb of saying, far back
      if (who == null && !fragment) who = fragmentInSpeech(t, f); // (a fragment's was tried above)
      if (who == null && words >= LONG_QUOTE_WORDS) who = attributionLine(t, first, last);
      // a colon introduction names its own speaker: it goes before the speaker carried from an earlier quotation
      if (who == null && !fragment) who = introducedBefore(t, f, first, carry);
      if (who == null && !fragment && !hasSpeechVerb(t, f)) {
        who = carried(t, first, carry);
        if (who == null) who = sentenceBefore(f);
      }
      if (who == null && fragment && carry.sentence >= 0 && carry.sentence == t.sentenceOf(f.quoteBegin)) {
        who = new Attribution(carry.name, carry.cue); // "“...,” said Roe, urging them to “hold on.”"
      }
      if (who == null && words >= LONG_QUOTE_WORDS) who = sentenceSubject(t, f);
      if (who == null && words >= LONG_QUOTE_WORDS) who = blockQuote(t, first, last);
      // a review or digest quotes the work it introduced: "In their new paper, Roe and Doe ..." ... “...”
      // ... unless a quotation since the introduction was given to someone else: another speaker took over
      if (who == null && (words >= LONG_QUOTE_WORDS || clause)) {
        WorkAuthors.Introduction work = WorkAuthors.introduction(t, f.quoteBegin, context::inQuote);
        if (work != null && (carry.name == null || carry.sentence < work.sentence() || sharesAName(carry.name, work.authors()))) {
          who = new Attribution(work.authors(), null);
        }
      }
      // "the authors argue", "the paper concludes": a work speaks for the authors named before it
      if (who != null && WorkAuthors.refersToWork(who.name) && !(namesAWork(who.name) && titleCase(text))) {
        String authors = WorkAuthors.resolve(t, who.name, f.quoteBegin, context::inQuote);
        if (authors != null) who = new Attribution(authors, who.cue);
      }
      // "Roe and Doe's new article examines": the owners of the work speak
      if (who != null) {
        String owners = WorkAuthors.possessorOfWork(t, who.name, f.quoteBegin);
        if (owners != null) who = new Attribution(owners, who.cue);
      }
      // "the title of a book asked: "America: What Went Wrong?"" - a work that "speaks" a title-cased line is cited by title
      if (who != null && namesAWork(who.name) && titleCase(text)) {
        who = null;
        kind = QuoteKind.TITLE;
      } else if (who != null) kind = QuoteKind.DIRECT;
      else if (words >= LONG_QUOTE_WORDS || clause) kind = QuoteKind.DIRECT;
      else if (titleCase(text) && words >= 3) kind = QuoteKind.TITLE;
      else kind = QuoteKind.SCARE;
    }
    if (kind == QuoteKind.DIRECT && who != null) {
      carry.name = who.name;
      carry.cue = who.cue;
      carry.paragraphEnd = paragraphEnd(t.text, last.end());
      carry.sentence = f.quoteBegin < t.tokens.size() ? t.sentenceOf(f.quoteBegin) : -1;
    }
    Speaker speaker = who == null ? null : speaker(context, who.name);
    Essay e = t.essay.essay();
    int sentenceEnd = f.sentenceEndOffset();
    int gap = Math.min(400, Math.max(3, sentenceEnd - last.end() + 3));
    // a scare term or title is cited only by a marker right after it, a quotation to the end of its sentence
    Footnote note = e.footnoteAfter(last.end(), kind == QuoteKind.DIRECT ? gap : 3);
    return new QuotedClaim(text, kind, speaker, who == null ? null : who.cue, f.sentenceText(),
        e.pageAt(first.open()), note == null ? null : EssayTokens.squash(note.text()), e.sectionAt(first.open()));
  }

  /** Whether the quotation is its sentence: it opens it and only punctuation follows it. */
  private static boolean wholeSentence(EssayTokens t, Frame f) {
    if (f.firstSentence == null || f.quoteBegin != f.begin) return false;
    for (int i = f.quoteEnd; i < f.end; i++) if (isWord(t, i)) return false;
    return true;
  }

  // ---- beyond the sentence -------------------------------------------------------------------

  /** A quotation inside reported speech ("X said that the plan is a “dead end”") is X's. */
  private static Attribution inReport(EssayTokens t, Frame f, List<ReportedSpeech.Report> reports) {
    int lo = 0, hi = reports.size();
    while (lo < hi) { // first report whose content starts after the quotation
      int mid = (lo + hi) >>> 1;
      if (reports.get(mid).contentFrom() <= f.quoteBegin) lo = mid + 1;
      else hi = mid;
    }
    for (int k = lo - 1; k >= 0 && k >= lo - 3; k--) {
      ReportedSpeech.Report r = reports.get(k);
      if (f.context.inQuote(r.cue())) continue; // "“Remember when she said she was poor?”": quoted words, not the report
      if (r.contentFrom() <= f.quoteBegin && f.quoteEnd <= r.contentTo() + 1) return new Attribution(r.speaker(), r.cueText());
    }
    return null;
  }

  /** Whether the quotation's own sentence holds a speech verb: then another voice may be taking over. */
  private static boolean hasSpeechVerb(EssayTokens t, Frame f) {
    // "“... it is going to be OK.’” The senator paused and recalled ...": the tagger did not split after the
    // quotation's full stop, but what follows is the next sentence
    int end = closesWithFullStop(t, f) ? f.quoteEnd : f.end;
    for (int i = f.begin; i < end; i++) if (f.free(i) && SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i))) return true;
    return false;
  }

  /** The quotation's last words end with a full stop inside the marks, and a capitalised word follows. */
  private static boolean closesWithFullStop(EssayTokens t, Frame f) {
    if (f.quoteEnd >= f.end || !Character.isUpperCase(t.get(f.quoteEnd).text().charAt(0))) return false;
    for (int i = f.quoteEnd - 1; i > f.quoteBegin; i--) {
      String x = t.get(i).text();
      if (isWord(t, i)) return false;
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
  private static Attribution sentenceBefore(Frame f) {
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
      if (name != null && p != null) return new Attribution(name, t.get(v).text());
      return null; // the first verb of saying decides
    }
    return null;
  }

  /** The speaker of the quotation before carries to this one in its paragraph or the next (a speech runs on). */
  private static Attribution carried(EssayTokens t, QuoteSpans.Span first, Carry carry) {
    if (carry.name == null || carry.paragraphEnd < 0) return null;
    if (first.open() < carry.paragraphEnd) return new Attribution(carry.name, carry.cue);
    // the next paragraph, opening with this quotation
    return t.text.substring(carry.paragraphEnd, first.open()).matches(BULLETS) ? new Attribution(carry.name, carry.cue) : null;
  }

  /**
   * A quotation introduced by a colon ("When the talks failed, the minister released this statement:")
   * belongs to the subject of the introducing clause: the last finite verb before the colon with a speaker.
   */
  private static Attribution introducedBefore(EssayTokens t, Frame f, QuoteSpans.Span first, Carry carry) {
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
      if (who != null) return new Attribution(who, t.get(floor).text());
    }
    // a verb of saying first ("Roe states the plan came from its roots:"), then any finite verb
    for (boolean saying : new boolean[] {true, false}) {
      for (int v = colon - 1; v >= floor; v--) {
        String p = t.pos(v);
        if (!(p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) || t.lemma(v).equals("be")) continue;
        if (saying != SpeechCues.isSpeechVerb(t.lemma(v), p)) continue;
        Attribution who = subjectOfIntroduction(t, first, carry, floor, colon, v);
        if (who != null) return who;
      }
    }
    Attribution possessor = possessorOfWords(t, f, floor, colon);
    return possessor != null ? possessor : namedInIntroduction(t, f, floor, colon);
  }

  /** The speaker a finite verb of a colon introduction gives: its subject, or for a verb of saying the phrase after it. */
  private static Attribution subjectOfIntroduction(EssayTokens t, QuoteSpans.Span first, Carry carry, int floor, int colon, int v) {
    SpeakerPhrases.Phrase subject = SpeakerPhrases.subjectBefore(t, v, floor);
    // "In answering, they make the point that:" - a pronoun after a quotation refers to its speaker
    if (subject != null && subject.to() - subject.from() == 1 && t.pos(subject.from()).equals("PRP")) {
      Attribution carried = carried(t, first, carry);
      if (carried != null) return new Attribution(carried.name, t.get(v).text());
    }
    String who = SpeakerPhrases.speaker(t, subject);
    if (who == null && SpeechCues.isSpeechVerb(t.lemma(v), t.pos(v))) {
      // inverted: "Added the mayor: “...”" - the phrase after the verb runs up to the colon
      SpeakerPhrases.Phrase after = SpeakerPhrases.npStartingAt(t, v + 1, colon);
      if (after != null && after.to() == colon) who = SpeakerPhrases.speaker(t, after);
    }
    return who == null ? null : new Attribution(who, t.get(v).text());
  }

  /** Whether two speakers share a capitalised word: "Prieto-Martín" and "Pedro Prieto-Martín, Luis de Marcos and ...". */
  private static boolean sharesAName(String a, String b) {
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
  private static Attribution possessorOfWords(EssayTokens t, Frame f, int floor, int colon) {
    for (int i = floor + 1; i + 1 < colon; i++) {
      if (!t.pos(i).equals("POS") || !f.free(i)) continue;
      int n = i + 1;
      while (n < colon && t.pos(n).startsWith("JJ")) n++;
      if (n >= colon || !t.pos(n).startsWith("NN") || !WORDS_NOUNS.contains(t.lemma(n))) continue;
      String who = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, i - 1, floor));
      if (who != null) return new Attribution(who, t.get(n).text());
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
  private static Attribution namedInIntroduction(EssayTokens t, Frame f, int floor, int colon) {
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
    return m == null ? null : new Attribution(EssayTokens.squash(m.text()), null);
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
  private static Attribution blockQuote(EssayTokens t, QuoteSpans.Span first, QuoteSpans.Span last) {
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
    return m == null ? null : new Attribution(EssayTokens.squash(m.text()), null);
  }

  /** A block quotation followed by an attribution line: "– According to X, in a report ..." / "— X, author of ...". */
  private static Attribution attributionLine(EssayTokens t, QuoteSpans.Span first, QuoteSpans.Span last) {
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
        if (who != null) return new Attribution(who, null);
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
  private static int paragraphEnd(String text, int offset) {
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

  /**
   * The tokens around one quotation: the sentence(s) it stands in, with every quotation's tokens
   * masked so that a verb inside another quotation is never taken for a cue.
   */
  private static final class Frame {
    final EssayTokens t;
    final int begin; // first token of the first sentence
    final int end; // after the last token of the last sentence
    /** Past {@code end} into the next sentence when the quotation closes its sentence: "“Why?” Roe asked." */
    final int searchEnd;
    final int quoteBegin; // first token of the quotation (its opening mark)
    final int quoteEnd; // after the last token of the quotation
    final EssayContext context;
    final int gapBegin;
    final int gapEnd;
    final Sentence firstSentence;
    final Sentence lastSentence;

    Frame(EssayContext context, List<QuoteSpans.Span> group) {
      this.context = context;
      this.t = context.tokens;
      QuoteSpans.Span first = group.get(0);
      QuoteSpans.Span last = group.get(group.size() - 1);
      quoteBegin = t.firstAtOrAfter(first.open());
      quoteEnd = Math.max(quoteBegin, t.endAtOrBefore(last.end()));
      List<Sentence> ss = t.essay.sentences();
      int sFirst = quoteBegin < t.tokens.size() ? t.sentenceOf(quoteBegin) : -1;
      int sLast = quoteEnd > 0 ? t.sentenceOf(quoteEnd - 1) : -1;
      if (sFirst < 0) sFirst = sLast;
      if (sLast < 0) sLast = sFirst;
      // the tokenizer may end a sentence with the opening mark of the next one ("... Pittsburgh. "" It's ...")
      boolean markAttached = sFirst >= 0 && sFirst < sLast && quoteBegin == ss.get(sFirst).tokenEnd() - 1;
      if (markAttached) sFirst++;
      if (sFirst < 0) {
        firstSentence = lastSentence = null;
        begin = quoteBegin;
        end = quoteEnd;
      } else {
        firstSentence = ss.get(sFirst);
        lastSentence = ss.get(sLast);
        begin = markAttached ? quoteBegin : firstSentence.tokenBegin();
        end = lastSentence.tokenEnd();
      }
      int next = sLast < 0 ? -1 : sLast + 1;
      if (next > 0 && next < ss.size() && lastSentence.span().end() <= last.end() + 1
          && t.text.substring(last.end(), ss.get(next).span().begin()).isBlank()
          && !t.text.substring(last.end(), ss.get(next).span().begin()).contains("\n")) {
        searchEnd = ss.get(next).tokenEnd();
      } else {
        searchEnd = end;
      }
      if (group.size() > 1) {
        gapBegin = t.firstAtOrAfter(first.end());
        gapEnd = t.endAtOrBefore(group.get(1).open());
      } else {
        gapBegin = gapEnd = -1;
      }
    }

    boolean free(int i) { return i >= begin && i < searchEnd && !context.inQuote(i); }

    int sentenceEndOffset() {
      return lastSentence == null ? t.get(Math.max(0, quoteEnd - 1)).span().end() : lastSentence.span().end();
    }

    String sentenceText() {
      if (firstSentence == null) return null;
      return EssayTokens.squash(t.text.substring(firstSentence.span().begin(), lastSentence.span().end()));
    }

    /** Free tokens strictly between the quotation and token i (punctuation not counted). */
    int distance(int i) {
      int d = 0;
      if (i < quoteBegin) {
        for (int k = i + 1; k < quoteBegin; k++) if (free(k) && isWord(t, k)) d++;
      } else {
        for (int k = quoteEnd; k < i; k++) if (free(k) && isWord(t, k)) d++;
      }
      return d;
    }
  }

  // ---- kinds -------------------------------------------------------------------------------

  private static boolean isTitle(EssayTokens t, Frame f, QuoteSpans.Span first, QuoteSpans.Span last, String text) {
    // "his article "..."", "a report entitled "...""
    for (int i = f.quoteBegin - 1, seen = 0; i >= f.begin && seen < 3; i--) {
      if (!isWord(t, i)) continue;
      seen++;
      String lemma = t.lemma(i);
      String lower = t.lower(i);
      boolean noun = t.pos(i).startsWith("NN");
      if (lower.equals("entitled") || lower.equals("titled")) return true;
      if (noun && SpeechCues.TITLE_MARKERS.contains(lemma) && seen == 1 && titleCase(text)) return true;
      if (!t.pos(i).startsWith("DT") && !t.pos(i).startsWith("PRP") && !lower.equals("the")) {
        if (seen >= 1 && !noun) break;
      }
    }
    // ("Towards a Defense White Paper") - a named plan or document in parentheses
    if (titleCase(text) && first.open() > 0 && t.text.charAt(first.open() - 1) == '('
        && last.end() < t.text.length() && t.text.charAt(last.end()) == ')') {
      return true;
    }
    // a bibliographic sentence: URL, "retrieved", "pp. 8", "Op. cit."
    String sentence = CitationSources.withoutAuthorDate(f.sentenceText());
    if (sentence != null && CITATION.matcher(sentence).find()) return true;
    // "Title of the Work," Publisher, 2016
    String after = t.text.substring(last.end(), Math.min(t.text.length(), last.end() + 60));
    String inside = t.text.substring(last.contentBegin(), last.contentEnd()).strip();
    return titleCase(text) && (inside.endsWith(",") || after.startsWith(","))
        && after.matches("(?s)^,?\\s*\\p{Lu}[^.]*?\\b(1[89]|20)\\d\\d\\b.*");
  }

  private static boolean scareMarked(EssayTokens t, Frame f) {
    for (int i = f.quoteBegin - 1; i >= f.begin && i >= f.quoteBegin - 2; i--) {
      if (!isWord(t, i)) continue;
      String l = t.lower(i);
      if (SpeechCues.SCARE_MARKERS.contains(l)) return true;
      if (l.equals("as") && i - 1 >= f.begin && t.lower(i - 1).equals("known")) return true;
      return false;
    }
    return false;
  }

  private static boolean hasFiniteVerb(EssayTokens t, List<QuoteSpans.Span> group) {
    for (QuoteSpans.Span s : group) {
      for (int i = t.firstAtOrAfter(s.contentBegin()); i < t.tokens.size() && t.get(i).span().end() <= s.contentEnd(); i++) {
        String p = t.pos(i);
        if (p.equals("VBZ") || p.equals("VBD") || p.equals("VBP") || p.equals("MD")) return true;
        // "It’s going": a contracted verb after a pronoun can be tagged as a possessive
        if (p.equals("POS") && i > 0 && (t.pos(i - 1).equals("PRP") || t.pos(i - 1).equals("EX")
            || t.pos(i - 1).equals("DT") && !t.lower(i - 1).equals("the"))) return true; // "That’s"
      }
    }
    return false;
  }

  /**
   * Whether a speaker phrase is headed by a work, not a person or body: "a best-selling book", "his
   * article", "the title of a book" (the head of "X of Y" is X).
   */
  private static boolean namesAWork(String phrase) {
    if (phrase == null || phrase.isBlank()) return false;
    String[] w = phrase.toLowerCase(Locale.ROOT).split("\\s+of\\s+")[0].split("[^\\p{L}-]+");
    String head = w.length == 0 ? "" : w[w.length - 1];
    return SpeechCues.TITLE_MARKERS.contains(head) || SpeechCues.TITLE_MARKERS.contains(head.replaceAll("s$", ""));
  }

  /** Most words capitalised: "The Warsaw Summit and the NATO Christmas Tree". */
  static boolean titleCase(String text) {
    String[] w = text.replaceAll("[^\\p{L}\\p{N}\\s'’-]", " ").trim().split("\\s+");
    int content = 0, caps = 0;
    for (String x : w) {
      if (x.isEmpty()) continue;
      if (x.length() <= 3 && x.equals(x.toLowerCase(Locale.ROOT))) continue; // of, the, and, in, a
      content++;
      if (Character.isUpperCase(x.charAt(0)) || Character.isDigit(x.charAt(0))) caps++;
    }
    return content > 0 && caps * 10 >= content * 8 && Character.isUpperCase(text.strip().charAt(0));
  }

  // ---- attribution -------------------------------------------------------------------------

  /**
   * The sieve: each pass a pattern of attribution, tried in order, the first speaker found wins.
   * 1. the interruption of a split quotation; 2. the words right after the quotation; 3. "according
   * to X"; 4. a wording noun ("in X's words"); 5. the nearest speech verb of the sentence.
   */
  private Attribution attribute(EssayTokens t, Frame f, List<QuoteSpans.Span> group, boolean fragment) {
    // 1. the interruption of a split quotation: "A," Miller writes, "B"
    if (f.gapBegin >= 0) {
      for (int i = f.gapBegin; i < f.gapEnd; i++) {
        if (SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i))) {
          SpeakerPhrases.Phrase p = SpeakerPhrases.subjectBefore(t, i, f.gapBegin);
          if (p == null) p = SpeakerPhrases.npStartingAt(t, i + 1, f.gapEnd);
          String name = SpeakerPhrases.speaker(t, p);
          if (name != null) return new Attribution(name, t.get(i).text());
        }
      }
    }
    // 2. "...," Roe said | "...," said Roe | "...," Jane Roe, chief economist at Acme, said in an e-mail
    Attribution after = rightAfter(t, f);
    if (after != null) return after;
    // 3. "according to X"
    for (int i = f.begin; i + 1 < f.end; i++) {
      if (!f.free(i) || !t.lower(i).equals("according") || !t.lower(i + 1).equals("to")) continue;
      int d = f.distance(i);
      if (i > f.quoteBegin ? d <= 3 : d <= (fragment ? 3 : MAX_VERB_DISTANCE_BEFORE)) {
        String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, i + 2, f.end));
        if (name != null) return new Attribution(name, "according to");
      }
    }
    // 3b. "Roe is, per Acme, “one of the most-cited ...”": "per X" right before the quotation
    for (int i = Math.max(f.begin, f.quoteBegin - 8); i + 1 < f.quoteBegin; i++) {
      if (!f.free(i) || !t.lower(i).equals("per") || f.distance(i) > 4) continue;
      SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, i + 1, f.quoteBegin);
      String name = SpeakerPhrases.speaker(t, p);
      if (name != null && !t.pos(p.from()).equals("CD")) return new Attribution(name, "per");
    }
    // 4. "to use X's expression", "in X's words", "in the words of X"
    for (int i = f.begin; i < f.end; i++) {
      if (!f.free(i) || !SpeechCues.WORDING_NOUNS.contains(t.lemma(i)) || !t.pos(i).startsWith("NN")) continue;
      if (f.distance(i) > 6) continue;
      if (i - 1 >= f.begin && t.pos(i - 1).equals("POS")) {
        String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npEndingAt(t, i - 2, f.begin));
        if (name != null) return new Attribution(name, t.get(i).text());
      }
      if (i + 1 < f.end && t.lower(i + 1).equals("of") && i < f.quoteBegin) {
        String name = SpeakerPhrases.speaker(t, SpeakerPhrases.npStartingAt(t, i + 2, Math.min(f.end, f.quoteBegin)));
        if (name != null) return new Attribution(name, t.get(i).text());
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
      int max = i < f.quoteBegin ? MAX_VERB_DISTANCE_BEFORE : MAX_VERB_DISTANCE_AFTER;
      if (fragment) max = 2;
      if (d > max) continue;
      if (i > f.quoteBegin && hasClauseBreak(t, f, i)) continue;
      verbs.add(new int[] {i, d});
    }
    verbs.sort((x, y) -> Integer.compare(x[1], y[1]));
    for (int[] v : verbs) {
      String name = speakerOfVerb(t, f, v[0]);
      if (name != null) return new Attribution(name, t.get(v[0]).text());
    }
    return null;
  }

  /**
   * The words right after the closing mark: a speech verb then its speaker ("said Roe"), or a speaker,
   * maybe an appositive or a parenthesis, then a speech verb ("Jane Roe, chief economist at Acme Ltd.,
   * said"). May reach into the next sentence when the quotation closed its own.
   */
  private static Attribution rightAfter(EssayTokens t, Frame f) {
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
      return name == null ? null : new Attribution(name, t.get(k).text());
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
    return name == null ? null : new Attribution(name, t.get(j).text());
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
  private static boolean closesClause(EssayTokens t, Frame f, int k) {
    for (int i = k; i < f.searchEnd; i++) {
      // "Roe then writes back, “You look cute.”": the verb introduces a quotation of its own
      if (t.get(i).text().equals(",")) return i + 1 >= f.searchEnd || !f.context.inQuote(i + 1);
      String p = t.pos(i);
      String w = t.lower(i);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) return false;
      if (w.equals("that") || w.equals("whether") || w.equals("if")) return false;
    }
    return true;
  }

  /** Whether tokens [from, to) outside quotations hold a finite verb. */
  private static boolean hasFiniteVerb(EssayTokens t, Frame f, int from, int to) {
    for (int k = from; k < to; k++) {
      String p = t.pos(k);
      if (f.free(k) && (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD"))) return true;
    }
    return false;
  }

  /**
   * A digest item: a paragraph that opens with a run-in headline in capitals ("CITIES VOTE ON BUDGETS
   * The council met ... “...”") summarises the article the headline names, and its quotations are
   * that article's: the headline speaks. The headline is two or more words without a lower-case letter
   * (at least two of them words of letters), followed by a capitalised word or an opening quotation mark.
   */
  private static Attribution runInHeadline(EssayTokens t, Frame f, QuoteSpans.Span first) {
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
        return new Attribution(EssayTokens.squash(t.text.substring(start, end)), null);
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
    return words >= 2 && letterWords >= 2 ? new Attribution(EssayTokens.squash(t.text.substring(start, end)), null) : null;
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
  private Attribution fragmentInSpeech(EssayTokens t, Frame f) {
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
      if (name != null) return new Attribution(name, t.get(i).text()); // else a mis-tagged noun ("opening remarks/VBZ"): go on
    }
    return null;
  }

  /** "with Senator Roe calling it a “menu”": a participle after "with" and a noun phrase has that phrase as subject. */
  private static String withSubject(EssayTokens t, Frame f, int v) {
    if (v - 1 < f.begin || !f.free(v - 1)) return null;
    SpeakerPhrases.Phrase p = SpeakerPhrases.npEndingAt(t, v - 1, f.begin);
    if (p == null || p.from() - 1 < f.begin || !t.lower(p.from() - 1).equals("with")) return null;
    return SpeakerPhrases.speaker(t, p);
  }

  /** After the quotation, a verb past a full stop or semicolon belongs to another clause. */
  private static boolean hasClauseBreak(EssayTokens t, Frame f, int verb) {
    for (int k = f.quoteEnd; k < verb; k++) {
      String x = t.get(k).text();
      if (x.equals(";") || x.equals(".")) return true;
    }
    return false;
  }

  private String speakerOfVerb(EssayTokens t, Frame f, int v) {
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
  private static String quotedAsSaying(EssayTokens t, Frame f, int v) {
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
  private static int participleFloor(EssayTokens t, Frame f, int v) {
    int k = v - 1;
    while (k > f.begin && !pieceBreak(t, k)) k--;
    // the piece holding the participle, and the one before it ("Roe, in a speech, rejected it, saying")
    return Math.max(f.begin, k);
  }

  private static boolean passive(EssayTokens t, Frame f, int v) {
    for (int k = v - 1; k >= f.begin && k >= v - 3; k--) {
      if (t.lemma(k).equals("be") || t.lemma(k).equals("get")) return true;
      if (!t.pos(k).startsWith("RB")) return false;
    }
    return false;
  }

  /** A long quotation with no cue: the named entity that opens its sentence is its source. */
  private static Attribution sentenceSubject(EssayTokens t, Frame f) {
    if (f.firstSentence == null) return null;
    int at = f.begin;
    if (at < f.quoteBegin && t.pos(at).equals("DT")) at++;
    if (at >= f.quoteBegin) return null;
    int offset = t.get(at).span().begin();
    for (Mention m : t.essay.mentions()) {
      if (m.span().begin() == offset && subjectType(m.type())) {
        if (m.span().end() > t.get(f.quoteBegin).span().begin()) return null;
        return new Attribution(EssayTokens.squash(t.text.substring(t.get(f.begin).span().begin(), m.span().end())), null);
      }
    }
    // no tagged entity: a run of proper nouns opening the sentence and followed by a comma or verb ("EUBAM, located ...")
    int j = at;
    while (j < f.quoteBegin && t.pos(j).startsWith("NNP")) j++;
    if (j > at && j < f.quoteBegin && (t.get(j).text().equals(",") || t.pos(j).startsWith("VB") || t.pos(j).equals("MD"))) {
      return new Attribution(t.span(f.begin, j), null);
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

  private static boolean isWord(EssayTokens t, int i) {
    return ReportedSpeech.isWord(t, i);
  }

  // ---- pull-quotes -------------------------------------------------------------------------

  private static List<QuotedClaim> pullQuotes(AnnotatedEssay annotated) {
    Essay e = annotated.essay();
    List<String> names = e.authors().stream().map(a -> a.name()).toList();
    Speaker speaker = names.isEmpty() ? null : new Speaker(joinNames(names), null);
    List<QuotedClaim> out = new ArrayList<>();
    String flat = flatten(e.text());
    for (PullQuote pq : e.pullQuotes()) {
      String text = EssayTokens.squash(pq.text());
      int at = flat.indexOf(flatten(text).replaceAll("[.!?]$", ""));
      Sentence s = at < 0 ? null : annotated.sentenceAt(at);
      String sentence = s == null ? text : EssayTokens.squash(s.text());
      Integer page = pq.page() > 0 ? Integer.valueOf(pq.page()) : (at < 0 ? null : e.pageAt(at));
      out.add(new QuotedClaim(text, QuoteKind.PULL_QUOTE, speaker, null, sentence, page, null));
    }
    return out;
  }

  /** Same length as the input: lower case, plain quotes and apostrophes, whitespace made spaces. */
  private static String flatten(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c == '’' || c == '‘') b.append('\'');
      else if (c == '“' || c == '”') b.append('"');
      else if (Character.isWhitespace(c)) b.append(' ');
      else b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  /** "A", "A and B", "A, B and C". */
  static String joinNames(List<String> names) {
    if (names.size() == 1) return names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
