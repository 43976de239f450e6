package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a text by their marks: curly double quotes, straight double quotes (opening or
 * closing told apart by the neighbouring characters) and, at the top level, curly single quotes.
 * Quotes nested inside a quote (single inside double) stay part of the outer quotation. A quote may
 * run across line breaks but not across a paragraph break (a blank line); an unclosed quote is
 * dropped. Does not merge a quotation interrupted by its attribution (see {@link QuoteAggregator}).
 * Pure and thread-safe.
 */
final class QuoteSpans {
  /** The longest quotation we accept: longer spans are almost always mismatched marks. */
  static final int MAX_LENGTH = 2500;

  /** One quotation: {@code open} is the index of the opening mark, {@code close} of the closing one. */
  record Span(int open, int close) {
    int contentBegin() { return open + 1; }
    int contentEnd() { return close; }
    int end() { return close + 1; }
  }

  private QuoteSpans() {}

  static List<Span> find(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      boolean opens = c == '“' || c == '„' || (c == '"' && opensStraight(text, i)) || (c == '‘' && opensSingle(text, i));
      if (!opens) {
        i++;
        continue;
      }
      int close = findClose(text, i);
      if (close < 0) {
        i++;
        continue;
      }
      if (close > i + 1) out.add(new Span(i, close));
      i = close + 1;
    }
    return out;
  }

  /** A straight quote opens at the start, after a space or an opening bracket/dash, before a non-space. */
  private static boolean opensStraight(String t, int i) {
    boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{—–-/".indexOf(t.charAt(i - 1)) >= 0;
    boolean after = i + 1 < t.length() && !Character.isWhitespace(t.charAt(i + 1));
    return before && after;
  }

  /** ‘ opens a top-level single quotation only where it cannot be an apostrophe ('90s is written ’90s). */
  private static boolean opensSingle(String t, int i) {
    boolean before = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || "([{—–".indexOf(t.charAt(i - 1)) >= 0;
    return before && i + 1 < t.length() && (Character.isLetterOrDigit(t.charAt(i + 1)) || t.charAt(i + 1) == '[');
  }

  private static int findClose(String t, int open) {
    char o = t.charAt(open);
    boolean single = o == '‘';
    int limit = Math.min(t.length(), open + MAX_LENGTH);
    int depth = 0; // single quotes nested inside a double quotation
    for (int j = open + 1; j < limit; j++) {
      char c = t.charAt(j);
      if (c == '\n' && j + 1 < t.length() && blankLineAt(t, j)) return -1;
      if (single) {
        // ’ closes unless it is an apostrophe inside a word (Europe’s, don’t)
        if (c == '’' && !(j + 1 < t.length() && Character.isLetter(t.charAt(j + 1)) && Character.isLetter(t.charAt(j - 1)))) {
          return j;
        }
        continue;
      }
      if (c == '‘' && opensSingle(t, j)) depth++;
      else if (c == '’' && depth > 0 && !(j + 1 < t.length() && Character.isLetter(t.charAt(j + 1)))) depth--;
      else if (c == '”') return j;
      else if (c == '"') {
        if (!Character.isWhitespace(t.charAt(j - 1)) || j + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(j + 1))) return j;
        return -1; // looks like the opening of the next quote: this one was never closed
      } else if (c == '“' && o == '“' && j > 0 && !Character.isWhitespace(t.charAt(j - 1))
          && (j + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(j + 1)))) {
        return j; // a closing quote typeset as an opening one
      } else if (c == '“') {
        return -1; // a new quotation opens: the current one was never closed
      }
    }
    return -1;
  }

  private static boolean blankLineAt(String t, int j) {
    int k = j + 1;
    while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\r')) k++;
    return k < t.length() && t.charAt(k) == '\n';
  }
}
