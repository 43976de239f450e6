package org.reportlens.aggregate;

import java.util.Set;

/**
 * Findings framed by the poll or study they come from, with no verb of showing, for {@link ReportedSpeech}:
 * <ul>
 *   <li>"In a Roe poll released Monday, 50 percent chose Doe": a sentence opened by "in" and a phrase headed by
 *       a poll, survey, study or average, then a comma and a clause;
 *   <li>"Based on current polling, Roe would win the state": the same after "based on";
 *   <li>"Roe leads by 9 points in the latest poll of the state.": a clause with a figure or a lead, closed by
 *       "in" and a phrase headed by a poll, survey or average.
 * </ul>
 * The source is the phrase as written (with its participle and adjuncts), the cue the preposition. Nothing is
 * reported when the clause has a verb of saying of its own ("In the study, Roe said ...": that verb reports
 * it), nor for a phrase headed by anything but a poll or study ("In a speech, ...", "In the report, ..."). Pure
 * and thread-safe.
 */
final class PollFrames {
  private PollFrames() {}

  /** Heads of the phrases that frame a finding after an opening "in" or "based on". */
  private static final Set<String> FRAMES = Set.of("poll", "polling", "survey", "study", "average", "index", "census",
      "analysis", "research", "ranking", "tracking", "sample");
  /** Heads of the phrases that close a finding after "in": "leads in the latest poll". */
  private static final Set<String> CLOSING = Set.of("poll", "polling", "survey", "average");
  /** Words of a poll's figures that make a clause closed by "in the poll" a finding, not a state ("is popular in polls"). */
  private static final Set<String> FIGURES = Set.of("lead", "ahead", "behind", "trail", "percent", "point", "margin",
      "edge", "advantage", "tie", "tied", "even");
  private static final int MAX_FRAME = 25;
  /** Fewest words of a framed finding: a shorter clause leans on the sentence before it. */
  private static final int MIN_WORDS = 4;

  /** A report for the frame opened at token i ("In", "Based") of tokens [b, e), or null. */
  static ReportedSpeech.Report opening(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    // at the sentence's start, or after a conjunction opening it ("But in a new poll, ...")
    if (!(i == b || i == b + 1 && t.pos(b).equals("CC"))) return null;
    int from;
    if (t.lower(i).equals("in")) from = i + 1;
    else if (t.lower(i).equals("based") && i + 1 < e && t.lower(i + 1).equals("on")) from = i + 2;
    else return null;
    int k = from;
    while (k < e && k < from + MAX_FRAME && !t.get(k).text().equals(",")) {
      if (c.inQuote(k) || t.finite(k) && !StanceCues.published(t, k)) return null;
      k++;
    }
    if (k + 1 >= e || !t.get(k).text().equals(",") || head(t, from, k, FRAMES) < 0) return null;
    if (!ContentSpans.bareClause(t, c, k + 1, e) || ownVoice(t, k + 1, e)
        || ReportedSpeech.words(t, k + 1, e) < MIN_WORDS) return null; // "In the latest polls, he doesn't."
    String cue = from == i + 1 ? t.get(i).text() : t.span(i, from);
    return new ReportedSpeech.Report(t.span(from, k), i, cue, k + 1, reasonEnd(c, k + 1, ContentSpans.clauseEnd(c, k + 1, e)));
  }

