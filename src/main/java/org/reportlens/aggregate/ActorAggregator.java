package org.reportlens.aggregate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Mention;
import org.reportlens.model.Sentence;
import org.reportlens.model.TextSpan;
import org.reportlens.model.Token;

/**
 * Consumes an {@link AnnotatedEssay}; produces its actors, one per real-world actor, sorted by
 * salience. Surface forms come from three sources, in this order of precedence on overlapping text:
 * acronyms the text defines ("Mediterranean Dialogue (MD)"), the {@link Gazetteer} (names, aliases,
 * contextual forms, capitals, demonyms; longest match wins) and the tagger's mentions (filtered for
 * the genre's junk: headings, citations, events, generic words, titles of works). {@link ActorMerger}
 * then merges them into actors.
 *
 * <p>Ids: the gazetteer id when known; a demonym used for people ("Libyans", "Iraqi officers") is a
 * GROUP actor with id {@code <country-id>-people} (e.g. {@code libya-people}, named by the plural
 * demonym, "Libyans"), unless the plural with the article acts ("the Soviets have signed": the state); "States"
 * alone is the GROUP {@code states} (the states the text speaks of collectively); a capital after a locative preposition ("in Tripoli") is a LOCATION actor with
 * the slug of the city, otherwise it stands for its state ("Tehran's compliance" -> iran); all other
 * actors get the slug of their canonical name, so the same name gives the same id in every report.
 *
 * <p>Does not resolve pronouns or descriptions ("the organization"). Thread-safe: holds only the
 * immutable gazetteer and word list.
 */
public final class ActorAggregator {
  private static final Pattern TRIM_FRONT = Pattern.compile("^(?:[Tt]he|[Ii]n|[Aa]n?|[Oo]f)\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
  /** Digits glued to the end of a name's last word: a footnote call ("Viv Ansanm30"), not part of the name. */
  private static final Pattern FOOTNOTE_DIGITS = Pattern.compile("(?<=\\p{Ll}{2}[.,’'”]?)\\d{1,3}$");
  /** A heading's enumerator and one word: "B. Methodology", "IV. Findings", "2. Scope". */
  private static final Pattern ENUMERATED_HEADING = Pattern.compile("(?:[A-Z]|[IVX]{1,4}|\\d{1,2})\\.\\s+\\p{Lu}\\p{Ll}+\\s*(?:\\n|$)");
  /** A company's legal form after its name: "O’Reilly Media, Inc.", "Example AG". The name is what stands before it. */
  private static final Pattern COMPANY_FORM = Pattern.compile(
      ",?\\s+(?:Inc\\.?|Ltd\\.?|LLC|L\\.L\\.C\\.|LLP|Corp\\.|AG|GmbH|S\\.A\\.|plc|PLC|N\\.V\\.|B\\.V\\.|S\\.p\\.A\\.)$");
  /** A medium the tagger runs into the name of its owner: "Centers for Example Control Website". */
  private static final Pattern MEDIUM = Pattern.compile("\\s+(?:[Ww]ebsite|[Ww]eb [Ss]ite|[Hh]omepage|[Hh]ome [Pp]age|[Ww]eb [Pp]age)$");
  private static final double TITLE_WEIGHT = 3.0;
  private static final double SUMMARY_WEIGHT = 2.0;
  private static final double LEAD_WEIGHT = 1.5;
  private static final int LEAD_PARAGRAPHS = 2;

  private final Gazetteer gazetteer;
  private final Set<String> dictionary;

  public ActorAggregator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.dictionary = Dictionary.WORDS;
  }

  public List<Actor> aggregate(AnnotatedEssay annotated) {
    return resolve(annotated).actors();
  }

  /** The actors and every resolved mention (for relations and claims). */
  public ResolvedActors resolve(AnnotatedEssay annotated) {
    return resolve(annotated, new HashMap<>());
  }

  /**
   * Which of the tagger's person, organisation and place mentions ended up in an actor, and by which
   * {@link ActorRejection} rule the others were declined.
   */
  public ActorRecall audit(AnnotatedEssay annotated) {
    Map<TextSpan, ActorRejection> why = new HashMap<>();
    ResolvedActors r = resolve(annotated, why);
    return ActorRecall.of(annotated.mentions(), r.mentions(), why, annotated.essay().text());
  }

