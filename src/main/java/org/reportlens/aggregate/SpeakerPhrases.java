package org.reportlens.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;

/**
 * Noun phrases that can speak, read off POS tags: the subject before a speech verb (over an
 * appositive, a parenthesis or a relative clause: "Jane Roe, chief economist at Acme, said"), the
 * phrase after it ("said Roe"), and the test a phrase must pass to be a speaker at all. A speaker is a
 * resolved pronoun, a phrase with a proper noun that is not a date word, or a phrase headed by a
 * person, body or document noun ("the spokesperson", "officials", "the Panel", "the report"). Never a
 * date, a number, a generic noun ("the need", "the announcement") or a pronoun left unresolved: the
 * callers then give no speaker. Pure and thread-safe.
 */
final class SpeakerPhrases {
  private SpeakerPhrases() {}

  /** Heads of phrases that denote people, bodies or documents able to speak (lemmas). */
  static final Set<String> SPEAKER_HEADS = Set.copyOf(List.of(
      "spokesperson", "spokesman", "spokeswoman", "official", "minister", "president", "secretary", "senator",
      "governor", "representative", "ambassador", "envoy", "director", "chief", "chair", "head", "leader",
      "member", "source", "expert", "economist", "strategist", "professor", "scholar", "author", "candidate",
      "lawyer", "attorney", "judge", "general", "commander", "officer", "aide", "adviser", "advisor", "diplomat",
      "delegate", "delegation", "witness", "resident", "victim", "activist", "campaign", "government",
      "administration", "ministry", "department", "agency", "panel", "committee", "commission", "council", "court",
      "group", "organization", "organisation", "party", "office", "mission", "inspector", "rapporteur", "mayor",
      "police", "army", "military", "authority", "company", "firm", "bank", "union", "coalition", "team", "board",
      "staff", "people", "voter", "supporter", "critic", "pollster", "poll", "survey", "report", "study", "letter",
      "memo", "website", "communique", "communiqué", "resolution", "declaration", "document", "article",
      "editorial", "paper", "book", "statement", "plaintiff", "defendant", "prosecutor", "investigator",
      "student", "parent", "citizen", "politician", "lawmaker", "legislator", "congressman", "congresswoman",
      "negotiator", "regime", "state", "country", "nation", "ally", "opponent", "rival", "friend", "insider",
      "analyst", "observer", "correspondent", "reporter", "journalist", "newspaper", "network", "magazine",
      "agent", "worker", "employee", "executive", "founder", "owner", "host", "moderator", "participant",
      "interlocutor", "community", "assembly", "parliament", "congress", "senate", "house", "cabinet",
      "embassy", "inspectorate", "secretariat", "unit", "force", "institute", "foundation", "centre", "center",
      "university", "association", "movement", "front", "wife", "husband", "son", "daughter", "mother", "father",
      "man", "woman", "manager", "chairman", "chairwoman", "counsel", "guard", "soldier", "fighter", "actress",
      "actor", "star", "celebrity", "filing", "audit", "record", "data", "figure", "complaint", "lawsuit", "suit",
      "indictment", "ruling", "verdict", "filing", "airline", "carrier", "outlet", "publication", "station",
      "channel", "site", "service", "bureau", "hospital", "school", "church", "club", "family", "relative",
      "neighbor", "neighbour", "colleague", "aide", "doctor", "official", "caller", "protester", "protestor",
      "mogul", "billionaire", "tycoon", "nominee", "front-runner", "frontrunner", "incumbent", "challenger", "hopeful",
      "contender", "entrepreneur", "pastor", "priest", "bishop", "rabbi", "imam", "pope", "king", "queen", "prince",
      "emir", "sheikh", "guide", "ebook", "datum", "side", "camp",
      // titles, roles, relations and groups of people
      "admiral", "colonel", "captain", "lieutenant", "sergeant", "marshal", "chancellor", "premier", "dean", "clerk",
      "sheriff", "deputy", "respondent", "consultant", "assistant", "accountant", "applicant", "immigrant", "migrant",
      "refugee", "surgeon", "nurse", "coach", "pundit", "skeptic", "sceptic", "fan", "adversary", "foe", "spouse",
      "sister", "brother", "cousin", "uncle", "aunt", "grandmother", "grandfather", "child", "kid", "patient", "client",
      "tenant", "landlord", "appointee", "trustee", "retiree", "detainee", "caucus", "faction", "bloc", "industry",
      "corporation", "watchdog", "jury", "tribunal", "crowd", "audience", "electorate", "constituent", "proponent",
      "advocate", "partisan", "loyalist", "backer", "surrogate", "operative", "peer", "counterpart", "boss", "staffer",
      "volunteer", "chapter", "essay", "veteran", "republican", "democrat", "conservative", "liberal", "progressive", "independent"));

