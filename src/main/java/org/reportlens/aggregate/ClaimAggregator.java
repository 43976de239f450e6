package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.model.Actor;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Claim;
import org.reportlens.model.ClaimKind;
import org.reportlens.model.Sentence;

/**
 * Finds the author's own claims, one per sentence at most, by lexical cues outside quotations:
 * <ul>
 *   <li>RECOMMENDATION: should, must, ought to, need(s) to, has/have to; "it is vital / essential /
 *       imperative / crucial / paramount ... to"; recommend, propose, urge.
 *   <li>PREDICTION: "will likely/probably/eventually/continue to", "is likely/unlikely/expected/set/bound
 *       to", "may well", "could well".
 *   <li>ASSESSMENT: "the key problem is", sentence adverbs (clearly, obviously, arguably ...), "it is
 *       clear that", and evaluative copula sentences ("... is an illusion", "remains limited").
 * </ul>
 * A recommendation outranks a prediction, which outranks an assessment. Skipped: questions, headings
 * (no closing punctuation), cues inside quotation marks, and reported speech (a speech verb before the
 * cue, unless the subject is "we"/"I"/"this paper"). First-person and issuing-body positions ("I call on",
 * "I welcome", "The Panel recommends") are the author's claims (see {@link #institutionalPosition}). {@code actorIds} are the actors named in the
 * sentence. Not a parser: conditionals ("should NATO enhance ...") are filtered by word order only.
 * Stateless and thread-safe.
 */