  private ResolvedActors resolve(AnnotatedEssay annotated, Map<TextSpan, ActorRejection> why) {
    String text = annotated.essay().text();
    boolean[] taken = new boolean[text.length() + 1];
    List<Candidate> candidates = new ArrayList<>();
    Map<String, Boolean> concepts = new HashMap<>();
    Offices.agencyOffices(text, gazetteer, taken, candidates);
    definedAcronyms(annotated, text, taken, candidates);
    ShortForms.find(annotated, text, gazetteer, taken, candidates);
    Institutions.find(text, gazetteer, taken, candidates);
    Offices.find(text, gazetteer, taken, candidates);
    List<GazetteerMatch> gaz = new ArrayList<>(gazetteer.match(text));
    // A person's name wins over a gazetteer form inside it ("Michael Jordan", "George Washington").
    for (Mention m : annotated.mentions()) {
      if (m.type() != org.reportlens.model.MentionType.PERSON) continue;
      gaz.removeIf(g -> m.span().contains(g.span()) && m.span().length() > g.span().length()
          && g.kind() != GazetteerMatch.Kind.NAME);
    }
    // An organisation's name the tagger found wins over a gazetteer form inside it ("Code for America",
    // "Ethiopian Airlines", "Panel of Experts on Haiti"), unless a rule declines the name.
    int[] gazEndAt = new int[text.length() + 1];
    for (GazetteerMatch g : gaz) gazEndAt[g.span().begin()] = g.span().end();
    for (Mention m : annotated.mentions()) {
      if (m.type() != org.reportlens.model.MentionType.ORGANIZATION || overlaps(taken, m.span())) continue;
      if (!m.text().strip().contains(" ") || gazetteer.entryOf(TRIM_FRONT.matcher(m.text()).replaceFirst("")) != null) continue;
      boolean containsForm = false;
      for (int k = m.span().begin(); k < m.span().end() && !containsForm; k++) containsForm = gazEndAt[k] > 0 && gazEndAt[k] <= m.span().end();
      if (!containsForm) continue;
      Verdict v = fromMention(m, annotated, text, concepts);
      if (v.candidate() == null) continue;
      mark(taken, v.candidate().span());
      candidates.add(statePrefixed(v.candidate(), gaz, gazEndAt));
    }
    int[] longest = longestMentionAt(annotated, text.length());
    Map<Integer, GazetteerMatch> gazEndingAt = new HashMap<>();
    for (GazetteerMatch g : gaz) gazEndingAt.put(g.span().end(), g);
    ActorRejection[] declinedAt = new ActorRejection[text.length() + 1];
    for (GazetteerMatch g : gaz) {
      if (overlaps(taken, g.span())) continue;
      Verdict v = fromGazetteer(g, annotated, text);
      if (v.candidate() != null) {
        mark(taken, g.span());
        candidates.add(v.candidate());
      } else {
        // "Libyan" as an adjective is not a tagger entity either; but a capital inside a longer tagged
        // name leaves that name to the tagger ("Moscow State University").
        if (longest[g.span().begin()] > g.span().length()) continue;
        mark(taken, g.span());
        for (int k = g.span().begin(); k < g.span().end(); k++) declinedAt[k] = v.rejection();
      }
    }
    for (Mention m : annotated.mentions()) {
      if (overlaps(taken, m.span())) {
        for (int k = m.span().begin(); k < m.span().end(); k++) {
          if (declinedAt[k] != null) { why.put(m.span(), declinedAt[k]); break; }
        }
        continue;
      }
      Verdict v = fromMention(m, annotated, text, concepts);
      if (v.candidate() != null) {
        mark(taken, v.candidate().span());
        candidates.add(demonymBefore(v.candidate(), text, gazEndingAt, declinedAt));
      } else if (v.rejection() != null) {
        why.put(m.span(), v.rejection());
      }
    }
    KindCues.find(text, dictionary, taken, candidates);
    candidates.sort(Comparator.comparingInt(c -> c.span().begin()));
    candidates = PersonAffiliations.split(candidates, gazetteer);
    candidates = NameAppositions.join(candidates, text);
    candidates = NameAppositions.units(candidates, text);
    candidates = Evidence.retype(candidates, text);
    candidates = PersonAffiliations.listed(candidates, text);
    List<ActorMerger.Cluster> clusters = ActorMerger.merge(candidates);
    clusters = GenericHeads.qualify(clusters, text);
    return build(annotated, clusters);
  }

  /**
   * "U.S. Cyberspace Solarium Commission", "German Pirate Party": a state's name or demonym before a
   * name of two words or more is the state the body belongs to, not part of its name (the surface
   * keeps it, the state becomes the parent).
   */
  private static Candidate statePrefixed(Candidate c, List<GazetteerMatch> gaz, int[] gazEndAt) {
    int b = c.span().begin();
    int e = gazEndAt[b];
    if (e <= 0) return c;
    GazetteerMatch g = null;
    for (GazetteerMatch x : gaz) if (x.span().begin() == b) { g = x; break; }
    if (g == null || g.entry().type() != ActorType.COUNTRY || g.kind() == GazetteerMatch.Kind.CAPITAL) return c;
    String rest = c.surface().substring(Math.min(c.surface().length(), e - b)).strip();
    if (rest.split("\\s+").length < 2 || !Character.isUpperCase(rest.charAt(0))) return c;
    return new Candidate(c.span(), c.surface(), rest, c.type(), null, c.nerLabel(), g.entry().id());
  }

