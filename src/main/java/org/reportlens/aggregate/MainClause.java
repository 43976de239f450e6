package org.reportlens.aggregate;

import java.util.Set;

/**
 * The subject of a sentence's main clause, for a speech verb that is that clause's first predicate.
 * Consumes the sentence's tokens and tags (no parse); produces the noun phrase that opens the main
 * clause once a leading adverbial ("In a statement,", "As part of his plea,", "But") is passed over.
 * Used where {@link SpeakerPhrases#subjectBefore} cannot walk back from the verb: long appositives
 * with their own relative clauses ("Jane Roe, the owner of a team who rejected the offer, says"), an
 * age or a parenthesis before the comma ("Roe, 44, said"), a dash pair ("Roe — after a pause — told
 * me"), coordinated subjects ("Farmers, traders and their unions say") and adverbs between the
 * auxiliary and the verb ("have long complained"). It never reads a verb inside a relative clause,
 * parenthesis, dash pair or quotation as the predicate, and gives nothing when another finite verb of
 * the main clause comes before the cue: then the cue is not the main clause's first predicate.
 * Pure and thread-safe.
 */
final class MainClause {
  private MainClause() {}

  private static final int MAX_OPENER = 25;
  /** Opening words of an adverbial piece before the subject: "In a statement,", "As expected,", "Again,". */
  private static final Set<String> OPENER_POS = Set.of("IN", "RB", "VBG", "VBN", "TO", "WRB", "RBR", "RBS");

  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

  /** The main clause's subject phrase when the verb at v is its first predicate, else null. */
  static SpeakerPhrases.Phrase subject(EssayContext c, int b, int v) {
    EssayTokens t = c.tokens;
    String vpos = t.pos(v);
    if (!(vpos.equals("VBD") || vpos.equals("VBZ") || vpos.equals("VBP") || vpos.equals("VBN"))) return null;
    int start = clauseStart(c, b, v);
    if (start < 0 || start >= v) return null;
    int auxFrom = auxChainStart(t, v, start);
    if (vpos.equals("VBN") && auxFrom == v) return null; // a bare participle is passive or adjectival here
    if (!firstPredicate(c, start, auxFrom)) {
      // "Few would admit it, but Roe (a man who ...) says ...": the clause a comma and a conjunction open
      int joint = lastJoint(c, start, auxFrom);
      if (joint < 0) return null;
      start = clauseStart(c, joint, v);
      if (start < 0 || start >= auxFrom || !firstPredicate(c, start, auxFrom)) return null;
    }
    SpeakerPhrases.Phrase p = SpeakerPhrases.npStartingAt(t, start, auxFrom);
    if (p == null) return null;
    int to = p.to();
    while (to > p.from() && !ReportedSpeech.isWord(t, to - 1)) to--; // "Roe —": a dash or hyphen closes no phrase
    return to == p.from() ? null : SpeakerPhrases.withModifier(t, new SpeakerPhrases.Phrase(p.from(), to), auxFrom);
  }

  /** The last ", and" / ", but" / ";" before {@code end} outside brackets and quotations, as the index of the conjunction; -1 if none. */
  private static int lastJoint(EssayContext c, int start, int end) {
    EssayTokens t = c.tokens;
    int depth = 0;
    for (int i = end - 1; i > start; i--) {
      String x = t.get(i).text();
      if (x.equals(")") || x.equals("]")) depth++;
      else if ((x.equals("(") || x.equals("[")) && depth > 0) depth--;
      if (depth > 0 || c.inQuote(i)) continue;
      if (x.equals(";")) return i + 1;
      if (t.pos(i).equals("CC") && t.get(i - 1).text().equals(",")) return i;
    }
    return -1;
  }

  /** Where the main clause opens: after a conjunction and up to two adverbial pieces closed by commas. */
  private static int clauseStart(EssayContext c, int b, int v) {
    EssayTokens t = c.tokens;
    int start = b;
    while (start < v && (t.pos(start).equals("CC") || t.pos(start).equals("``") || t.pos(start).equals("''"))) start++;
    // "“…,” Roe said, suggesting that ...": a quotation opening the sentence is never its subject
    while (start < v && (c.inQuote(start) || t.get(start).text().equals(","))) start++;
    for (int n = 0; n < 2 && start < v; n++) {
      if (!OPENER_POS.contains(t.pos(start))) break;
      int comma = start + 1;
      while (comma < v && comma < start + MAX_OPENER && !t.get(comma).text().equals(",")) comma++;
      if (comma >= v || !t.get(comma).text().equals(",")) return -1; // the verb belongs to the opener itself
      start = comma + 1;
      while (start < v && t.pos(start).equals("CC")) start++;
      start = pastPlace(t, start, v); // "In Alexandria, Va., Roe said": the state closing the opener's place
    }
    return start;
  }

