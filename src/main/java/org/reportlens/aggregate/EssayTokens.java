package org.reportlens.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Sentence;
import org.reportlens.model.Token;

/**
 * Offset-to-token lookups over an annotated essay, shared by the aggregators. Immutable and
 * thread-safe once built.
 */
final class EssayTokens {
  final AnnotatedEssay essay;
  final List<Token> tokens;
  final String text;
  /** The essay's quotation spans, found once. */
  final List<QuoteSpans.Span> quotes;
  /** Per token: it begins inside a quotation, marks included (a cue there is someone else's words). */
  private final boolean[] inQuote;
  /** Pronoun antecedents, built on first use (see {@link Antecedents#of}). */
  Antecedents antecedents;

  EssayTokens(AnnotatedEssay essay) {
    this.essay = essay;
    this.tokens = essay.tokens();
    this.text = essay.essay().text();
    this.quotes = List.copyOf(QuoteSpans.find(text));
    this.inQuote = new boolean[tokens.size()];
    for (QuoteSpans.Span q : quotes) {
      for (int i = firstAtOrAfter(q.open()); i < inQuote.length && get(i).span().begin() <= q.close(); i++) inQuote[i] = true;
    }
  }

  boolean inQuote(int token) {
    return inQuote[token];
  }

  /** Index of the first token that begins at or after {@code offset} (tokens.size() if none). */
  int firstAtOrAfter(int offset) {
    int lo = 0, hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().begin() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index after the last token that ends at or before {@code offset}. */
  int endAtOrBefore(int offset) {
    int i = firstAtOrAfter(offset);
    while (i > 0 && tokens.get(i - 1).span().end() > offset) i--;
    return i;
  }

  Token get(int i) { return tokens.get(i); }

  String lower(int i) { return tokens.get(i).text().toLowerCase(Locale.ROOT); }

  String lemma(int i) {
    String l = tokens.get(i).lemma();
    return (l == null ? tokens.get(i).text() : l).toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    String p = tokens.get(i).pos();
    return p == null ? "" : p;
  }

  /** A finite verb or a modal (VBD, VBZ, VBP, MD): what makes a clause of the words around it. */
  boolean finite(int i) {
    String p = pos(i);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "get");

  /**
   * Whether the participle tag at i is a past tense the tagger misread: right after a noun or pronoun, no auxiliary
   * before it, and an object after it ("hackers compromised/VBN 12 workstations"); a passive has "be" before it and a
   * reduced relative rarely an object of its own.
   */
  boolean activeParticiple(int i) {
    if (i < 1 || i + 1 >= tokens.size() || !pos(i).equals("VBN")) return false;
    String before = pos(i - 1);
    if (!(before.startsWith("NN") || before.equals("PRP"))) return false;
    for (int k = Math.max(0, i - 3); k < i; k++) if (AUXILIARIES.contains(lemma(k))) return false;
    String next = pos(i + 1);
    return next.equals("DT") || next.equals("CD") || next.equals("PRP$");
  }

  /** The index of the sentence containing token i (by offset), or -1. */
  int sentenceOf(int tokenIndex) {
    List<Sentence> ss = essay.sentences();
    int at = tokens.get(tokenIndex).span().begin();
    int lo = 0, hi = ss.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = ss.get(mid);
      if (at < s.span().begin()) hi = mid - 1;
      else if (at >= s.span().end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Text of tokens [from, to) as written in the essay, whitespace collapsed. */
  String span(int from, int to) {
    if (from >= to) return "";
    return squash(text.substring(tokens.get(from).span().begin(), tokens.get(to - 1).span().end()));
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