  /** Months and weekdays are tagged NNP but never name a speaker ("The 26 January announcement"). */
  private static final Set<String> DATE_WORDS = Set.copyOf(List.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
      "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));

  /** Agent-noun endings: strategist, spokesman, negotiator, organizer. */
  private static boolean agentNoun(String lemma) {
    return lemma.endsWith("ist") || lemma.endsWith("ian") || lemma.endsWith("man") || lemma.endsWith("woman") || lemma.endsWith("person")
        || (lemma.length() > 4 && (lemma.endsWith("er") || lemma.endsWith("or"))
            && !Set.of("number", "matter", "order", "power", "border", "water", "paper", "letter", "corner",
                "factor", "sector", "error", "other", "rather", "together", "river", "tower", "fever", "cover", "liver",
                "labor", "favor", "honor", "humor", "floor", "motor", "rumor", "layer", "tumor", "timer", "meter",
                "liter", "litre", "lever", "cider", "never", "after", "under", "super", "major", "minor", "color",
                "vapor", "valor", "odor", "manor", "armor", "tenor", "sugar", "offer", "answer", "winter", "summer",
                "center", "ledger", "chapter", "monster", "disaster", "quarter", "shelter", "theater",
                "theatre", "register", "filter", "member", "cancer", "dinner", "danger", "anger", "finger").contains(lemma));
  }

  /** Prepositions a speaker phrase spans: "the head of the mission", "voters in the valley", "a fellow at Acme". */
  private static final Set<String> LINKS = Set.of("of", "at", "for", "in");

  /** Roles that take "to" before whom they serve: "an adviser to the governor", "aides to Roe". */
  private static final Set<String> ROLES_TO = Set.of("adviser", "advisor", "aide", "envoy", "ambassador", "counselor",
      "counsellor", "consultant", "assistant", "spokesman", "spokeswoman", "spokesperson", "successor", "heir", "liaison",
      "strategist", "speechwriter", "lawyer", "attorney", "secretary", "deputy", "delegate");

  /** Whether the "to" at j links a role to whom it serves ("adviser to the governor"): part of the phrase. */
  private static boolean roleTo(EssayTokens t, int j) {
    return j > 0 && t.lower(j).equals("to") && t.pos(j - 1).startsWith("NN") && ROLES_TO.contains(t.lemma(j - 1));
  }

  /** A phrase in tokens [from, to): what it is, and whether it may speak. */
  record Phrase(int from, int to) {}

  /**
   * The subject ending right before token v: adverbs and auxiliaries skipped ("also has said"), then an
   * appositive between commas, a parenthesis ("(R-OK)") or a "who" clause skipped back to the name.
   */
  static Phrase subjectBefore(EssayTokens t, int v, int floor) {
    int j = v - 1;
    while (j >= floor && (t.pos(j).startsWith("RB") || t.pos(j).equals("MD")
        || (t.pos(j).startsWith("VB") && aux(t.lemma(j))))) j--;
    if (j < floor) return null;
    // "As Roe himself writes": an intensifying reflexive after the subject
    if (j - 1 >= floor && REFLEXIVES.contains(t.lower(j)) && npToken(t, j - 1)) j--;
    // "Rep. Roe (D-Md.), chair of the committee, said": an appositive and a parenthesis may both stand between
    for (int skips = 0; skips < 2 && j >= floor; skips++) {
      String x = t.get(j).text();
      if (x.equals(")") || x.equals("]")) {
        int k = j - 1;
        while (k >= floor && k > j - 12 && !t.get(k).text().equals("(") && !t.get(k).text().equals("[")) k--;
        if (k <= floor || k <= j - 12) break;
        j = k - 1;
      } else if (x.equals(",")) {
        // "Name, chief economist at Acme Ltd., said" / "Name, who served as ..., said"
        int k = j - 1;
        while (k >= floor && k > j - APPOSITIVE_REACH && !t.get(k).text().equals(";") && !t.get(k).text().matches("[“”\"]")
            && !(t.get(k).text().equals(",") && !placeAfter(t, k))) k--;
        if (k <= floor || k <= j - APPOSITIVE_REACH || !t.get(k).text().equals(",")) return null;
        if (!appositive(t, k + 1, j)) return null;
        // "One pastor backing Roe, Jane Doe of the Baptist Church, said": the name in apposition is the speaker
        Phrase named = namedAppositive(t, k + 1, j, floor);
        if (named != null) return named;
        j = k - 1;
      } else {
        break;
      }
    }
    if (j < floor) return null;
    Phrase near = npEndingAt(t, j, floor);
    // "Jane Roe, founder of the institute, member of the board, said": a chain of titles goes back to the name
    for (int n = 0; n < 3 && near != null && near.from() - 2 >= floor && t.get(near.from() - 1).text().equals(",")
        && Character.isLowerCase(t.get(near.from()).text().charAt(0)); n++) {
      if (!titleLike(t, near)) break;
      Phrase before = npEndingAt(t, near.from() - 2, floor);
      if (before == null || !Character.isUpperCase(t.get(before.to() - 1).text().charAt(0))
          || !startsClause(t, before, floor) && !t.get(before.from() - 1).text().equals(",")) break;
      near = before;
    }
    // "organizations that have endorsed him say": the phrase before a restrictive relative clause speaks
    if (near == null || (near.to() - near.from() == 1 && OBJECT_PRONOUNS.contains(t.lower(near.from())))
        || !startsClause(t, near, floor)) {
      Phrase head = beforeRelative(t, j, floor);
      if (head != null) return head;
    }
    return near;
  }

  /**
   * An appositive that is a person's name, maybe with "of X" after it ("Jane Doe of the Baptist Church"),
   * standing after a phrase without a name of its own at its head ("One pastor backing Roe"): null otherwise.
   */
  private static Phrase namedAppositive(EssayTokens t, int from, int to, int floor) {
    List<Mention> ms = t.essay.mentions();
    int at = t.get(from).span().begin();
    int i = firstMentionAtOrAfter(ms, at);
    if (i >= ms.size() || ms.get(i).span().begin() != at || ms.get(i).type() != MentionType.PERSON) return null;
    int end = t.endAtOrBefore(ms.get(i).span().end());
    if (end < to && !t.lower(end).equals("of")) return null; // "Roe's lawyer", "Roe, 44": not the name alone
    // the phrase before must be a description, not a name ("Jane Roe, John Doe, said" is a list); the speaker
    // is written as the text gives it: "The leader of the league, Jane Doe"
    int start = descriptionStart(t, from - 1, floor);
    if (start < 0) return null;
    Phrase p = npStartingAt(t, from, to);
    return new Phrase(start, p == null ? end : p.to());
  }

  /**
   * Where a common-noun description ending at the comma at c opens ("The company's founder", "One pastor
   * supporting Mr. Roe", "The leader of the league"): a determiner or number before a common noun, at the
   * clause's start. -1 when the words before the comma are not one.
   */
  private static int descriptionStart(EssayTokens t, int c, int floor) {
    for (int k = c - 1; k >= floor && k >= c - 12; k--) {
      String x = t.get(k).text();
      if (x.equals(",") || x.equals(".") || x.equals(";") || x.equals(":")) return -1;
      String p = t.pos(k);
      if ((p.equals("DT") || p.equals("CD")) && k + 1 < c && (t.pos(k + 1).equals("NN") || t.pos(k + 1).equals("NNS")
          || t.pos(k + 1).equals("JJ"))) {
        boolean opens = k == floor || !(t.pos(k - 1).startsWith("NN") || t.pos(k - 1).startsWith("VB") || t.pos(k - 1).equals("IN"));
        if (opens) return k; // else a determiner inside the description: "backing the senator"
      }
    }
    return -1;
  }

  /** Whether the comma at k only separates a place from the state or country completing it: "Elizabeth, Colorado,". */
  private static boolean placeAfter(EssayTokens t, int k) {
    if (k + 2 >= t.tokens.size() || !t.pos(k + 1).equals("NNP") || !t.get(k + 2).text().equals(",")) return false;
    if (!t.pos(k - 1).equals("NNP")) return false;
    List<Mention> ms = t.essay.mentions();
    int at = t.get(k + 1).span().begin();
    int i = firstMentionAtOrAfter(ms, at);
    if (i >= ms.size() || ms.get(i).span().begin() != at) return false;
    MentionType type = ms.get(i).type();
    return type == MentionType.STATE_OR_PROVINCE || type == MentionType.COUNTRY || type == MentionType.LOCATION;
  }
  private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");

  /** Tokens an appositive may span: "a top party operative who played a major role in ... and is now running ...". */
  private static final int APPOSITIVE_REACH = 45;

  /** A title or description in apposition: "founder of the institute", "a former aide" (not "officials", "the minister"). */
  private static boolean titleLike(EssayTokens t, Phrase p) {
    String first = t.lower(p.from());
    if (first.equals("a") || first.equals("an")) return true;
    for (int i = p.from(); i < p.to(); i++) {
      String pos = t.pos(i);
      if (pos.equals("NN")) return true;
      if (pos.equals("NNS") || pos.equals("DT") || pos.equals("PRP$")) return false;
    }
    return false;
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it");

  /** Whether a phrase opens its clause: nothing but a clause boundary or a conjunction before it. */
  private static boolean startsClause(EssayTokens t, Phrase p, int floor) {
    int i = p.from() - 1;
    if (i < floor) return true;
    String x = t.get(i).text();
    String pos = t.pos(i);
    return !(pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO")) || x.equals(",");
  }

  /** "[officials] who spoke with reporters said": the phrase before who/that, the relative clause skipped. */
  private static Phrase beforeRelative(EssayTokens t, int j, int floor) {
    for (int k = j; k >= floor && k > j - 15; k--) {
      String x = t.get(k).text();
      if (x.equals(",") || x.equals(";") || x.matches("[“”\"]")) return null;
      String pos = t.pos(k);
      boolean relative = pos.equals("WP") || pos.equals("WDT") || t.lower(k).equals("that");
      if (relative && k - 1 >= floor) {
        Phrase p = npEndingAt(t, k - 1, floor);
        // "Ann Roe who writes": the relative pronoun right before the verb
        return p != null && (k == j || t.pos(k + 1).startsWith("VB") || t.pos(k + 1).equals("MD")) ? p : null;
      }
    }
    return null;
  }

  /**
   * The speaker of a participial cue ("The mayor rejected the plan, arguing: ...", "When the talks
   * failed, the envoy left the room saying ..."): the participle hangs on the clause before it, whose
   * subject speaks. Walks back over the comma-separated pieces of the sentence: a piece opening with a
   * verb takes the subject before that verb (over an appositive); a piece opening with a noun phrase
   * followed by its predicate gives that phrase (the predicate's verb may be mis-tagged, as in "all
   * but dismissed", so it is not required to be a finite verb); subordinate and adverbial pieces
   * ("When the talks failed", "as expected") are passed over. Null when no piece qualifies.
   */
  static String participleHost(EssayTokens t, int begin, int v, java.util.function.IntPredicate free) {
    int end = v;
    for (int pieces = 0; end > begin && pieces < 6; pieces++) {
      while (end > begin && QuoteAttributions.pieceBreak(t, end - 1)) end--; // the comma closing the piece is not in it
      if (end <= begin) break;
      int start = end - 1;
      while (start > begin && !QuoteAttributions.pieceBreak(t, start - 1)) start--;
      int first = start;
      while (first < end && (t.pos(first).equals("CC") || !ReportedSpeech.isWord(t, first))) first++;
      if (first < end && first != v && free.test(first)) {
        String p = t.pos(first);
        if (p.startsWith("VB") && !p.equals("VBG") && !p.equals("VBN")) {
          return speaker(t, subjectBefore(t, first, begin));
        }
        boolean subordinate = p.equals("WRB") || p.equals("IN") || p.equals("TO") || p.startsWith("VB") || p.equals("RB");
        if (!subordinate) {
          Phrase np = npStartingAt(t, first, end);
          // the phrase must be followed by its predicate inside the piece: a bare phrase is an appositive or adverbial
          if (np != null && np.to() < end && np.to() != v) return speaker(t, np);
        }
      }
      if (start <= begin || t.get(start - 1).text().equals(";")) break; // a semicolon closes another clause
      end = start - 1;
    }
    return null;
  }

  private static boolean aux(String lemma) {
    return lemma.equals("be") || lemma.equals("have") || lemma.equals("do");
  }

  /** An appositive is a noun phrase (a title, "a former aide to X") or a who/which clause. */
  private static boolean appositive(EssayTokens t, int from, int to) {
    if (from >= to) return false;
    String first = t.lower(from);
    if (first.equals("who") || first.equals("whose")) return true;
    if (to - from == 1 && t.pos(from).startsWith("RB")) return true; // "Roe, meanwhile, who ..., said"
    for (int i = from; i < to; i++) {
      String w = t.lower(i);
      // "a state official who played a role in ...": the relative clause may hold verbs
      if ((w.equals("who") || w.equals("whose") || w.equals("which")) && i > from) return hasNoun(t, from, i);
      if (t.finite(i)) return false;
    }
    return hasNoun(t, from, to);
  }

  /** The noun phrase whose last token is j ("the Secretary General of NATO", "Acme's chief"). */
  static Phrase npEndingAt(EssayTokens t, int j, int floor) {
    int end = j + 1;
    if (j >= floor && t.pos(j).equals("PRP")) return new Phrase(j, end);
    while (j >= floor) {
      String p = t.pos(j);
      if (p.equals("DT") || p.equals("PRP$")) {
        if (j - 2 >= floor && (LINKS.contains(t.lower(j - 1)) || roleTo(t, j - 1)) && npToken(t, j - 2)) {
          j -= 2;
          continue;
        }
        j--;
        break;
      }
      if (npToken(t, j)) {
        j--;
        continue;
      }
      if ((LINKS.contains(t.lower(j)) || roleTo(t, j)) && j - 1 >= floor
          && npToken(t, j - 1) && j + 1 < end) {
        j--;
        continue;
      }
      break;
    }
    int begin = j + 1;
    // "he’s certain Rubio": a clitic or hyphen never opens a phrase
    while (begin < end && (t.pos(begin).equals("POS") || t.pos(begin).equals("HYPH"))) begin++;
    if (begin >= end || !hasNoun(t, begin, end)) return null;
    return new Phrase(begin, end);
  }

  /** Participles and adjectives that post-modify a speaker: "a source familiar with the talks". */
  private static final Set<String> MODIFIERS = Set.of("familiar", "involved", "close", "briefed", "knowledgeable",
      "connected", "speaking", "working", "based", "aligned", "allied", "loyal", "opposed");

  /** The phrase widened over a post-modifier and its object: "a source involved in the deal's creation". */
  static Phrase withModifier(EssayTokens t, Phrase p, int ceiling) {
    if (p == null || p.to() + 2 >= ceiling) return p;
    int m = p.to();
    if (!MODIFIERS.contains(t.lower(m)) || !t.pos(m + 1).equals("IN") && !t.pos(m + 1).equals("TO")) return p;
    Phrase object = npStartingAt(t, m + 2, ceiling);
    return object == null ? p : new Phrase(p.from(), object.to());
  }

  /** The noun phrase starting at token k, up to {@code ceiling}: "said Roe", "told the Panel". */
  static Phrase npStartingAt(EssayTokens t, int k, int ceiling) {
    if (k < ceiling && t.pos(k).equals("POS")) return null; // "’s certain": a clitic, not a phrase
    int i = k;
    if (i < ceiling && t.pos(i).equals("PRP")) return new Phrase(i, i + 1);
    // a determiner opens a phrase, or one after "of"; after a noun it starts something else ("Roe all but ...")
    while (i < ceiling && (npToken(t, i) || ((t.pos(i).equals("DT") || t.pos(i).equals("PRP$"))
            && (i == k || t.lower(i - 1).equals("of") || !t.pos(i - 1).startsWith("NN")))
        || (t.lower(i).equals("of") && i > k && i + 1 < ceiling && (npToken(t, i + 1) || ofDeterminer(t, i + 1, ceiling))))) i++;
    if (i == k || !hasNoun(t, k, i)) return null;
    return new Phrase(k, i);
  }

  /** "the families of the founders", "families of those affected": a determiner after "of" opens the complement. */
  private static boolean ofDeterminer(EssayTokens t, int i, int ceiling) {
    return (t.pos(i).equals("DT") || t.pos(i).equals("PRP$")) && i + 1 < ceiling && npToken(t, i + 1);
  }

  static boolean npToken(EssayTokens t, int i) {
    String p = t.pos(i);
    return p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.equals("POS") || p.equals("HYPH")
        || p.equals("FW") || (p.equals("VBN") || p.equals("VBG")) && i > 0 && (t.pos(i - 1).equals("DT") || t.pos(i - 1).equals("HYPH"))
        || p.startsWith("RB") && i + 1 < t.tokens.size() && t.pos(i + 1).equals("HYPH") // "well-connected"
        || inName(t, i);
  }

  static boolean hasNoun(EssayTokens t, int from, int to) {
    for (int i = from; i < to; i++) if (t.pos(i).startsWith("NN") || t.pos(i).equals("PRP") || inName(t, i)) return true;
    return false;
  }

  /**
   * Whether token i lies in a PERSON or ORGANIZATION mention: the tagger sometimes gives a name a
   * verb or adjective tag ("Skip/VB Rutherford", "Blackwell/JJ concluded"), the entity tagger does not.
   */
  static boolean inName(EssayTokens t, int i) {
    if (!Character.isUpperCase(t.get(i).text().charAt(0))) return false;
    List<Mention> ms = t.essay.mentions();
    int offset = t.get(i).span().begin();
    int k = firstMentionAtOrAfter(ms, offset + 1) - 1; // the last mention starting at or before the token
    for (int n = 0; k >= 0 && n < 3; k--, n++) {
      Mention m = ms.get(k);
      if (m.span().begin() <= offset && offset < m.span().end()) {
        return m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION;
      }
    }
    return false;
  }

  /**
   * The speaker a phrase names, or null when it cannot speak: a pronoun is resolved (he/she to the
   * nearest person named before, it/they to the nearest organisation, we/I to the essay's authors) or
   * dropped; other phrases must hold a proper noun that is not a date word, or be headed by a speaker noun.
   */
  static String speaker(EssayTokens t, Phrase p) {
    if (p == null) return null;
    if (p.to - p.from == 1 && t.pos(p.from).equals("PRP")) return resolvePronoun(t, t.lower(p.from), p.from);
    boolean proper = false;
    String head = null;
    for (int i = p.from; i < p.to; i++) {
      String pos = t.pos(i);
      if ((pos.startsWith("NNP") || inName(t, i)) && !DATE_WORDS.contains(t.lower(i)) && Character.isLetter(t.get(i).text().charAt(0))) {
        proper = true;
      }
      if (pos.startsWith("NN")) head = t.lemma(i);
      if ((LINKS.contains(t.lower(i)) || roleTo(t, i)) && head != null) break; // "the head of the mission": head is "head"
    }
    if (!proper && (head == null || !(SPEAKER_HEADS.contains(head) || agentNoun(head)))) return null;
    return t.span(p.from, p.to);
  }

  /** A pronoun resolved to a name within the last few sentences, or null. */
  static String resolvePronoun(EssayTokens t, String pronoun, int atToken) {
    switch (pronoun) {
      case "he", "she" -> {
        return Antecedents.of(t).person(atToken, pronoun);
      }
      case "it" -> {
        return nearestBefore(t, atToken, MentionType.ORGANIZATION);
      }
      case "they" -> {
        // "Roe and Doe ... They argue": a pair of persons named nearer than any organisation
        String pair = nearestPair(t, atToken);
        if (pair != null) return pair;
        String org = nearestBefore(t, atToken, MentionType.ORGANIZATION);
        // "Jane Roe and John Doe wrote the report. [...] They argue": a list of persons further back
        return org != null ? org : WorkAuthors.personList(t, atToken, THEY_REACH, false);
      }
      case "we", "i" -> {
        List<String> authors = t.essay.essay().authors().stream().map(a -> a.name()).toList();
        return authors.isEmpty() ? null : QuoteAggregator.joinNames(authors);
      }
      default -> {
        return null;
      }
    }
  }

  /** "Roe and Doe": the nearest two persons joined by "and" before a token, when no organisation stands after them. */
  private static String nearestPair(EssayTokens t, int atToken) {
    int offset = t.get(atToken).span().begin();
    int sentence = t.sentenceOf(atToken);
    int lowest = sentence < 0 ? 0 : Math.max(0, sentence - PRONOUN_REACH);
    List<Mention> ms = t.essay.mentions();
    int k = firstMentionAtOrAfter(ms, t.essay.sentences().isEmpty() ? 0 : t.essay.sentences().get(lowest).span().begin());
    String pair = null;
    for (int i = k; i < ms.size() && ms.get(i).span().end() <= offset; i++) {
      Mention a = ms.get(i);
      if (a.type() == MentionType.ORGANIZATION) pair = null; // an organisation named after the pair is nearer
      if (a.type() != MentionType.PERSON || i + 1 >= ms.size()) continue;
      Mention b = ms.get(i + 1);
      if (b.type() == MentionType.PERSON && b.span().end() <= offset
          && t.text.substring(a.span().end(), b.span().begin()).strip().equals("and")) {
        pair = EssayTokens.squash(a.text()) + " and " + EssayTokens.squash(b.text());
      }
    }
    return pair;
  }

  /** Sentences back "they" may reach for a list of persons when no organisation is nearer. */
  private static final int THEY_REACH = 10;

  /** Sentences back a pronoun may reach for its name. */
  private static final int PRONOUN_REACH = 3;

  /** The nearest mention of a type before a token, within reach, as its longest form sharing its last word. */
  static String nearestBefore(EssayTokens t, int atToken, MentionType type) {
    int offset = t.get(atToken).span().begin();
    int sentence = t.sentenceOf(atToken);
    int lowest = sentence < 0 ? 0 : Math.max(0, sentence - PRONOUN_REACH);
    Mention near = null;
    List<Mention> ms = t.essay.mentions();
    int k = firstMentionAtOrAfter(ms, t.essay.sentences().isEmpty() ? 0 : t.essay.sentences().get(lowest).span().begin());
    for (int i = k; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.span().end() > offset) break;
      if (m.type() == type) near = m;
    }
    if (near == null) return null;
    String best = near.text();
    String last = lastWord(best);
    for (Mention m : ms) {
      if (m.span().end() > offset) break;
      if (m.type() == type && lastWord(m.text()).equals(last) && m.text().length() > best.length()) best = m.text();
    }
    return EssayTokens.squash(best);
  }

  static int firstMentionAtOrAfter(List<Mention> ms, int offset) {
    int lo = 0, hi = ms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ms.get(mid).span().begin() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private static String lastWord(String s) {
    String[] w = s.trim().split("\\s+");
    return w[w.length - 1].toLowerCase(Locale.ROOT);
  }
}