  /**
   * A report for "CLAUSE in the latest poll" with "in" at token i of tokens [b, e), or null. The source is the
   * phrase with one attached phrase ("of New Hampshire voters", "by Roe University"); what follows it ("by
   * nearly 9 points") goes on with the content, the source skipped.
   */
  static ReportedSpeech.Report closing(EssayContext c, int b, int e, int i) {
    EssayTokens t = c.tokens;
    if (i + 1 >= e || !t.lower(i).equals("in")) return null;
    int head = head(t, i + 1, e, CLOSING);
    if (head < 0) return null;
    for (int j = i + 1; j < e; j++) if (c.inQuote(j) || t.get(j).text().equals(",") || t.finite(j) && !StanceCues.published(t, j)) return null;
    int end = attached(t, head + 1, e);
    // the clause: from the last comma (or the piece's start) before "in", with one predicate and no subordinate clause
    int from = i - 1;
    while (from > b && !t.get(from - 1).text().equals(",") && !t.get(from - 1).text().equals(":")) from--;
    if (!ContentSpans.bareClause(t, c, from, i) || ownVoice(t, from, i)) return null;
    int finite = 0;
    boolean figure = false;
    for (int j = from; j < i; j++) {
      if (t.finite(j)) finite++;
      if (c.inQuote(j) || t.pos(j).startsWith("W") || t.lower(j).equals("that") || t.lower(j).equals("as")) return null;
      figure |= t.pos(j).equals("CD") || FIGURES.contains(t.lemma(j).toLowerCase(java.util.Locale.ROOT));
    }
    for (int j = end; j < e; j++) figure |= t.pos(j).equals("CD") || FIGURES.contains(t.lemma(j).toLowerCase(java.util.Locale.ROOT));
    if (finite != 1 || !figure) return null;
    if (end >= e) return new ReportedSpeech.Report(t.span(i + 1, e), i, t.get(i).text(), from, i);
    return new ReportedSpeech.Report(t.span(i + 1, end), i, t.get(i).text(), from, e, i, end);
  }

  /** Prepositions that attach a phrase to a poll: "of voters", "in Ohio", "by Roe University". */
  private static final Set<String> ATTACHED = Set.of("of", "in", "among", "from", "across", "by");

  /**
   * The end of the phrases attached to a poll's head from k: a participle of publishing and prepositional
   * phrases of nouns; "by" only with a name ("by Roe University", not "by nearly 9 points").
   */
  private static int attached(EssayTokens t, int k, int e) {
    int end = k;
    while (k < e) {
      if (StanceCues.published(t, k)) k++;
      if (k + 1 >= e || !ATTACHED.contains(t.lower(k))) break;
      int j = k + 1;
      if (t.lower(k).equals("by") && !(t.pos(j).startsWith("NNP") || t.pos(j).equals("DT") && j + 1 < e && t.pos(j + 1).startsWith("NNP"))) break;
      while (j < e && (t.pos(j).equals("DT") || t.pos(j).startsWith("JJ") || t.pos(j).startsWith("NN") || t.pos(j).equals("CD")
          || t.pos(j).equals("HYPH") || t.pos(j).equals("POS"))) j++;
      if (j == k + 1) break;
      end = k = j;
    }
    return end;
  }

  /**
   * The position of the phrase's head in [from, to): the last noun before a preposition, a participle or the
   * end, when it names one of heads; else -1.
   */
  private static int head(EssayTokens t, int from, int to, Set<String> heads) {
    int head = -1;
    for (int j = from; j < to; j++) {
      String p = t.pos(j);
      // "a Roe poll last month", "the poll Monday": a time after the head is an adjunct, not the head
      if (head >= 0 && (TIME_OPENERS.contains(t.lower(j)) || DAYS.contains(t.lower(j)))) break;
      if (p.startsWith("NN")) head = j;
      else if (p.equals("IN") || p.equals("VBN") || p.equals("VBD") || p.equals("VBG")) break;
      else if (!(p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("HYPH") || p.equals("POS")
          || p.equals("PRP$") || p.startsWith("RB") || p.equals("``") || p.equals("''") || p.equals("CC"))) return -1;
    }
    return head >= 0 && StanceCues.noun(t, head, heads) ? head : -1;
  }

  /** Words opening the writer's explanation of a finding: ", largely because ...". */
  private static final Set<String> REASONS = Set.of("because", "since", "as", "thanks", "due");

  /** The comma before an explanation (", largely because he had ...") in [from, to), or to. */
  private static int reasonEnd(EssayContext c, int from, int to) {
    EssayTokens t = c.tokens;
    for (int j = from + 1; j + 1 < to; j++) {
      if (c.inQuote(j) || !t.get(j).text().equals(",")) continue;
      int k = j + 1;
      if (t.pos(k).startsWith("RB") && k + 1 < to) k++;
      if (REASONS.contains(t.lower(k))) return j;
    }
    return to;
  }

  private static final Set<String> TIME_OPENERS = Set.of("last", "this", "next", "earlier", "later");
  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday");

  /** Whether the clause's first finite verb is a verb of saying or stance: the clause has a voice of its own. */
  private static boolean ownVoice(EssayTokens t, int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.finite(j)) return ContentSpans.speech(t, j) || j + 1 < to && ContentSpans.speech(t, j + 1);
    }
    return false;
  }
}