  /**
   * "the German Pirate Party": a state's demonym the tagger left out of an organisation's name of two
   * words or more, declined as an adjective, is the state the body belongs to: the surface takes it in,
   * the state becomes the parent, the name stays as tagged.
   */
  private static Candidate demonymBefore(Candidate c, String text, Map<Integer, GazetteerMatch> gazEndingAt,
                                         ActorRejection[] declinedAt) {
    if (c.type() != ActorType.ORGANIZATION || c.parent() != null || c.id() != null) return c;
    int b = c.span().begin();
    if (b < 2 || text.charAt(b - 1) != ' ' || c.name().split("\\s+").length < 2 || !Character.isUpperCase(c.name().charAt(0))) return c;
    GazetteerMatch g = gazEndingAt.get(b - 1);
    if (g == null || g.kind() != GazetteerMatch.Kind.DEMONYM || g.entry().type() != ActorType.COUNTRY
        || declinedAt[g.span().begin()] != ActorRejection.DEMONYM_ADJECTIVE) return c;
    TextSpan s = new TextSpan(g.span().begin(), c.span().end());
    return new Candidate(s, text.substring(s.begin(), b) + c.surface(), c.name(), c.type(), null, c.nerLabel(), g.entry().id());
  }

  /** A candidate, or the rule that declined the form (null rejection: not a kind of mention we audit). */
  record Verdict(Candidate candidate, ActorRejection rejection) {
    static Verdict keep(Candidate c) { return new Verdict(c, null); }
    static Verdict reject(ActorRejection r) { return new Verdict(null, r); }
  }

  /** Per offset: the length of the longest tagger mention covering it (0 when none). Linear in the mentions' length. */
  private static int[] longestMentionAt(AnnotatedEssay annotated, int length) {
    int[] out = new int[length + 1];
    for (Mention m : annotated.mentions()) {
      for (int k = m.span().begin(); k < m.span().end() && k < length; k++) out[k] = Math.max(out[k], m.span().length());
    }
    return out;
  }

  // ---- sources -------------------------------------------------------------------------------

