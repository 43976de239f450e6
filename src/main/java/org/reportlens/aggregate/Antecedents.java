package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.Sentence;

/**
 * The person a "he" or "she" refers to, by rules over POS tags and PERSON mentions (no coreference
 * annotator). Consumes an essay's tokens and mentions; produces the name as the essay writes it
 * (its longest form sharing the last word), or null when no person qualifies.
 *
 * <p>Candidates are the PERSON mentions of the pronoun's sentence (before it) and of the three
 * sentences before, outside quotations (a name inside someone's words is not the narrative's
 * referent). A candidate whose gender the essay contradicts is dropped: the gender of a name is read
 * from its honorific ("Mr. Roe", "Mrs. Roe", "Ms. Roe") and from "Roe said she ...". The most recent
 * sentence holding a candidate answers, and in it a subject ("Roe said", "Roe, 44, argued", the name
 * opening the sentence) wins over a nearer object or possessor ("Roe praised Doe's plan, saying she
 * ...", "Vote for Doe, whom he called ..."): subjects are what a following pronoun continues.
 * Not done: plural or organisation pronouns (see {@link SpeakerPhrases#resolvePronoun}). One scan of the
 * mentions per essay for genders and names (quotations come from {@link EssayTokens}), then a bounded look-back per pronoun. Not thread-safe
 * per essay (built once per {@link EssayTokens}, which one thread uses).
 */
final class Antecedents {
  /** Sentences back a pronoun may reach for its name. */
  static final int REACH = 3;

  private static final Set<String> MALE = Set.of("mr.", "mr");
  private static final Set<String> FEMALE = Set.of("mrs.", "mrs", "ms.", "ms", "miss");

  private final EssayTokens t;
  /** Gender votes per name key (full name, and last word): positive male, negative female. */
  private final Map<String, Integer> votes = new HashMap<>();
  /** PERSON mentions by the last word of their name, in text order: the longest form looks only there. */
  private final Map<String, List<Mention>> byLastWord = new HashMap<>();

  private Antecedents(EssayTokens t) {
    this.t = t;
    for (Mention m : t.essay.mentions()) {
      if (m.type() != MentionType.PERSON) continue;
      learnGender(m);
      byLastWord.computeIfAbsent(lastWord(key(m.text())), k -> new ArrayList<>()).add(m);
    }
  }

  static Antecedents of(EssayTokens t) {
    if (t.antecedents == null) t.antecedents = new Antecedents(t);
    return t.antecedents;
  }

  /** The person "he"/"she" at token {@code at} refers to, or null. */
  String person(int at, String pronoun) {
    int male = pronoun.equals("he") ? 1 : pronoun.equals("she") ? -1 : 0;
    int offset = t.get(at).span().begin();
    int s = t.sentenceOf(at);
    if (s < 0) return null;
    List<Mention> ms = t.essay.mentions();
    List<Sentence> ss = t.essay.sentences();
    for (int k = s; k >= 0 && k >= s - REACH; k--) {
      Sentence sentence = ss.get(k);
      Mention subject = null, nearest = null;
      for (int i = SpeakerPhrases.firstMentionAtOrAfter(ms, sentence.span().begin()); i < ms.size(); i++) {
        Mention m = ms.get(i);
        if (m.span().begin() >= sentence.span().end() || m.span().end() > offset) break;
        if (m.type() != MentionType.PERSON) continue;
        int first = t.firstAtOrAfter(m.span().begin());
        if (first < t.tokens.size() && t.inQuote(first)) continue;
        if (male != 0 && gender(m) == -male) continue;
        nearest = m;
        // the current sentence: the subject nearest the pronoun; an earlier one: its first (main) subject
        if (isSubject(m, sentence) && (subject == null || k == s)) subject = m;
      }
      Mention pick = subject != null ? subject : nearest;
      if (pick != null) return longestForm(pick, offset, male);
    }
    return null;
  }

  /** +1 male, -1 female, 0 unknown. */
  private int gender(Mention m) {
    String full = key(m.text());
    Integer v = votes.get(full);
    if (v == null || v == 0) v = votes.get(lastWord(full));
    return v == null ? 0 : Integer.signum(v);
  }

