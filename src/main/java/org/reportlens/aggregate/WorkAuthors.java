package org.reportlens.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;

/**
 * Works speak for their authors: a quotation given to "the authors", "the researchers", "the paper"
 * or "the study" belongs to the people who wrote it, as the text named them before ("A new study by
 * Jane Roe and John Doe ...", "The authors (Jane Roe, John Doe and Ann Poe) argue"). Consumes the
 * essay's tokens and entity mentions; produces the author names as written, or null when no author
 * list stands within reach (the phrase is then kept as it is). No coreference: an author list is
 * two or more PERSON mentions joined by commas and "and", or the persons after "by".
 *
 * <p>A passage that introduces a work names its authors ("In their new paper, Jane Roe and John Doe
 * argue ...", "“Title,” a report by Jane Roe ...", "Roe's new book", "Roe and Doe recently published an
 * article"): {@link #introduced} gives the authors of the nearest such introduction before a quotation,
 * in the same section, for quotations no other rule attributed (a review quotes the work it reviews).
 * Pure and thread-safe.
 */
final class WorkAuthors {
  private WorkAuthors() {}

  /** Nouns for the people who wrote a work (lemmas). */
  private static final Set<String> AUTHOR_NOUNS = Set.of("author", "co-author", "coauthor", "researcher", "scholar",
      "writer", "editor");

  /** Nouns for a written work that "says" what its authors wrote (lemmas). */
  private static final Set<String> WORK_NOUNS = Set.of("paper", "study", "article", "book", "ebook", "e-book",
      "guide", "report", "essay", "chapter", "review", "piece", "publication", "analysis", "survey", "working paper");

