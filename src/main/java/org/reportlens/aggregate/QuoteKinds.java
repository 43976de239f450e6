package org.reportlens.aggregate;

import java.util.List;
import java.util.Locale;

/**
 * What kind of quoted text a quotation is, for {@link QuoteAggregator}: the title of a cited work, a scare-marked
 * fragment ("so-called", "dubbed"), a clause (a finite verb inside the marks), a phrase naming a work, and title
 * case. Consumes the essay's tokens, a quotation's {@link QuoteAggregator.Frame} and its text; produces yes/no
 * answers. Does not find speakers nor make the {@link org.reportlens.model.QuotedClaim}. Pure and thread-safe.
 */
final class QuoteKinds {
  private QuoteKinds() {}

  // ---- kinds -------------------------------------------------------------------------------

  static boolean isTitle(EssayTokens t, QuoteAggregator.Frame f, QuoteSpans.Span first, QuoteSpans.Span last, String text) {
    // "his article "..."", "a report entitled "...""
    for (int i = f.quoteBegin - 1, seen = 0; i >= f.begin && seen < 3; i--) {
      if (!QuoteAttributions.isWord(t, i)) continue;
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
    if (sentence != null && QuoteAggregator.CITATION.matcher(sentence).find()) return true;
    // "Title of the Work," Publisher, 2016
    String after = t.text.substring(last.end(), Math.min(t.text.length(), last.end() + 60));
    String inside = t.text.substring(last.contentBegin(), last.contentEnd()).strip();
    return titleCase(text) && (inside.endsWith(",") || after.startsWith(","))
        && after.matches("(?s)^,?\\s*\\p{Lu}[^.]*?\\b(1[89]|20)\\d\\d\\b.*");
  }

  static boolean scareMarked(EssayTokens t, QuoteAggregator.Frame f) {
    for (int i = f.quoteBegin - 1; i >= f.begin && i >= f.quoteBegin - 2; i--) {
      if (!QuoteAttributions.isWord(t, i)) continue;
      String l = t.lower(i);
      if (SpeechCues.SCARE_MARKERS.contains(l)) return true;
      if (l.equals("as") && i - 1 >= f.begin && t.lower(i - 1).equals("known")) return true;
      return false;
    }
    return false;
  }

  static boolean hasFiniteVerb(EssayTokens t, List<QuoteSpans.Span> group) {
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
  static boolean namesAWork(String phrase) {
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
}
