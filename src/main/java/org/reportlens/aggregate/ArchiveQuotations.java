package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.reportlens.model.Sentence;

/**
 * Quotations written with news-archive marks, where two apostrophes ('') both open and close a quotation
 * ("''We will win,'' Roe said."). {@link QuoteSpans} does not pair them, because a term is written the
 * same way ("the ''old model'' of clubs"); {@link ReportedSpeech} reads such a quotation as reported content.
 * This class pairs the marks inside each paragraph (a mark after a space opens, a mark after a word or a
 * punctuation mark closes) and lets a report follow its quotation to the closing mark: over several
 * sentences, and across the attribution that interrupts it ("''A,'' Roe said. ''B.''" is one report A + B,
 * the attribution skipped). A mark left open at the end of a paragraph runs to that end (the archive
 * convention for a quotation going on in the next paragraph). A cue inside a closed quotation is the quoted
 * voice's words, so its report is left out, as a cue inside curly quotation marks never makes one. Consumes an
 * essay's tokens and the reports found sentence by sentence; makes no new report, and leaves a report outside
 * these quotations as it was. Built once per essay, linear in its tokens; immutable and thread-safe.
 */
final class ArchiveQuotations {
  /** Per token: the opening mark of the quotation it stands in (marks included), else -1. */
  private final int[] open;
  /** Per token: the closing mark of that quotation, or the paragraph's last token if it stays open; else -1. */
  private final int[] close;
  private final EssayContext c;

  private ArchiveQuotations(EssayContext c) {
    this.c = c;
    EssayTokens t = c.tokens;
    int n = t.tokens.size();
    open = new int[n];
    close = new int[n];
    Arrays.fill(open, -1);
    Arrays.fill(close, -1);
    int from = -1; // the pending opening mark
    for (int i = 0; i < n; i++) {
      if (i > 0 && paragraphBreak(t, i) && from >= 0) {
        mark(from, i - 1); // left open: runs to the paragraph's end
        from = -1;
      }
      if (!isMark(t, i)) continue;
      if (opens(t, i)) {
        from = i; // after two openings in a row the first stays unpaired
      } else if (from >= 0) {
        mark(from, i);
        from = -1;
      }
    }
    if (from >= 0) mark(from, n - 1);
  }

  static ArchiveQuotations of(EssayContext c) {
    return new ArchiveQuotations(c);
  }

  private void mark(int from, int to) {
    for (int k = from; k <= to; k++) {
      open[k] = from;
      close[k] = to;
    }
  }

  /** An unpaired archive mark: '' outside the quotations {@link QuoteSpans} found. */
  private boolean isMark(EssayTokens t, int i) {
    return t.get(i).text().equals("''") && !c.inQuote(i);
  }

  /** A mark opens after a space, the text's start or an opening bracket or dash. */
  private static boolean opens(EssayTokens t, int i) {
    int at = t.get(i).span().begin();
    char before = at == 0 ? ' ' : t.text.charAt(at - 1);
    return Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
  }

  private static boolean paragraphBreak(EssayTokens t, int i) {
    String gap = t.text.substring(t.get(i - 1).span().end(), t.get(i).span().begin());
    int nl = gap.indexOf('\n');
    return nl >= 0 && gap.indexOf('\n', nl + 1) >= 0;
  }

  /** Whether token i is the closing mark of a quotation. */
  private boolean closes(int i) {
    return close[i] == i && open[i] != i;
  }

  // ---- following a report to its closing mark ------------------------------------------------------

  /**
   * The reports with their contents taken to the marks of the archive quotations they hold: back to the
   * opening mark, on to the closing mark, and on to a continuation after the attribution; a report whose cue
   * stands inside a quotation is left out. Sorted by content start.
   */
  List<ReportedSpeech.Report> follow(List<ReportedSpeech.Report> reports) {
    List<ReportedSpeech.Report> out = new ArrayList<>(reports.size());
    for (ReportedSpeech.Report r : reports) {
      ReportedSpeech.Report followed = follow(r);
      if (followed != null) out.add(followed);
    }
    out.sort(Comparator.comparingInt(ReportedSpeech.Report::contentFrom));
    return out;
  }