  /** Gatherings whose questions and statements are their organisers' ("Roe has organized a panel on ..."). */
  private static final Set<String> EVENT_NOUNS = Set.of("panel", "roundtable", "workshop", "seminar");

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
    // "the panel" (a body named "the Panel" speaks for itself)
    String written = phrase.trim().substring(phrase.trim().lastIndexOf(' ') + 1);
    if (EVENT_NOUNS.contains(singular) && Character.isLowerCase(written.charAt(0))) return singular;
    return null;
  }

  /**
   * The authors of the work a phrase refers to, named before token {@code at} within {@link #REACH}
   * sentences: the nearest list of persons. A single person counts only for "the author" (one person),
   * after "by" ("a new ebook by Jane Roe") or in a parenthesis after the author noun; null when none is found.
   * The work's introduction comes first ("a report by Roe ... The report finds"); words inside quotations
   * ({@code inQuote}) are never one.
   */
  static String resolve(EssayTokens t, String phrase, int at, IntPredicate inQuote) {
    if (head(phrase) == null || at <= 0 || at > t.tokens.size()) return null;
    String h = head(phrase);
    // "the panel" speaks; who convened it is named with it: "The panel (Ann Roe)"
    if (EVENT_NOUNS.contains(h)) {
      String convener = introducedFor(t, at, inQuote, h);
      return convener == null ? null : phrase.trim() + " (" + convener + ")";
    }
    String introduced = introducedFor(t, at, inQuote, h);
    if (introduced != null) return introduced;
    // "the author", "the writer": one person, so the nearest person named before is theirs
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

  private static final Pattern POSSESSED_WORK = Pattern.compile("^(.+?)[’']s\\s+(?:[\\p{L}-]+\\s+){0,3}([\\p{L}-]+)$");

  /**
   * "Jane Roe and John Doe's new article examines": the persons who own a work named as a speaker, the
   * whole list as the text wrote it before token {@code at} (an organisation as named); null when the phrase is
   * not "X's [adjectives] work" or X is no person or organisation the entity tagger found.
   */
  static String possessorOfWork(EssayTokens t, String phrase, int at) {
    if (phrase == null) return null;
    java.util.regex.Matcher m = POSSESSED_WORK.matcher(phrase.trim());
    if (!m.matches()) return null;
    String noun = m.group(2).toLowerCase(Locale.ROOT);
    String singular = noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    if (!WORK_NOUNS.contains(singular) && !WORK_NOUNS.contains(noun)) return null;
    String owner = m.group(1);
    int limit = at < t.tokens.size() ? t.get(at).span().begin() : t.text.length();
    int k = t.text.lastIndexOf(owner, limit);
    if (k >= 0) {
      for (Mention mention : t.essay.mentions()) {
        if (mention.span().end() != k + owner.length()) continue;
        if (mention.type() == MentionType.PERSON) return listEndingAt(t, mention);
        if (mention.type() == MentionType.ORGANIZATION) return owner; // "the Commission's new report"
      }
    }
    return null; // "last year's report": an owner that is no name does not speak
  }

  // ---- works introduced with their authors ---------------------------------------------------

  /** Nouns for a work whose introduction names its authors: the work nouns and speeches, posts, letters. */
  private static final Set<String> INTRO_NOUNS = Set.of("paper", "study", "article", "book", "ebook", "e-book",
      "guide", "report", "essay", "chapter", "review", "piece", "publication", "analysis", "survey", "address",
      "speech", "entry", "post", "blog", "testimony", "lecture", "op-ed", "column", "letter", "memo", "manuscript",
      "monograph", "volume", "commentary", "brief", "note", "panel", "roundtable", "workshop", "seminar");

  private static final Set<String> BLOG_ONLY = Set.of("post", "entry");

  /** Verbs by which persons bring out a work: "Roe and Doe recently published an article". */
  private static final Set<String> MAKING_VERBS = Set.of("publish", "release", "present", "write", "author",
      "co-author", "coauthor", "issue", "produce", "pen", "deliver", "give", "prepare", "submit", "draft",
      // and by which they convene a gathering: "Roe has organized a panel"
      "organize", "organise", "gather", "convene", "host", "moderate", "chair", "lead", "assemble");

  /** Sentences back a work's introduction may stand from "the paper", "the authors" ... that refer to it. */
  static final int INTRO_REACH = 40;
  /** Sentences back it may stand from a quotation no phrase ties to it: a review's or a post's length. */
  static final int FALLBACK_REACH = 25;

  /** Writings one may call "the paper", "the study" or "the report" alike. */
  private static final Set<String> WRITINGS = Set.of("paper", "study", "article", "report", "publication", "piece",
      "essay", "analysis", "chapter", "book", "ebook", "e-book", "manuscript", "monograph", "volume", "review");

  /** A work's authors and the sentence that introduced them. */
  record Introduction(String authors, int sentence) {}

  /**
   * The authors of the nearest work introduced before token {@code at} (same section, at most
   * {@link #FALLBACK_REACH} sentences back), as written ("Jane Roe and John Doe"), with the introducing
   * sentence's index, or null. Words inside quotations ({@code inQuote}) are never an introduction.
   */
  static Introduction introduction(EssayTokens t, int at, IntPredicate inQuote) {
    int[] sentence = new int[1];
    String a = introduced(t, at, inQuote, n -> true, FALLBACK_REACH, sentence);
    return a == null ? null : new Introduction(a, sentence[0]);
  }

  /** The introduction a phrase headed by {@code head} refers to: the authors any work; a writing a writing; else the same noun. */
  private static String introducedFor(EssayTokens t, int at, IntPredicate inQuote, String head) {
    java.util.function.Predicate<String> kind = AUTHOR_NOUNS.contains(head) ? n -> true
        : WRITINGS.contains(head) ? n -> WRITINGS.contains(n) || AUTHOR_NOUNS.contains(n) : n -> n.equals(head);
    return introduced(t, at, inQuote, kind, INTRO_REACH, new int[1]);
  }

  /** As {@link #introduction(EssayTokens, int, IntPredicate)}, for introduced nouns (or "author") {@code kind} accepts. */
  private static String introduced(EssayTokens t, int at, IntPredicate inQuote, java.util.function.Predicate<String> kind,
      int reach, int[] found) {
    if (t.tokens.isEmpty() || at <= 0) return null;
    int atToken = Math.min(at, t.tokens.size() - 1);
    int s0 = t.sentenceOf(atToken);
    if (s0 < 0) return null;
    var e = t.essay.essay();
    String section = e.sectionAt(t.get(atToken).span().begin());
    var ss = t.essay.sentences();
    for (int s = s0; s >= 0 && s >= s0 - reach; s--) {
      var sentence = ss.get(s);
      if (!Objects.equals(section, e.sectionAt(sentence.span().begin()))) break;
      int b = sentence.tokenBegin();
      // the quotation's own sentence whole: "“...,” Roe and Doe's new paper argues"
      int end = sentence.tokenEnd();
      for (int i = end - 1; i >= b; i--) {
        if (inQuote.test(i) || !t.pos(i).startsWith("NN")) continue;
        String lemma = t.lemma(i);
        String a = null;
        // "post" and "entry" are works only as "blog post", "blog entry" ("nominated for his post")
        boolean work = INTRO_NOUNS.contains(lemma) && (!BLOG_ONLY.contains(lemma) || i > b && t.lower(i - 1).equals("blog"));
        if (work && kind.test(lemma)) a = authorsOf(t, i, b, sentence.tokenEnd(), inQuote);
        else if (AUTHOR_NOUNS.contains(lemma) && kind.test(lemma) && i + 1 < sentence.tokenEnd() && t.get(i + 1).text().equals("(")) {
          a = listAt(t, i + 2, Math.min(sentence.tokenEnd(), i + 4), inQuote); // "The authors (Roe, Doe and Poe)"
        }
        if (a != null) {
          found[0] = s;
          return a;
        }
      }
    }
    return null;
  }

  /**
   * The persons a sentence names as the authors of the work noun at token w: after "by" ("a report by
   * Roe"), before "'s" ("Roe and Doe's new paper"), the persons before "his/her/their" + the noun ("Roe
   * describes in her new book"), or the persons before a verb of publishing it ("Roe released a paper").
   */
  private static String authorsOf(EssayTokens t, int w, int b, int e, IntPredicate inQuote) {
    // "a report by Jane Roe", "a piece written by Roe", "Written by a team (Roe, Doe and Poe)"
    for (int k = w + 1; k < e && k <= w + 10; k++) {
      String x = t.get(k).text();
      if (x.equals(".") || x.equals(";") || t.pos(k).equals("VBZ") || t.pos(k).equals("VBP") || t.pos(k).equals("VBD")) break;
      if (t.lower(k).equals("by")) {
        if (k + 1 < e && t.pos(k + 1).equals("VBG")) break; // "ended her speech by quoting Roe"
        String a = listAt(t, k + 1, Math.min(e, k + 12), inQuote);
        if (a != null) return a;
        break;
      }
    }
    // "Written by a team (Roe, Doe and Poe), the paper ...": a participle of making opens the sentence
    for (int k = b + 1; k < w; k++) {
      if (t.lower(k).equals("by") && t.pos(k - 1).equals("VBN") && MAKING_VERBS.contains(t.lemma(k - 1))) {
        String a = listAt(t, k + 1, Math.min(w, k + 14), inQuote);
        if (a != null) return a;
      }
    }
    // what stands before the noun, over up to three modifiers ("new", "2013", "inaugural", "working")
    int j = w - 1;
    for (int n = 0; n < 3 && j >= b && (t.pos(j).startsWith("JJ") || t.pos(j).equals("CD") || t.pos(j).equals("NN")
        || t.pos(j).equals("VBN")); n++) j--;
    if (j >= b && t.pos(j).equals("POS") && j - 1 >= b) { // "Roe and Doe's new paper", "President Roe's address"
      Mention m = mentionEndingAt(t, j - 1);
      if (m != null && m.type() == MentionType.PERSON) return listEndingAt(t, m);
      return null;
    }
    // "in her new book", "In their essay": a possessive after a preposition ("nominated for his post" is no work)
    if (j > b && t.pos(j).equals("PRP$") && t.pos(j - 1).equals("IN") || j == b && t.pos(j).equals("PRP$")) {
      String a = listAt(t, b, j, inQuote);
      if (a == null) a = listAt(t, j + 1, e, inQuote);
      return a;
    }
    // "Roe and Doe, both of Acme, recently published an article": the work is the verb's object
    int v = w - 1;
    while (v > b && w - v <= 4 && (t.pos(v).equals("DT") || t.pos(v).startsWith("JJ") || t.pos(v).equals("CD")
        || t.pos(v).startsWith("NN") || t.pos(v).equals("PRP$"))) v--;
    if (v >= b && t.pos(v).startsWith("VB") && MAKING_VERBS.contains(t.lemma(v)) && !inQuote.test(v)) return listAt(t, b, v, inQuote);
    return null;
  }

  /** The first list of persons whose first mention starts in tokens [from, to), outside quotations. */
  private static String listAt(EssayTokens t, int from, int to, IntPredicate inQuote) {
    if (from >= to || from >= t.tokens.size()) return null;
    List<Mention> ms = t.essay.mentions();
    int lo = t.get(from).span().begin();
    int hi = t.get(Math.min(to, t.tokens.size()) - 1).span().end();
    for (int k = SpeakerPhrases.firstMentionAtOrAfter(ms, lo); k < ms.size() && ms.get(k).span().begin() < hi; k++) {
      Mention m = ms.get(k);
      if (m.type() != MentionType.PERSON || inQuote.test(t.firstAtOrAfter(m.span().begin()))) continue;
      return listFrom(t, k);
    }
    return null;
  }

  /**
   * The list a person mention opens: "Roe, Doe and Poe"; inside a parenthesis of names the whole
   * parenthesis ("(J. Roe, D. Doe, and C. Poe)": initials the entity tagger may have split or missed).
   */
  private static String listFrom(EssayTokens t, int k) {
    List<Mention> ms = t.essay.mentions();
    Mention a = ms.get(k);
    int open = t.text.lastIndexOf('(', a.span().begin());
    if (open >= 0 && a.span().begin() - open < 120 && t.text.substring(open + 1, a.span().begin()).matches("[\\p{L}.’'\\- ,&]*")) {
      int close = t.text.indexOf(')', a.span().begin());
      if (close > 0 && close - open < 160) {
        String inside = EssayTokens.squash(t.text.substring(open + 1, close));
        if (inside.matches("[\\p{L}.’'\\- ,&]+") && (inside.contains(",") || inside.contains(" and "))) return inside;
      }
    }
    int last = k;
    while (last + 1 < ms.size() && ms.get(last + 1).type() == MentionType.PERSON
        && JOINER.matcher(t.text.substring(ms.get(last).span().end(), ms.get(last + 1).span().begin())).matches()) {
      last++;
    }
    return EssayTokens.squash(t.text.substring(a.span().begin(), ms.get(last).span().end()));
  }

  /** The list a person mention closes: "Roe and Doe" for Doe. */
  private static String listEndingAt(EssayTokens t, Mention m) {
    List<Mention> ms = t.essay.mentions();
    int k = ms.indexOf(m);
    int first = k;
    while (first - 1 >= 0 && ms.get(first - 1).type() == MentionType.PERSON
        && JOINER.matcher(t.text.substring(ms.get(first - 1).span().end(), ms.get(first).span().begin())).matches()) {
      first--;
    }
    return EssayTokens.squash(t.text.substring(ms.get(first).span().begin(), m.span().end()));
  }

  /** The mention whose last character is token j's, or null. */
  private static Mention mentionEndingAt(EssayTokens t, int j) {
    List<Mention> ms = t.essay.mentions();
    int end = t.get(j).span().end();
    int k = SpeakerPhrases.firstMentionAtOrAfter(ms, end) - 1;
    for (int n = 0; k >= 0 && n < 3; k--, n++) if (ms.get(k).span().end() == end) return ms.get(k);
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