  /** Past a piece that is only a place name and its comma ("Va.,", "Iowa,"): it completes the place before it. */
  private static int pastPlace(EssayTokens t, int start, int v) {
    int comma = start;
    while (comma < v && comma < start + 4 && t.pos(comma).startsWith("NNP")) comma++;
    if (comma == start || comma >= v || !t.get(comma).text().equals(",")) return start;
    int lo = t.get(start).span().begin(), hi = t.get(comma - 1).span().end();
    java.util.List<org.reportlens.model.Mention> ms = t.essay.mentions();
    for (int i = SpeakerPhrases.firstMentionAtOrAfter(ms, lo); i < ms.size() && ms.get(i).span().begin() == lo; i++) {
      org.reportlens.model.MentionType type = ms.get(i).type();
      boolean place = type == org.reportlens.model.MentionType.LOCATION || type == org.reportlens.model.MentionType.CITY
          || type == org.reportlens.model.MentionType.STATE_OR_PROVINCE || type == org.reportlens.model.MentionType.COUNTRY;
      if (place && ms.get(i).span().end() >= hi) return comma + 1;
    }
    return start;
  }

  /** The first token of the auxiliaries and adverbs before v: "has said", "have long complained", "will also say". */
  private static int auxChainStart(EssayTokens t, int v, int floor) {
    int j = v;
    while (j - 1 > floor) {
      String p = t.pos(j - 1);
      String lemma = t.lemma(j - 1);
      boolean aux = p.equals("MD") || p.startsWith("VB") && (lemma.equals("have") || lemma.equals("do"));
      boolean adverb = p.startsWith("RB") || t.lower(j - 1).equals("long");
      if (!aux && !adverb) break;
      j--;
    }
    while (j < v && t.pos(j).startsWith("RB")) j++; // adverbs before the first auxiliary belong to the phrase boundary
    return j;
  }

  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "since", "because", "while", "as",
      "until", "although", "though", "if", "once", "whereas");

  /**
   * Whether the past tag at i is a participle opening a reduced relative, which the tagger cannot tell from a past
   * tense in "-ed": right after a plural noun, followed by a preposition, and no conjunction or subordinate clause before the cue ("The veterans
   * interviewed/VBD at the rallies said"; "Roe visited the site and said" keeps its first predicate).
   */
  private static boolean reducedRelative(EssayTokens t, int i, int end) {
    if (!t.pos(i).equals("VBD") || !t.lower(i).endsWith("ed") || i < 1 || i + 1 >= end || !t.pos(i - 1).equals("NNS")) return false;
    if (!t.pos(i + 1).equals("IN") || t.lower(i + 1).equals("that")) return false;
    // "Officials weighed in on Tuesday, hours after Roe said": a subordinate clause holds the cue, the past tense stays
    for (int k = i + 1; k < end; k++) {
      if (t.pos(k).equals("CC") || t.finite(k) || t.pos(k).equals("WRB") || SUBORDINATORS.contains(t.lower(k))) return false;
    }
    return true;
  }

  /**
   * Whether no finite verb of the main clause stands in [start, end): verbs inside a relative clause
   * (after who/which/that up to the next comma or dash), a parenthesis, a dash pair or a quotation do
   * not count.
   */
  private static boolean firstPredicate(EssayContext c, int start, int end) {
    EssayTokens t = c.tokens;
    boolean relative = false;
    int depth = 0;
    boolean dash = false;
    boolean noun = false;
    for (int i = start; i < end; i++) {
      String x = t.get(i).text();
      String p = t.pos(i);
      if (x.equals("(") || x.equals("[")) depth++;
      else if ((x.equals(")") || x.equals("]")) && depth > 0) depth--;
      else if (x.equals("—") || x.equals("--") || x.equals("–")) { dash = !dash; relative = false; }
      // a comma-enclosed subordinate clause is an aside too: "Roe, after the plan failed in May, said"
      else if (x.equals(",")) relative = i + 1 < end && (t.pos(i + 1).equals("WRB") || t.pos(i + 1).equals("IN") && !t.lower(i + 1).equals("of"));
      if (depth > 0 || dash || c.inQuote(i)) continue;
      if (p.equals("WP") || p.equals("WDT") || RELATIVES.contains(t.lower(i)) || (x.equalsIgnoreCase("that") && noun)) relative = true;
      if (p.startsWith("NN") || p.equals("PRP")) noun = true;
      if (!relative && t.finite(i) && !reducedRelative(t, i, end)) return false;
      if (x.equals(";") || x.equals(":")) return false;
    }
    return depth == 0 && !dash && !relative; // the cue itself must not stand in a relative clause
  }
}