public final class ClaimAggregator {
  /** A sentence that ends as a statement does (a heading or a cut line does not). */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!;:”\"’)\\]]$");
  private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
  private static final Set<String> NECESSITY_ADJ = Set.copyOf(List.of(
      "vital", "essential", "imperative", "crucial", "critical", "paramount", "necessary", "important",
      "urgent", "advisable", "time", "high", "key", "indispensable"));
  private static final Set<String> RECOMMEND_VERBS = Set.of("recommend", "propose", "urge", "suggest", "advocate");
  private static final Set<String> LIKELY = Set.of("likely", "unlikely", "expected", "set", "bound", "poised", "certain", "going");
  private static final Set<String> WILL_ADVERBS = Set.of("likely", "probably", "eventually", "certainly", "undoubtedly",
      "soon", "inevitably", "surely", "almost");
  private static final Set<String> ASSESS_ADVERBS = Set.of("clearly", "obviously", "undoubtedly", "arguably",
      "evidently", "undeniably", "admittedly", "unfortunately", "fortunately", "rightfully", "rightly", "wrongly",
      "paradoxically", "ironically", "surely");
  private static final Set<String> PROBLEM_NOUNS = Set.of("problem", "issue", "challenge", "question", "obstacle",
      "lesson", "point", "weakness", "flaw", "difficulty", "risk", "danger", "paradox", "priority");
  private static final Set<String> PROBLEM_ADJ = Set.of("key", "main", "real", "central", "fundamental", "core",
      "biggest", "greatest", "major", "critical", "immediate", "first", "principal", "underlying");
  private static final Set<String> COPULA = Set.of("be", "remain", "seem", "appear", "prove", "become", "look");
  private static final Set<String> COPULA_SKIP = Set.of("a", "an", "the", "more", "less", "most", "least", "rather",
      "still", "very", "quite", "highly", "overall", "also", "not", "often", "largely", "simply", "increasingly",
      "particularly", "deeply", "fundamentally", "far", "too", "so", "hardly", "both");
  /** General evaluative vocabulary of the genre; a copula followed by one of these is an assessment. */
  static final Set<String> EVALUATIVE = Set.copyOf(List.of(
      "irrelevant", "relevant", "unrealistic", "realistic", "problematic", "misleading", "unwarranted", "illusion",
      "failure", "success", "successful", "limited", "insufficient", "inadequate", "ineffective", "effective",
      "counterproductive", "counter-productive", "flawed", "futile", "dangerous", "crucial", "indispensable",
      "essential", "significant", "insignificant", "promising", "unclear", "uncertain", "elusive", "weak", "fragile",
      "brittle", "untenable", "unsustainable", "paramount", "wrong", "mistaken", "naive", "illusory", "doomed",
      "timely", "premature", "outdated", "obsolete", "inevitable", "unacceptable", "daunting", "misguided",
      "delusional", "meaningless", "valuable", "useful", "useless", "beneficial", "harmful", "mistake", "error",
      "myth", "dilemma", "necessity", "cornerstone", "remedy", "asset", "liability", "unprecedented", "critical",
      "vital", "important", "key", "central", "instrumental", "unwise", "costly", "risky",
      "impossible", "unlikely", "worrying", "alarming", "troubling", "positive", "negative", "inseparable",
      "worthwhile", "undeniable", "questionable", "dubious", "exaggerated", "overstated", "understated",
      "underestimated", "overestimated", "disconnected", "dysfunctional", "inconsistent", "incoherent"));

  public ClaimAggregator() {}

  public List<Claim> aggregate(AnnotatedEssay annotated, List<Actor> actors) {
    return aggregate(EssayContext.of(annotated, actors));
  }

  public List<Claim> aggregate(EssayContext context) {
    AnnotatedEssay annotated = context.tokens.essay;
    List<Claim> out = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      String text = EssayTokens.squash(s.text());
      if (text.endsWith("?") || !SENTENCE_END.matcher(text).find() || org.reportlens.model.Words.count(text) < 5) continue;
      ClaimKind kind = classify(context, s);
      if (kind == null) continue;
      Integer page = s.page() != null ? s.page() : annotated.essay().pageAt(s.span().begin());
      out.add(new Claim(text, kind, context.actors.idsIn(text), page, annotated.essay().sectionAt(s.span().begin())));
    }
    return out;
  }

  /** The claim kind of one sentence, or null. */
  static ClaimKind classify(EssayContext context, Sentence s) {
    EssayTokens t = context.tokens;
    int b = s.tokenBegin(), e = s.tokenEnd();
    ClaimKind position = institutionalPosition(t, b, e);
    if (position != null && !context.inQuote(b)) return position;
    boolean authorial = b < e && Set.of("we", "i").contains(t.lower(b))
        || (b + 1 < e && t.lower(b).equals("this") && Set.of("paper", "brief", "report", "essay", "study", "article").contains(t.lower(b + 1)));
    int firstSpeech = Integer.MAX_VALUE;
    for (int i = b; i < e; i++) {
      if (!context.inQuote(i) && SpeechCues.isSpeechVerb(t.lemma(i), t.pos(i)) && !RECOMMEND_VERBS.contains(t.lemma(i))) {
        firstSpeech = i;
        break;
      }
    }
    ClaimKind best = null;
    for (int i = b; i < e; i++) {
      if (context.inQuote(i)) continue;
      if (i > firstSpeech && !authorial) break; // reported speech: the rest is someone else's claim
      ClaimKind k = cueAt(t, i, b, e);
      if (k == null) continue;
      if (k == ClaimKind.RECOMMENDATION) return k;
      if (best == null || (best == ClaimKind.ASSESSMENT && k == ClaimKind.PREDICTION)) best = k;
    }
    return best;
  }

  /** First-person and issuing-body verbs of position: "I call on", "We welcome", "The Panel recommends". */
  private static final Set<String> URGING = Set.of("call", "urge", "encourage", "appeal", "invite", "request",
      "recommend", "exhort", "implore", "ask", "propose", "suggest");
  private static final Set<String> STANCE = Set.of("welcome", "commend", "condemn", "deplore", "regret", "applaud",
      "salute", "reiterate", "reaffirm", "remain", "note", "acknowledge", "recognize", "recognise", "share",
      "am", "be");
  /** Heads of an issuing body that speaks in its own report ("The Panel recommends"). */
  private static final Set<String> ISSUERS = Set.of("panel", "inspector", "committee", "commission", "mission",
      "group", "secretariat", "board", "council", "team", "author", "rapporteur", "office", "secretary-general",
      "special", "expert", "experts", "working");

  /**
   * A sentence whose subject is the author ("I", "we", or the issuing body named by a definite body
   * noun) and whose verb takes a position: urging verbs make a recommendation, stance verbs ("welcome",
   * "condemn", "am concerned") an assessment. A leading phrase before a comma is skipped ("Finally, I urge").
   */
  static ClaimKind institutionalPosition(EssayTokens t, int b, int e) {
    int k = b;
    for (int i = b; i < Math.min(e, b + 8); i++) {
      if (t.get(i).text().equals(",")) {
        k = i + 1;
        break;
      }
    }
    if (k >= e) return null;
    String w = t.lower(k);
    boolean firstPerson = w.equals("i") || w.equals("we");
    int v;
    if (firstPerson) {
      v = k + 1;
    } else {
      if (!w.equals("the") || k + 1 >= e) return null;
      int h = k + 1;
      while (h + 1 < e && t.pos(h + 1).startsWith("NN")) h++; // "the Special Rapporteur"
      String head = t.lemma(h);
      if (!t.pos(h).startsWith("NN") || !(ISSUERS.contains(head) || ISSUERS.contains(head.replaceAll("s$", "")))) return null;
      v = h + 1;
    }
    while (v < e && (t.pos(v).startsWith("RB") || t.lower(v).equals("once") || t.lower(v).equals("again"))) v++;
    if (v >= e || !(t.pos(v).equals("VBP") || t.pos(v).equals("VBZ"))) return null;
    String lemma = t.lemma(v);
    if (URGING.contains(lemma)) return ClaimKind.RECOMMENDATION;
    if (firstPerson && STANCE.contains(lemma)) {
      if (lemma.equals("be") || lemma.equals("remain")) {
        // "I am deeply concerned", "we remain alarmed": a participle of feeling
        for (int j = v + 1; j < Math.min(e, v + 3); j++) if (t.pos(j).equals("VBN") || t.pos(j).equals("JJ")) return ClaimKind.ASSESSMENT;
        return null;
      }
      return ClaimKind.ASSESSMENT;
    }
    return null;
  }

  private static ClaimKind cueAt(EssayTokens t, int i, int b, int e) {
    String w = t.lower(i);
    String lemma = t.lemma(i);
    String next = i + 1 < e ? t.lower(i + 1) : "";
    String next2 = i + 2 < e ? t.lower(i + 2) : "";
    // recommendations
    if (OBLIGATION.contains(w) && t.pos(i).equals("MD")) {
      boolean clauseStart = i == b || t.get(i - 1).text().equals(",");
      if (clauseStart) return null; // "should NATO enhance ..., it should ..." - a conditional
      if (next.equals("have") && i + 2 < e && t.pos(i + 2).equals("VBN") && !w.equals("should")) return null; // "must have been"
      if (w.equals("should") && next.equals("have")) return null; // a past counterfactual
      return ClaimKind.RECOMMENDATION;
    }
    if (w.equals("ought") && next.equals("to")) return ClaimKind.RECOMMENDATION;
    if ((lemma.equals("need") && t.pos(i).startsWith("VB") && next.equals("to"))
        || (lemma.equals("have") && (t.pos(i).equals("VBZ") || t.pos(i).equals("VBP")) && next.equals("to")
            && i + 2 < e && t.pos(i + 2).equals("VB"))) {
      // "the tools they need to solve ...", "what we have to offer": a relative clause describes, it does not recommend
      boolean relative = i - 2 >= b && t.pos(i - 1).equals("PRP")
          && (t.pos(i - 2).startsWith("NN") || t.pos(i - 2).startsWith("W"));
      if (!relative) return ClaimKind.RECOMMENDATION;
    }
    if (w.equals("it") && i + 2 < e && (t.lemma(i + 1).equals("be") || t.pos(i + 1).equals("MD"))) {
      for (int k = i + 1; k < Math.min(e, i + 5); k++) {
        if (NECESSITY_ADJ.contains(t.lower(k))) {
          for (int m = k + 1; m < Math.min(e, k + 5); m++) if (t.lower(m).equals("to") || t.lower(m).equals("that")) return ClaimKind.RECOMMENDATION;
        }
      }
    }
    if (RECOMMEND_VERBS.contains(lemma) && t.pos(i).startsWith("VB") && i > b
        && Set.of("we", "i", "paper", "brief", "report", "essay", "study", "article", "author", "authors").contains(t.lower(i - 1))) {
      return ClaimKind.RECOMMENDATION;
    }
    // predictions
    if ((w.equals("will") || w.equals("shall")) && (WILL_ADVERBS.contains(next) || (next.equals("continue") && next2.equals("to")))) {
      return ClaimKind.PREDICTION;
    }
    if (lemma.equals("be") && t.pos(i).startsWith("VB") && LIKELY.contains(next) && next2.equals("to")) return ClaimKind.PREDICTION;
    if (Set.of("may", "could", "might").contains(w) && next.equals("well")) return ClaimKind.PREDICTION;
    // assessments
    if (ASSESS_ADVERBS.contains(w) && t.pos(i).startsWith("RB")) return ClaimKind.ASSESSMENT;
    if (w.equals("it") && i + 2 < e && t.lemma(i + 1).equals("be") && Set.of("clear", "evident", "obvious", "undeniable", "undoubtable").contains(next2)) {
      return ClaimKind.ASSESSMENT;
    }
    if (w.equals("no") && next.equals("doubt")) return ClaimKind.ASSESSMENT;
    if (PROBLEM_ADJ.contains(w) && i + 2 < e && PROBLEM_NOUNS.contains(t.lemma(i + 1)) && t.lemma(i + 2).equals("be")) {
      return ClaimKind.ASSESSMENT;
    }
    if (COPULA.contains(lemma) && t.pos(i).startsWith("VB")) {
      for (int k = i + 1; k < Math.min(e, i + 5); k++) {
        String x = t.lower(k);
        if (EVALUATIVE.contains(x) || EVALUATIVE.contains(t.lemma(k))) {
          if (k + 1 < e && t.lower(k + 1).equals("to") && NECESSITY_ADJ.contains(x)) return ClaimKind.RECOMMENDATION;
          return ClaimKind.ASSESSMENT;
        }
        if (!COPULA_SKIP.contains(x) && !t.pos(k).startsWith("RB")) break;
      }
    }
    return null;
  }
}