  private void learnGender(Mention m) {
    int first = t.firstAtOrAfter(m.span().begin());
    int end = t.endAtOrBefore(m.span().end());
    int vote = 0;
    // "Mr. Roe" / "Mrs. Roe": the honorific before the name or opening it
    for (int i : new int[] {first - 1, first}) {
      if (i < 0 || i >= t.tokens.size()) continue;
      String w = t.lower(i);
      if (MALE.contains(w)) vote += 2;
      if (FEMALE.contains(w)) vote -= 2;
    }
    // "Roe said (that) she ...": the subject of a finite verb taken up by a pronoun right after it
    int v = end;
    if (v < t.tokens.size() && t.finite(v)) {
      int p = v + 1;
      if (p < t.tokens.size() && t.lower(p).equals("that")) p++;
      if (p < t.tokens.size()) {
        if (t.lower(p).equals("he")) vote += 1;
        if (t.lower(p).equals("she")) vote -= 1;
      }
    }
    if (vote == 0) return;
    String full = key(m.text());
    votes.merge(full, vote, Integer::sum);
    String last = lastWord(full);
    if (!last.equals(full)) votes.merge(last, vote, Integer::sum);
  }

  /**
   * Whether a mention is the subject of its clause: a finite verb (maybe after adverbs), or an
   * appositive or parenthesis then a finite verb, follows it; or it opens the sentence after at most
   * its titles. A possessive ("Roe's plan") is not.
   */
  private boolean isSubject(Mention m, Sentence sentence) {
    int first = t.firstAtOrAfter(m.span().begin());
    int i = t.endAtOrBefore(m.span().end());
    if (i < t.tokens.size() && t.pos(i).equals("POS")) return false;
    int j = skipAdverbs(i, sentence.tokenEnd());
    if (j < sentence.tokenEnd() && t.finite(j)) return true;
    if (i < sentence.tokenEnd() && (t.get(i).text().equals(",") || t.get(i).text().equals("("))) {
      // "Roe, 44, a lawyer, said" / "Roe (R-Ohio) said": the next comma or bracket then a verb
      String close = t.get(i).text().equals(",") ? "," : ")";
      for (int k = i + 1; k < sentence.tokenEnd() && k < i + 25; k++) {
        // "Roe, Doe and Poe said": a verb before the closing comma, outside a who-clause, ends the test
        if (t.finite(k) && close.equals(",") && !relativeBefore(i + 1, k)) return false;
        if (t.get(k).text().equals(close)) {
          int after = skipAdverbs(k + 1, sentence.tokenEnd());
          return after < sentence.tokenEnd() && t.finite(after);
        }
      }
      return false;
    }
    // opening the sentence: "Sen. Jane Roe (D-Md.) on Monday ..." - only titles before it
    for (int k = sentence.tokenBegin(); k < first; k++) {
      String p = t.pos(k);
      if (!(p.startsWith("NNP") || p.equals("DT") || p.equals("JJ") || p.equals("NN"))) return false;
    }
    return true;
  }

  private boolean relativeBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      String w = t.lower(k);
      if (w.equals("who") || w.equals("whose") || w.equals("which")) return true;
    }
    return false;
  }

  private int skipAdverbs(int i, int end) {
    while (i < end && (t.pos(i).startsWith("RB") || t.pos(i).equals("MD") && i + 1 < end && t.pos(i + 1).startsWith("RB"))) i++;
    return i;
  }

  /** The longest PERSON mention before the offset sharing the pick's last word: "Roe" -> "Jane Roe". */
  private String longestForm(Mention pick, int offset, int male) {
    String best = pick.text();
    for (Mention m : byLastWord.getOrDefault(lastWord(key(best)), List.of())) {
      if (m.span().end() > offset) break;
      if (m.text().length() > best.length() && (male == 0 || gender(m) != -male)) best = m.text(); // "Clinton" she -> not "Bill Clinton"
    }
    return EssayTokens.squash(best);
  }

  private static String key(String name) {
    return EssayTokens.squash(name).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static String lastWord(String s) {
    String[] w = s.trim().split("\\s+");
    return w[w.length - 1];
  }
}