  private void definedAcronyms(AnnotatedEssay annotated, String text, boolean[] taken, List<Candidate> out) {
    for (Map.Entry<String, String> d : AcronymDefinitions.find(text).entrySet()) {
      String acronym = d.getKey();
      String expansion = d.getValue();
      GazetteerEntry e = gazetteer.entryOf(expansion);
      if (e == null) e = gazetteer.entryOf(TRIM_FRONT.matcher(expansion).replaceFirst(""));
      String id = e != null ? e.id() : Slugs.slug(expansion);
      String name = e != null ? e.name() : expansion;
      ActorType type = e != null ? e.type() : typeOfSpan(annotated, text.indexOf(expansion), expansion.length());
      // An office the text abbreviates ("National Cyber Director (NCD)") is an actor even when the tagger saw none.
      if (type == null && Offices.termAtStart(expansion) != null) type = ActorType.ORGANIZATION;
      if (type == null) continue; // the tagger saw no entity in the expansion: a concept, not an actor
      for (String form : List.of(expansion, acronym)) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
          TextSpan s = new TextSpan(m.start(), m.end());
          if (overlaps(taken, s)) continue;
          mark(taken, s);
          out.add(new Candidate(s, form, name, type, id, null));
        }
      }
    }
  }

  /** The actor type the tagger gave an expansion, or null when it tagged nothing there. */
  private static ActorType typeOfSpan(AnnotatedEssay annotated, int begin, int length) {
    if (begin < 0) return null;
    TextSpan s = new TextSpan(begin, begin + length);
    for (Mention m : annotated.mentions()) {
      if (m.span().end() > s.begin() && m.span().begin() < s.end()) {
        ActorType t = typeOf(m.type());
        return t == null ? ActorType.ORGANIZATION : t;
      }
    }
    return null;
  }

  private Verdict fromGazetteer(GazetteerMatch g, AnnotatedEssay annotated, String text) {
    GazetteerEntry e = g.entry();
    TextSpan s = g.span();
    if (isShortAcronym(g.text()) && inCapitalsLine(text, s.begin())) return Verdict.reject(ActorRejection.HEADING_LINE); // "WHAT IS NATO FOR"
    if (e.event()) return Verdict.reject(ActorRejection.GAZETTEER_EVENT);
    switch (g.kind()) {
      case CAPITAL -> {
        String prev = previousWord(text, s.begin()).toLowerCase(Locale.ROOT);
        // "the rulers in Riyadh", "officials in Moscow": the people in power there stand for the state.
        String before = previousWord(text, Math.max(0, s.begin() - prev.length() - 1)).toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}]", "");
        boolean governing = prev.equals("in") && ActorRules.GOVERNING.contains(before);
        // "made it clear to Moscow that ...": told something, the capital is the state addressed, no place.
        boolean addressed = prev.equals("to") && nextWord(text, s.end()).equals("that");
        if (ActorRules.LOCATIVE.contains(prev) && !governing && !addressed) {
          return Verdict.keep(new Candidate(s, g.text(), g.text(), ActorType.LOCATION, Slugs.slug(g.text()), null));
        }
        String next = nextWord(text, s.end());
        if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !startsWithPossessive(text, s.end())
            && !sentenceEndsBetween(text, s.end())) {
          return Verdict.reject(ActorRejection.CAPITAL_IN_NAME); // "Warsaw Summit", "Moscow State University"
        }
        return Verdict.keep(new Candidate(s, g.text(), e.name(), e.type(), e.id(), null));
      }
      case DEMONYM -> {
        String head = demonymHead(text, s.end());
        boolean plural = g.text().endsWith("s") && e.demonyms().contains(g.text().substring(0, g.text().length() - 1));
        // Armed forces act for their state: "Syrian forces", "Russian troops" (not for a region: "European forces").
        if (!plural && ActorRules.MILITARY_NOUNS.contains(head) && e.type() == ActorType.COUNTRY) {
          return Verdict.keep(new Candidate(s, g.text(), e.name(), e.type(), e.id(), null));
        }
        // Those who govern act for their state too: "British officials", "Russian diplomats".
        if (!plural && ActorRules.GOVERNING.contains(head) && e.type() == ActorType.COUNTRY) {
          return Verdict.keep(new Candidate(s, g.text(), e.name(), e.type(), e.id(), null));
        }
        // "the Soviets have deployed", "the Russians' offer": the plural with the article, acting (a finite verb or a
        // possessive follows), is the state; without them it is the people ("Americans own", "the Americans who").
        if (plural && e.type() == ActorType.COUNTRY && previousWord(text, s.begin()).equalsIgnoreCase("the")
            && actsNext(annotated, text, s.end())) {
          return Verdict.keep(new Candidate(s, g.text(), e.name(), e.type(), e.id(), null));
        }
        // Regions give a people group only in the plural ("Europeans"; not "Middle Eastern partners").
        boolean people = plural || ((ActorRules.PEOPLE_NOUNS.contains(head) || ActorRules.MILITARY_NOUNS.contains(head))
            && e.type() != ActorType.LOCATION);
        if (people) {
          if (e.type() == ActorType.GROUP) return Verdict.keep(new Candidate(s, g.text(), e.name(), ActorType.GROUP, e.id(), null));
          return Verdict.keep(new Candidate(s, g.text(), e.peopleName(), ActorType.GROUP, e.id() + "-people", null));
        }
        if (ActorRules.STATE_NOUNS.contains(head) && e.type() == ActorType.COUNTRY) {
          return Verdict.keep(new Candidate(s, g.text(), e.name(), e.type(), e.id(), null));
        }
        return Verdict.reject(ActorRejection.DEMONYM_ADJECTIVE); // "the 2011 Libyan intervention"
      }
      default -> {
        return Verdict.keep(new Candidate(s, g.text(), e.name(), e.type(), e.id(), null));
      }
    }
  }

  /** Whether a finite verb, a modal or a possessive follows {@code offset}: the words before it act or own. */
  private static boolean actsNext(AnnotatedEssay annotated, String text, int offset) {
    if (startsWithPossessive(text, offset) || text.startsWith("' ", offset) || text.startsWith("’ ", offset)) return true;
    Token t = tokenAt(annotated, nextTokenStart(text, offset));
    if (t == null || t.pos() == null) return false;
    return t.pos().equals("MD") || t.pos().equals("VBD") || t.pos().equals("VBP") || t.pos().equals("VBZ");
  }

  private Verdict fromMention(Mention m, AnnotatedEssay annotated, String text, Map<String, Boolean> concepts) {
    ActorType type = typeOf(m.type());
    if (type == null) return new Verdict(null, null);
    if (inCapitalsLine(text, m.span().begin())) return Verdict.reject(ActorRejection.HEADING_LINE); // headings, bylines, running heads
    String surface = m.text();
    int begin = m.span().begin();
    int end = m.span().end();
    // Footnote digits glued to a name ("Viv Ansanm30", "Crisis Group.12") are no part of it.
    Matcher digits = FOOTNOTE_DIGITS.matcher(surface);
    // ... when the name stands elsewhere without them ("Cure53" keeps its digits).
    if (digits.find() && standsAlone(text, surface.substring(0, digits.start()), begin)) {
      end -= surface.length() - digits.start();
      surface = surface.substring(0, digits.start());
      if (surface.isBlank()) return Verdict.reject(ActorRejection.NO_CAPITAL);
    }
    // Trim "the", possessives and (for persons) titles; the surface keeps what stood in the text.
    Matcher front = TRIM_FRONT.matcher(surface);
    String name = front.find() ? surface.substring(front.end()) : surface;
    name = POSSESSIVE.matcher(name).replaceFirst("").strip();
    // A running head repeated on one line: "Solarium Commission Solarium Commission".
    String[] half = name.split("\\s+");
    if (half.length >= 2 && half.length % 2 == 0
        && String.join(" ", java.util.Arrays.copyOfRange(half, 0, half.length / 2))
            .equals(String.join(" ", java.util.Arrays.copyOfRange(half, half.length / 2, half.length)))) {
      name = String.join(" ", java.util.Arrays.copyOfRange(half, 0, half.length / 2));
    }
    if (type != ActorType.PERSON) {
      Matcher medium = MEDIUM.matcher(name);
      if (medium.find() && medium.start() > 0) {
        // Not part of the name, nor of the surface: the owner is the actor.
        name = name.substring(0, medium.start());
        int at = surface.lastIndexOf(medium.group().strip());
        if (at > 0) {
          surface = text.substring(begin, begin + at).stripTrailing();
          end = begin + surface.length();
        }
      }
      Matcher form = COMPANY_FORM.matcher(name);
      if (form.find() && form.start() > 0 && name.substring(0, form.start()).chars().anyMatch(Character::isLetter)) {
        name = name.substring(0, form.start()); // the surface keeps "..., Inc.": an alias
      }
    }
    if (type == ActorType.PERSON) {
      String[] w = name.split("\\s+");
      int k = 0;
      while (k < w.length - 1 && ActorRules.PERSON_TITLES.contains(w[k])) k++;
      name = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
      // Extend the surface over titles standing before the name: "Secretary General Stoltenberg".
      int b = begin;
      while (true) {
        String prev = previousWord(text, b);
        if (prev.isEmpty() || !ActorRules.PERSON_TITLES.contains(prev)) break;
        b = text.lastIndexOf(prev, b);
      }
      begin = b;
      surface = text.substring(begin, end);
    }
    if (ActorRules.NOT_NAMES.contains(name)) {
      Candidate c = fragment(name, begin, end, text);
      if (c != null) return Verdict.keep(c);
    }
    ActorRejection junk = junkRule(name, type, m, annotated, text, concepts);
    if (junk != null) return Verdict.reject(junk);
    return Verdict.keep(new Candidate(new TextSpan(begin, end), POSSESSIVE.matcher(surface).replaceFirst("").strip(), name, type,
        null, m.type().name()));
  }

  /**
   * A word the tagger cut out of a longer name, or "States" alone. With the word beside it the
   * fragment makes a name the gazetteer knows ("United" | "States" broken over a line): that actor.
   * Else "States" alone, capitalised ("the States", "the several States", "Member States"), is the
   * states the text speaks of collectively (of a federation or an organisation): a GROUP, named with
   * the capitalised modifier before it ("the Barbary States" -> "Barbary States"). Null: no name.
   */
  private Candidate fragment(String name, int begin, int end, String text) {
    String before = wordAround(text, begin, -1);
    String after = wordAround(text, end, +1);
    for (String joined : List.of(before + " " + name, name + " " + after)) {
      GazetteerEntry e = joined.isBlank() ? null : gazetteer.entryOf(joined);
      if (e != null && !e.event()) return new Candidate(new TextSpan(begin, end), text.substring(begin, end), e.name(), e.type(), e.id(), null);
    }
    if (!name.equals("States")) return null;
    String group = name;
    // A modifier in the same line ("Barbary States", "Member States"), not a determiner opening a sentence.
    if (before.length() > 1 && Character.isUpperCase(before.charAt(0)) && before.chars().allMatch(Character::isLetter)
        && !ActorRules.DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) && previousWord(text, begin).equals(before)) {
      group = before + " " + name;
    }
    return new Candidate(new TextSpan(begin, end), text.substring(begin, end), group, ActorType.GROUP, Slugs.slug(group), null);
  }

  /** The word just before ({@code dir} -1) or after (+1) an offset, across spaces and line breaks, without punctuation. */
  private static String wordAround(String text, int offset, int dir) {
    int i = offset;
    if (dir < 0) {
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
      int b = i;
      while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
      return text.substring(b, i);
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    return text.substring(i, e);
  }

  private ActorRejection junkRule(String name, ActorType type, Mention m, AnnotatedEssay annotated, String text,
                                  Map<String, Boolean> concepts) {
    if (name.isEmpty() || name.chars().noneMatch(Character::isUpperCase)) return ActorRejection.NO_CAPITAL;
    String lower = name.toLowerCase(Locale.ROOT);
    // "the South", "the West" mid-sentence: a region the text speaks of (a heading's "South" or "North" in a list is not).
    boolean region = type == ActorType.LOCATION && ActorRules.COMPASS.contains(lower) && !startsLine(text, m.span().begin())
        && (previousWord(text, m.span().begin()).equalsIgnoreCase("the") || m.text().regionMatches(true, 0, "the ", 0, 4));
    if (ActorRules.GENERIC.contains(lower) && !region) return ActorRejection.GENERIC_WORD;
    if (lower.contains("cit.") || lower.startsWith("ibid")) return ActorRejection.GENERIC_WORD;
    if (ActorRules.PRONOUNS.contains(lower)) return ActorRejection.GENERIC_NAME;
    if (ActorRules.NOT_NAMES.contains(name)) return ActorRejection.NOT_A_NAME;
    // Once per acronym and essay: the look-up scans the text.
    if (concepts.computeIfAbsent(name, x -> AcronymDefinitions.definedInLowerCase(text, x))) return ActorRejection.DEFINED_CONCEPT;
    String letters = name.replaceAll("[^\\p{L}]", "");
    if (letters.length() <= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !name.contains(".")
        && gazetteer.kindOf(name) != GazetteerMatch.Kind.NAME && gazetteer.kindOf(name) != GazetteerMatch.Kind.ALIAS) {
      return ActorRejection.SHORT_CAPITALS; // "MD", "PA": ambiguous
    }
    String[] words = name.split("\\s+");
    // A heading or a title, not a name; long names count their content words only
    // ("National Association of Criminal Defense Lawyers" is a name).
    long content = java.util.Arrays.stream(words).filter(w -> !ActorRules.STOPWORDS.contains(w.toLowerCase(Locale.ROOT))).count();
    if (content > 6 || words.length > 10) return ActorRejection.TOO_LONG;
    if (ENUMERATED_HEADING.matcher(text.substring(m.span().begin())).lookingAt() && startsLine(text, m.span().begin())) {
      return ActorRejection.HEADING_LINE; // "B. Methodology", "IV. Findings"
    }
    if (type == ActorType.PERSON) return words.length == 1 && ActorRules.PERSON_TITLES.contains(name) ? ActorRejection.TITLE_ONLY : null;
    if (words.length > 1 && ActorRules.EVENT_NOUNS.contains(words[words.length - 1])) return ActorRejection.EVENT_NAME;
    if (words.length > 1 && words[0].equals("Operation")) return ActorRejection.EVENT_NAME;
    if (words.length == 1) {
      Token t = tokenAt(annotated, m.span().begin());
      // The word list holds proper names too ("mosul"): the text itself must use the word in lower case.
      if (t != null && t.pos() != null && (t.pos().startsWith("JJ") || t.pos().startsWith("RB") || t.pos().startsWith("VB"))
          && !ActorRules.INSTITUTION_HEADS.contains(lower) && usedLowercase(text, lower)) {
        return ActorRejection.COMMON_ADJECTIVE; // "Western" values; not "the Mosul offensive"
      }
      boolean institution = ActorRules.INSTITUTION_HEADS.contains(lower);
      // A dictionary word is a common word unless named after the article; the text scans go last.
      if (!institution && !region && dictionary.contains(lower) && !namedAfterArticle(text, m, lower) && usedLowercase(text, lower)) {
        return ActorRejection.COMMON_WORD; // "Summit" vs "the summit"
      }
      // "the Republic", "the Union", "the Continent": a common noun capitalised out of reverence, not a place's name
      // ("the Iowa caucuses" is a place modifying a noun, not a noun itself)
      Token next = tokenAt(annotated, nextTokenStart(text, m.span().end()));
      boolean modifies = next != null && next.pos() != null && next.pos().startsWith("NN") && !next.pos().startsWith("NNP");
      if (type == ActorType.LOCATION && ActorRules.REVERENT_NOUNS.contains(lower) && !modifies && !region
          && (text.regionMatches(true, m.span().begin(), "the ", 0, 4) || previousWord(text, m.span().begin()).equalsIgnoreCase("the"))) {
        return ActorRejection.REVERENT_NOUN;
      }
    }
    return isTitleOfWork(m, text) ? ActorRejection.TITLE_OF_WORK : null;
  }

  /** Whether {@code name} occurs in the text, away from {@code at}, not followed by a digit. */
  private static boolean standsAlone(String text, String name, int at) {
    if (name.isBlank()) return true;
    for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      int e = i + name.length();
      if (i != at && (e == text.length() || !Character.isDigit(text.charAt(e)))) return true;
    }
    return false;
  }

  private static int nextTokenStart(String text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i;
  }

  private static boolean startsLine(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i < 0 || text.charAt(i) == '\n';
  }

  /** A mention filling most of a quoted stretch of three words or more: a title ("The Warsaw Summit ..."). */
  private static boolean isTitleOfWork(Mention m, String text) {
    int open = -1;
    for (int i = m.span().begin() - 1; i >= Math.max(0, m.span().begin() - 120); i--) {
      char c = text.charAt(i);
      if (c == '“' || c == '"') { open = i; break; }
      if (c == '”' || c == '\n') return false;
    }
    if (open < 0) return false;
    int close = -1;
    for (int i = m.span().end(); i < Math.min(text.length(), m.span().end() + 120); i++) {
      char c = text.charAt(i);
      if (c == '”' || c == '"') { close = i; break; }
      if (c == '\n') return false;
    }
    if (close < 0) return false;
    String quoted = text.substring(open + 1, close);
    if (quoted.split("\\s+").length < 3) return false;
    // The mention must fill most of it: "CNN" inside a quoted sentence is no title.
    if (m.span().length() * 2 < quoted.strip().length()) return false;
    // Titles capitalise most words; quoted speech does not.
    String[] w = quoted.strip().split("\\s+");
    long caps = java.util.Arrays.stream(w).filter(x -> !x.isEmpty() && Character.isUpperCase(x.charAt(0))).count();
    return caps * 2 >= w.length;
  }

  static ActorType typeOf(org.reportlens.model.MentionType t) {
    return switch (t) {
      case PERSON -> ActorType.PERSON;
      case ORGANIZATION -> ActorType.ORGANIZATION;
      case COUNTRY -> ActorType.COUNTRY;
      case CITY, STATE_OR_PROVINCE, LOCATION -> ActorType.LOCATION;
      case NATIONALITY, RELIGION, IDEOLOGY -> ActorType.GROUP;
      case TITLE, MISC -> null; // job titles; events, works and adjectives ("Libyan") come via the gazetteer
    };
  }

  // ---- actors ----------------------------------------------------------------------------------

  private ResolvedActors build(AnnotatedEssay annotated, List<ActorMerger.Cluster> clusters) {
    String text = annotated.essay().text();
    String title = annotated.essay().title();
    String summary = annotated.essay().summary();
    int[] paragraphStarts = paragraphStarts(text);
    double[] weights = new double[clusters.size()];
    double total = 0;
    for (int i = 0; i < clusters.size(); i++) {
      ActorMerger.Cluster c = clusters.get(i);
      double w = 0;
      for (Candidate m : c.mentions()) w += paragraphIndex(paragraphStarts, m.span().begin()) < LEAD_PARAGRAPHS ? LEAD_WEIGHT : 1.0;
      Set<String> forms = new HashSet<>(c.surfaces());
      forms.add(c.name());
      w += TITLE_WEIGHT * occurrences(title, forms) + SUMMARY_WEIGHT * occurrences(summary, forms);
      weights[i] = w;
      total += w;
    }
    List<Actor> actors = new ArrayList<>();
    List<ActorMention> mentions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ActorMerger.Cluster c : clusters) names.add(c.name());
    Map<String, List<String>> holders = OfficeHolders.find(clusters, text);
    for (int i = 0; i < clusters.size(); i++) {
      ActorMerger.Cluster c = clusters.get(i);
      Candidate first = c.mentions().get(0);
      Sentence s = annotated.sentenceAt(first.span().begin());
      org.reportlens.model.Evidence ev = new org.reportlens.model.Evidence(
          s != null ? s.page() : annotated.essay().pageAt(first.span().begin()),
          s != null ? s.text() : lineAround(text, first.span().begin()));
      // A form that is another actor's name is no alias here ("Port-au-Prince" the city and, once, the state).
      List<String> aliases = c.surfaces().stream().filter(x -> !x.equals(c.name()) && !names.contains(x)).toList();
      double salience = total == 0 ? 0 : Math.round(weights[i] / total * 10_000) / 10_000.0;
      actors.add(new Actor(c.id(), c.name(), c.type(), aliases, c.mentions().size(), salience, ev, c.parent(),
          holders.getOrDefault(c.id(), List.of())));
      for (Candidate m : c.mentions()) {
        Sentence ms = annotated.sentenceAt(m.span().begin());
        mentions.add(new ActorMention(c.id(), m.span(), m.surface(), ms == null ? -1 : ms.index()));
      }
    }
    actors.sort(Comparator.comparingDouble(Actor::salience).reversed()
        .thenComparing(Comparator.comparingInt(Actor::mentions).reversed()).thenComparing(Actor::id));
    mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
    return new ResolvedActors(actors, mentions);
  }

  private static int occurrences(String s, Set<String> forms) {
    if (s == null || s.isEmpty()) return 0;
    int n = 0;
    for (String f : forms) {
      if (!s.contains(f)) continue;
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])").matcher(s);
      while (m.find()) n++;
    }
    return n;
  }

  // ---- text helpers ----------------------------------------------------------------------------

  private static int[] paragraphStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) starts.add(i + 2);
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int paragraphIndex(int[] starts, int offset) {
    int k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
    return k;
  }

  private static boolean overlaps(boolean[] taken, TextSpan s) {
    for (int k = s.begin(); k < s.end(); k++) if (taken[k]) return true;
    return false;
  }

  private static void mark(boolean[] taken, TextSpan s) {
    for (int k = s.begin(); k < s.end(); k++) taken[k] = true;
  }

  private static boolean isShortAcronym(String s) {
    String letters = s.replaceAll("[^\\p{L}]", "");
    return letters.length() <= 3 && letters.equals(letters.toUpperCase(Locale.ROOT));
  }

  /** Whether the line holding {@code offset} is set in capitals (at least three words, 80% capitals). */
  static boolean inCapitalsLine(String text, int offset) {
    int b = text.lastIndexOf('\n', offset - 1) + 1;
    int e = text.indexOf('\n', offset);
    if (e < 0) e = text.length();
    String line = text.substring(b, e);
    if (line.split("\\s+").length < 3) return line.length() > 3 && line.equals(line.toUpperCase(Locale.ROOT))
        && line.chars().filter(Character::isLetter).count() > 3;
    long letters = line.chars().filter(Character::isLetter).count();
    long upper = line.chars().filter(Character::isUpperCase).count();
    return letters > 0 && upper >= 0.8 * letters;
  }

  private static String previousWord(String text, int offset) {
    int e = offset;
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    int b = e;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) b--;
    return text.substring(b, e);
  }

  private static String nextWord(String text, int offset) {
    int b = offset;
    while (b < text.length() && text.charAt(b) == ' ') b++;
    if (b == offset) return "";
    int e = b;
    while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-')) e++;
    return text.substring(b, e);
  }

  /** The noun a demonym modifies, skipping one adjective: "Iraqi officers", "Kuwaiti high official". */
  private static String demonymHead(String text, int offset) {
    String w1 = nextWord(text, offset);
    if (w1.isEmpty()) return "";
    String l1 = w1.toLowerCase(Locale.ROOT);
    if (isHead(l1)) return l1;
    int after = text.indexOf(w1, offset) + w1.length();
    String l2 = nextWord(text, after).toLowerCase(Locale.ROOT);
    return isHead(l2) ? l2 : l1;
  }

  private static boolean isHead(String w) {
    return ActorRules.PEOPLE_NOUNS.contains(w) || ActorRules.STATE_NOUNS.contains(w) || ActorRules.MILITARY_NOUNS.contains(w)
        || ActorRules.GOVERNING.contains(w);
  }

  private static boolean startsWithPossessive(String text, int offset) {
    return text.startsWith("'s", offset) || text.startsWith("’s", offset);
  }

  private static boolean sentenceEndsBetween(String text, int offset) {
    return offset < text.length() && ".!?;:\n".indexOf(text.charAt(offset)) >= 0;
  }

  /**
   * "the Pacific" where the text writes "pacific" only as an adjective: after the article, the capital
   * makes the name. Not for the nouns of reverence ("the State", "the Nation"): capitalised, they still
   * name no one in particular.
   */
  private static boolean namedAfterArticle(String text, Mention m, String lower) {
    return !ActorRules.REVERENT_NOUNS.contains(lower) && (previousWord(text, m.span().begin()).equalsIgnoreCase("the") || m.text().regionMatches(true, 0, "the ", 0, 4))
        && !usedLowercase(text, "the " + lower) && !usedLowercase(text, "The " + lower);
  }

  static boolean usedLowercase(String text, String lower) {
    // A plain search first: most words never occur in lower case, and compiling a pattern per call is dear.
    int i = text.indexOf(lower);
    if (i < 0) return false;
    // Not inside an address: "reuters.com", "/reuters/" are no use of the common word.
    return Pattern.compile("(?<![\\p{L}\\p{N}./@])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}/]|\\.\\p{L})").matcher(text).find(i);
  }

  private static Token tokenAt(AnnotatedEssay annotated, int offset) {
    List<Token> tokens = annotated.tokens();
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int b = tokens.get(mid).span().begin();
      if (b == offset) return tokens.get(mid);
      if (b < offset) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  }

  private static String lineAround(String text, int offset) {
    int b = text.lastIndexOf('\n', offset - 1) + 1;
    int e = text.indexOf('\n', offset);
    return text.substring(b, e < 0 ? text.length() : e).strip();
  }

  /** The English word list shipped for dehyphenation, lower case. */
  private static final class Dictionary {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> words = new HashSet<>(120_000);
      try (InputStream in = ActorAggregator.class.getResourceAsStream("/org/reportlens/extract/words-en.txt")) {
        if (in == null) return Set.of();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) if (!line.startsWith("#")) words.add(line.strip());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(words);
    }
  }
}
