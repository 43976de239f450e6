package org.reportlens.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;

/**
 * Works speak for their authors: a quotation given to "the authors", "the researchers", "the paper"
 * or "the study" belongs to the people who wrote it, as the text named them before ("A new study by
 * Jane Roe and John Doe ...", "The authors (Jane Roe, John Doe and Ann Poe) argue"). Consumes the
 * essay's tokens and entity mentions; produces the author names as written, or null when no author
 * list stands within reach (the phrase is then kept as it is). No coreference: an author list is
 * two or more PERSON mentions joined by commas and "and", or the persons after "by". Pure and
 * thread-safe.
 */
final class WorkAuthors {
  private WorkAuthors() {}

  /** Nouns for the people who wrote a work (lemmas). */
  private static final Set<String> AUTHOR_NOUNS = Set.of("author", "co-author", "coauthor", "researcher", "scholar",
      "writer", "editor");

  /** Nouns for a written work that "says" what its authors wrote (lemmas). */
  private static final Set<String> WORK_NOUNS = Set.of("paper", "study", "article", "book", "ebook", "e-book",
      "guide", "report", "essay", "chapter", "review", "piece", "publication", "analysis", "survey", "working paper");

  /** Sentences back an author list may stand from the quotation: a blog post or a section, not the whole report. */
  private static final int REACH = 40;

  private static final Pattern JOINER = Pattern.compile("\\s*(,|,?\\s*(and|&))\\s*");

  /** Whether a speaker phrase is "the authors", "these researchers", "the paper", "this study" ... */
  static boolean refersToWork(String phrase) {
    return head(phrase) != null;
  }

  /** The lemma-like head of "the/this/these/their + (adjectives) + noun", or null. */
  private static String head(String phrase) {
    if (phrase == null) return null;
    String[] w = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
    if (w.length < 2 || w.length > 4) return null;
    if (!Set.of("the", "this", "these", "that", "those", "their", "its", "his", "her").contains(w[0])) return null;
    for (int i = 1; i < w.length - 1; i++) if (!w[i].matches("[a-z-]+")) return null; // "the paper's authors" is not ours
    String last = w[w.length - 1];
    String singular = last.endsWith("s") && !last.endsWith("ss") && !last.equals("analysis") ? last.substring(0, last.length() - 1) : last;
    if (AUTHOR_NOUNS.contains(singular) || WORK_NOUNS.contains(singular) || WORK_NOUNS.contains(last)) return singular;
    return null;
  }

  /**
   * The authors of the work a phrase refers to, named before token {@code at} within {@link #REACH}
   * sentences: the nearest list of persons. A single person counts only for "the author" (one person),
   * after "by" ("a new ebook by Jane Roe") or in a parenthesis after the author noun; null when none is found.
   */
  static String resolve(EssayTokens t, String phrase, int at) {
    if (head(phrase) == null || at <= 0 || at > t.tokens.size()) return null;
    // "the author", "the writer": one person, so the nearest person named before is theirs
    String h = head(phrase);
    boolean singularAuthor = AUTHOR_NOUNS.contains(h) && !phrase.toLowerCase(Locale.ROOT).trim().endsWith("s");
    return personList(t, at, REACH, singularAuthor);
  }

  /**
   * The nearest list of persons named before token {@code at} within {@code reach} sentences ("Jane Roe
   * and John Doe", "Roe, Doe and Poe"), or one person after "by"; any one person when {@code single}.
   */
  static String personList(EssayTokens t, int at, int reach, boolean singularAuthor) {
    if (at <= 0 || at > t.tokens.size() || t.tokens.isEmpty()) return null;
    int offset = at < t.tokens.size() ? t.get(at).span().begin() : t.text.length();
    int sentence = t.sentenceOf(Math.min(at, t.tokens.size() - 1));
    int floorOffset = sentence < 0 ? 0 : t.essay.sentences().get(Math.max(0, sentence - reach)).span().begin();
    List<Mention> ms = t.essay.mentions();
    int end = SpeakerPhrases.firstMentionAtOrAfter(ms, offset); // mentions before the quotation
    for (int k = end - 1; k >= 0 && ms.get(k).span().begin() >= floorOffset; k--) {
      Mention m = ms.get(k);
      if (m.type() != MentionType.PERSON || m.span().end() > offset) continue;
      // the start of the list this mention closes
      int first = k;
      while (first - 1 >= 0 && ms.get(first - 1).type() == MentionType.PERSON
          && JOINER.matcher(t.text.substring(ms.get(first - 1).span().end(), ms.get(first).span().begin())).matches()) {
        first--;
      }
      Mention a = ms.get(first);
      if (first < k || introducedByBy(t, a) || singularAuthor) {
        return EssayTokens.squash(t.text.substring(a.span().begin(), m.span().end()));
      }
      k = first; // a lone person named in passing is not an author list: look further back
    }
    return null;
  }

  /** "by Jane Roe", "(Jane Roe": a person introduced as a work's author. */
  private static boolean introducedByBy(EssayTokens t, Mention m) {
    int i = t.firstAtOrAfter(m.span().begin()) - 1;
    if (i < 0) return false;
    String w = t.lower(i);
    return w.equals("by") || w.equals("(") && i - 1 >= 0 && AUTHOR_NOUNS.contains(t.lemma(i - 1));
  }
}