  private ReportedSpeech.Report follow(ReportedSpeech.Report r) {
    EssayTokens t = c.tokens;
    int n = t.tokens.size();
    int from = r.contentFrom();
    int to = r.contentTo();
    int cue = r.cue();
    // a cue inside a quotation is the quoted voice's words, not a report (as inside curly quotation marks); in a
    // quotation left open at its paragraph's end (a stray mark, or the archive's convention) the content stays inside
    if (open[cue] >= 0 && open[cue] < cue && cue < close[cue]) {
      if (closes(close[cue])) return null;
      return to > close[cue] + 1 ? withContent(r, from, close[cue] + 1) : r;
    }
    // back: a content opening inside a quotation that began in an earlier sentence ("''A? B,'' said Roe")
    if (open[from] >= 0 && open[from] < from && close[from] >= to - 1 && cue >= to) from = open[from];
    // on: the closing mark after the content's last comma ("''A,'' Roe said": the content ends at the comma)
    int k = to;
    while (k < n && k < to + 2 && !closes(k) && t.get(k).text().matches("[,.!?;:]")) k++;
    if (k < n && closes(k) && open[k] >= from && open[k] < to) to = k + 1;
    // on: a quotation open at the content's end that its sentence does not close ("Roe said: ''A. B. C.''")
    int last = to - 1;
    if (open[last] >= 0 && open[last] < last && close[last] >= to && (cue < open[last] || cue >= close[last])
        && onlyPunctuation(t, to, sentenceEnd(t, last))) {
      to = close[last] + 1;
    }
    if (from == r.contentFrom() && to == r.contentTo()) return continued(r);
    return continued(withContent(r, from, to));
  }

  /**
   * "''A,'' Roe said. ''B.''" and "A, Roe said, ''and B.''": a quotation opening after the attribution (in
   * its sentence after a comma or colon, or as the next sentence's first token, in the same paragraph) goes on with
   * the content, when no speech verb after the continuation's closing mark gives it another voice ("''B,'' Doe
   * added"); a continuation after the attribution's sentence needs a content ending with a closing mark. Terms
   * quoted inside the attribution ("said on ''The Late Show''") are passed over.
   */
  private ReportedSpeech.Report continued(ReportedSpeech.Report r) {
    EssayTokens t = c.tokens;
    int to = r.contentTo();
    if (r.skipFrom() >= 0 || r.cue() < to) return r;
    int s = t.sentenceOf(r.cue());
    if (s < 0) return r;
    int end = t.essay.sentences().get(s).tokenEnd(); // the attribution sentence's end; the next sentence's first token may open
    int j = r.cue() + 1;
    for (; j <= end && j < t.tokens.size(); j++) {
      if (!isMark(t, j) || open[j] != j) continue;
      // the continuation closes the attribution sentence or opens the next; in the sentence a comma or colon leads
      // to it and it runs to the sentence's end ("said, ''and B.''"); any other is a term ("said on ''The Show''")
      boolean last = j >= end - 1
          || t.get(j - 1).text().matches("[,:]") && (close[j] + 1 >= end || onlyPunctuation(t, close[j] + 1, end));
      if (last) break;
      j = close[j];
    }
    if (j > end || j >= t.tokens.size() || open[j] != j || close[j] <= j || paragraphBreakBetween(t, r.cue(), j)) return r;
    // after the attribution's sentence the content itself must end with a quotation; in its sentence the quotation
    // may finish a paraphrase ("Whatever the issue, Roe added, ''it becomes harder.''")
    if (j >= end - 1 && !closes(to - 1)) return r;
    if (attributes(t, close[j] + 1, sentenceEnd(t, close[j]))) return r; // "''B,'' Doe added": another voice
    return new ReportedSpeech.Report(r.speaker(), r.cue(), r.cueText(), r.contentFrom(), close[j] + 1, to, j);
  }

  /** Whether tokens [from, to) outside quotations hold a speech verb. */
  private boolean attributes(EssayTokens t, int from, int to) {
    for (int i = from; i < to && i < t.tokens.size(); i++) {
      if (open[i] >= 0 || c.inQuote(i)) continue;
      if (t.pos(i).startsWith("VB") && ReportedSpeech.VERBS.contains(t.lemma(i))) return true;
    }
    return false;
  }

  private static ReportedSpeech.Report withContent(ReportedSpeech.Report r, int from, int to) {
    return new ReportedSpeech.Report(r.speaker(), r.cue(), r.cueText(), from, to, r.skipFrom(), r.skipTo());
  }

  /** The token index after the sentence that holds token i. */
  private static int sentenceEnd(EssayTokens t, int i) {
    int s = t.sentenceOf(i);
    return s < 0 ? i + 1 : t.essay.sentences().get(s).tokenEnd();
  }

  private static boolean onlyPunctuation(EssayTokens t, int from, int to) {
    for (int i = from; i < to && i < t.tokens.size(); i++) if (ReportedSpeech.isWord(t, i)) return false;
    return true;
  }

  private static boolean paragraphBreakBetween(EssayTokens t, int from, int to) {
    for (int i = from + 1; i <= to; i++) if (paragraphBreak(t, i)) return true;
    return false;
  }
}
