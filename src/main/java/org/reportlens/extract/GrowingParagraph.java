package org.reportlens.extract;

import org.reportlens.model.Block;

/**
 * A paragraph that page breaks, notes and boxes cut, while {@link LayoutCleaner} joins its pieces
 * back: the text grows in place, and what the join test reads of it (its last characters, whether
 * it has eight words, whether it is all capitals) is kept up to date as it grows instead of read
 * from the whole text at each join. A document whose paragraphs never end (no full stops: a table
 * read as text, a scan) is one long chain of joins; reading the whole text at each join made that
 * cost the square of its length. Each piece is read once here. Not thread-safe (one per join chain).
 */
final class GrowingParagraph {
  /**
   * The end of a paragraph as the join test reads it, markers and spaces skipped.
   *
   * @param empty      no text at all
   * @param last       its last character
   * @param beforeLast the character before that one (spaces skipped), 0 when none
   * @param eightWords eight words or more
   * @param allCaps    letters, none in lower case
   */
  record End(boolean empty, char last, char beforeLast, boolean eightWords, boolean allCaps) {}

  private final Block block;
  private final int index;
  private final StringBuilder text;
  private boolean grown;
  private boolean lower;
  private boolean letter;
  private boolean eightWords;
  private int lastPage;

  /** {@code block}, standing at {@code index} of the caller's output list. */
  GrowingParagraph(Block block, int index) {
    this.block = block;
    this.index = index;
    this.text = new StringBuilder(block.text());
    readCase(block.text());
    eightWords = eightWords(block.text());
    int marked = lastMarkedPage(block.text());
    lastPage = marked > 0 ? marked : block.page();
  }

  int index() { return index; }

  /** The paragraph with its pieces joined (the block itself when nothing was joined). */
  Block block() { return grown ? block.withText(text.toString()) : block; }

  /** The end of the text so far: O(trailing spaces and markers). */
  End end() { return end(text); }

  /** Joins {@code next} (dehyphenated; a page marker where its page begins). O(next's length). */
  void append(Block next, Dehyphenator dh) {
    int newPage = next.page() != lastPage ? next.page() : 0;
    LayoutCleaner.appendLine(text, next.text(), newPage, dh);
    grown = true;
    readCase(next.text());
    // Joining never takes a word away: once eight, always eight; until then the text is short.
    if (!eightWords) eightWords = eightWords(text.toString());
    int marked = lastMarkedPage(next.text());
    if (marked > 0) lastPage = marked;
    else if (newPage > 0) lastPage = newPage;
  }

  /** The end of a whole text (the flags read from all of it). */
  static End end(String s) {
    End e = lastChars(s);
    return e.empty() ? e : new End(false, e.last(), e.beforeLast(), eightWords(s), LayoutCleaner.isAllCaps(s));
  }

  private End end(StringBuilder s) {
    End e = lastChars(s);
    return e.empty() ? e : new End(false, e.last(), e.beforeLast(), eightWords, letter && !lower);
  }

  /** The last two characters of text, read backwards over spaces and markers; flags unset. */
  private static End lastChars(CharSequence s) {
    char last = 0;
    char before = 0;
    int found = 0;
    int i = s.length();
    while (i > 0 && found < 2) {
      char c = s.charAt(i - 1);
      int marker = markerStart(s, i);
      if (marker >= 0) {
        i = marker;
        continue;
      }
      i--;
      if (Character.isWhitespace(c)) continue;
      if (found++ == 0) last = c;
      else before = c;
    }
    return new End(found == 0, last, before, false, false);
  }

  /** Where a marker ending just before {@code end} begins, or -1 ({@link Markers#ANY}: open, digits, close). */
  private static int markerStart(CharSequence s, int end) {
    char close = s.charAt(end - 1);
    if (close != Markers.FOOTNOTE_CLOSE && close != Markers.PAGE_CLOSE) return -1;
    int j = end - 1;
    while (j > 0 && s.charAt(j - 1) >= '0' && s.charAt(j - 1) <= '9') j--;
    if (j == end - 1 || j == 0) return -1;
    char open = s.charAt(j - 1);
    return open == Markers.FOOTNOTE_OPEN || open == Markers.PAGE_OPEN ? j - 1 : -1;
  }

  private void readCase(String s) {
    for (int k = 0; k < s.length() && !(lower && letter); k++) {
      char c = s.charAt(k);
      lower |= Character.isLowerCase(c);
      letter |= Character.isLetter(c);
    }
  }

  private static boolean eightWords(String s) {
    return Markers.strip(s).strip().split("\\s+").length >= 8;
  }

  /** The page of the last page marker in {@code s}, or 0. */
  static int lastMarkedPage(String s) {
    int page = 0;
    java.util.regex.Matcher m = Markers.ANY.matcher(s);
    while (m.find()) if (m.group(1).charAt(0) == Markers.PAGE_OPEN) page = Integer.parseInt(m.group(2));
    return page;
  }
}
