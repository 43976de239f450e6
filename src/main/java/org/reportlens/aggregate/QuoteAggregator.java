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
 * <p>The work is shared with package-private helpers: {@link QuoteAttributions} (the sieve of attribution
 * inside the sentence), {@link QuoteIntroductions} (speakers beyond the sentence: reports, the sentence before,
 * colon introductions, block quotations) and {@link QuoteKinds} (titles, scare quotes, clauses).
 * No coreference: "the official" or "the minister" is kept as written. Citations are the footnote
 * whose marker follows the quotation before the sentence ends. Stateless and thread-safe.
 */
public final class QuoteAggregator {
  /** Quotations with at least this many words are speech even without a found speaker. */
  static final int LONG_QUOTE_WORDS = 8;
  static final int MAX_VERB_DISTANCE_BEFORE = 15;
  static final int MAX_VERB_DISTANCE_AFTER = 8;
  static final Pattern CITATION = Pattern.compile(
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
  static final class Carry {
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
  record Attribution(String name, String cue) {}

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
    boolean clause = QuoteKinds.hasFiniteVerb(t, group);
    // a fragment (no finite verb, under LONG_QUOTE_WORDS) is usually a term: it takes a speaker only from a tight pattern
    // a quotation that is a whole sentence of its own ("“Maybe the only good thing.”") is an utterance, not a term
    boolean fragment = words < LONG_QUOTE_WORDS && !clause && !wholeSentence(t, f);

    Attribution who = null;
    QuoteKind kind;
    if (QuoteKinds.isTitle(t, f, first, last, text)) {
      kind = QuoteKind.TITLE;
    } else if (fragment && QuoteKinds.scareMarked(t, f)) {
      kind = QuoteKind.SCARE;
    } else {
      // "“...” Smith v. Jones, 500 U. S., at 80 (ROE, J., concurring)": the court cites a Justice's separate opinion
      String after = t.text.substring(last.end(), Math.min(t.text.length(), last.end() + 200));
      String justice = CitationSources.justice(after);
      if (justice != null) who = new Attribution(justice, null);
      if (who == null) who = QuoteAttributions.attribute(t, f, group, fragment);
      // a fragment's own verb of saying is nearer than a report around it: "Roe said Doe called it “a disgrace”"
      if (who == null && fragment) who = QuoteAttributions.fragmentInSpeech(t, f);
      if (who == null) who = QuoteIntroductions.inReport(t, f, reports);
      if (who == null && !fragment) { // "Section 5 of the Act, which prohibits “...”"
        DocumentSources.Source d = DocumentSources.find(t, f.begin, f.quoteBegin, f::free);
        if (d != null) who = new Attribution(d.name(), d.cue());
      }
      if (who == null && !fragment) { // "“...” (Roe, Doe, and Poe 2020)"
        String cited = CitationSources.authorDate(after);
        if (cited != null) who = new Attribution(cited, null);
      }
      if (who == null) who = QuoteAttributions.runInHeadline(t, f, first);
      // "Roe testified in a long hearing in the House that the “plan failed ...”": the clause of a verb of saying, far back
      if (who == null && !fragment) who = QuoteAttributions.fragmentInSpeech(t, f); // (a fragment's was tried above)
      if (who == null && words >= LONG_QUOTE_WORDS) who = QuoteIntroductions.attributionLine(t, first, last);
      // a colon introduction names its own speaker: it goes before the speaker carried from an earlier quotation
      if (who == null && !fragment) who = QuoteIntroductions.introducedBefore(t, f, first, carry);
      if (who == null && !fragment && !QuoteIntroductions.hasSpeechVerb(t, f)) {
        who = QuoteIntroductions.carried(t, first, carry);
        if (who == null) who = QuoteIntroductions.sentenceBefore(f);
      }
      if (who == null && fragment && carry.sentence >= 0 && carry.sentence == t.sentenceOf(f.quoteBegin)) {
        who = new Attribution(carry.name, carry.cue); // "“...,” said Roe, urging them to “hold on.”"
      }
      if (who == null && words >= LONG_QUOTE_WORDS) who = QuoteAttributions.sentenceSubject(t, f);
      if (who == null && words >= LONG_QUOTE_WORDS) who = QuoteIntroductions.blockQuote(t, first, last);
      // a review or digest quotes the work it introduced: "In their new paper, Roe and Doe ..." ... “...”
      // ... unless a quotation since the introduction was given to someone else: another speaker took over
      if (who == null && (words >= LONG_QUOTE_WORDS || clause)) {
        WorkAuthors.Introduction work = WorkAuthors.introduction(t, f.quoteBegin, context::inQuote);
        if (work != null && (carry.name == null || carry.sentence < work.sentence() || QuoteIntroductions.sharesAName(carry.name, work.authors()))) {
          who = new Attribution(work.authors(), null);
        }
      }
      // "the authors argue", "the paper concludes": a work speaks for the authors named before it
      if (who != null && WorkAuthors.refersToWork(who.name) && !(QuoteKinds.namesAWork(who.name) && QuoteKinds.titleCase(text))) {
        String authors = WorkAuthors.resolve(t, who.name, f.quoteBegin, context::inQuote);
        if (authors != null) who = new Attribution(authors, who.cue);
      }
      // "Roe and Doe's new article examines": the owners of the work speak
      if (who != null) {
        String owners = WorkAuthors.possessorOfWork(t, who.name, f.quoteBegin);
        if (owners != null) who = new Attribution(owners, who.cue);
      }
      // "the title of a book asked: "America: What Went Wrong?"" - a work that "speaks" a title-cased line is cited by title
      if (who != null && QuoteKinds.namesAWork(who.name) && QuoteKinds.titleCase(text)) {
        who = null;
        kind = QuoteKind.TITLE;
      } else if (who != null) kind = QuoteKind.DIRECT;
      else if (words >= LONG_QUOTE_WORDS || clause) kind = QuoteKind.DIRECT;
      else if (QuoteKinds.titleCase(text) && words >= 3) kind = QuoteKind.TITLE;
      else kind = QuoteKind.SCARE;
    }
    if (kind == QuoteKind.DIRECT && who != null) {
      carry.name = who.name;
      carry.cue = who.cue;
      carry.paragraphEnd = QuoteIntroductions.paragraphEnd(t.text, last.end());
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
    for (int i = f.quoteEnd; i < f.end; i++) if (QuoteAttributions.isWord(t, i)) return false;
    return true;
  }

  /**
   * The tokens around one quotation: the sentence(s) it stands in, with every quotation's tokens
   * masked so that a verb inside another quotation is never taken for a cue.
   */
  static final class Frame {
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
        for (int k = i + 1; k < quoteBegin; k++) if (free(k) && QuoteAttributions.isWord(t, k)) d++;
      } else {
        for (int k = quoteEnd; k < i; k++) if (free(k) && QuoteAttributions.isWord(t, k)) d++;
      }
      return d;
    }
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
