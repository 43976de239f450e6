package org.reportlens.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * Offices as actors: "the Secretary-General", "the Special Rapporteur on torture", "the Prime
 * Minister of Lebanon", "the Secretary of Defense", "the National Cyber Director". An office is
 * recognised when it is capitalised and stands as a noun phrase of its own (after "the", or with
 * "of <name>" after it); before a person's name it is that person's title and left to the person
 * ("Prime Minister Mikati"). Its id is the office qualified by what the text attaches to it ("of
 * Lebanon", else the complement the text uses most for it), so that two reports' "President"s do
 * not share an id when the texts say whose; an office "of <State>" has the state as parent. Pure.
 */
final class Offices {
  private Offices() {}

  /** A complement that is a date: "on June", "for Monday". */
  static final Pattern DATE_WORD = Pattern.compile("\\s+(?:of|on|for)\\s+(?:the\\s+)?(?:January|February|March|April|May|June|July|August"
      + "|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** The offices themselves, with the words that make a deputy of one. */
  static final String TERMS = "(?:Deputy\\s+|Acting\\s+|Assistant\\s+|Under-)?(?:Secretary-General|Secretary General|Special Rapporteur"
          + "|Special Envoy|Special Representative|Special Coordinator|High Commissioner|Prime Minister|Vice President|President"
          + "|Foreign Minister|Minister of (?:State for )?\\p{Lu}\\p{L}+(?: Affairs)?|Secretary of (?:State|Defense|Defence|the \\p{Lu}\\p{L}+|\\p{Lu}\\p{L}+)"
          + "|Attorney General|National Security Advisor|National Security Adviser|National Cyber Director|Director of National Intelligence"
          + "|Ombudsman|Ombudsperson|Prosecutor|Registrar|Chief Justice|Solicitor General|Speaker)";

  /** "the" before an office, or an address to its holder ("Mr. Speaker", "Madam President"). */
  private static final Pattern OFFICE = Pattern.compile("\\b([Tt]he\\s+|(?:Mr\\.?|Madam|Madame)\\s+)?(" + TERMS + ")(?![\\p{L}\\-])"
          + "(\\s+(?:of|on|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\-]*(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}\\-]*))*)?");

  private static final Pattern TERM_FIRST = Pattern.compile("^(?:[Tt]he\\s+)?(" + TERMS + ")(?![\\p{L}\\-])");
  private static final Pattern TERM_LAST = Pattern.compile("(?<![\\p{L}\\-])(" + TERMS + ")\\s+$");

  /** The office a name or surface begins with ("the Prime Minister of Lebanon" -> "Prime Minister"), or null. */
  static String termAtStart(String s) {
    Matcher m = TERM_FIRST.matcher(s);
    return m.find() ? canonical(m.group(1)) : null;
  }

  /** The office a stretch of text ends with, before a name ("... Prime Minister "), or null. */
  static String termAtEnd(String s) {
    Matcher m = TERM_LAST.matcher(s);
    return m.find() ? canonical(m.group(1)) : null;
  }

  private static String canonical(String term) {
    return term.replace("Secretary General", "Secretary-General").replaceAll("\\s+", " ");
  }

  /** An agency's acronym before its head's office: "the EPA Administrator", "the FBI Director". */
  private static final Pattern AGENCY_OFFICE = Pattern.compile(
      "\\b[Tt]he\\s+(\\p{Lu}{2,6})\\s+(Administrator|Director|Commissioner|Inspector General)(?![\\p{L}\\-])(?!\\s+\\p{Lu})");
  private static final Pattern BARE_AGENCY_OFFICE = Pattern.compile(
      "\\b[Tt]he\\s+(Administrator|Director|Commissioner|Inspector General)(?![\\p{L}\\-])(?!\\s+(?:of\\b|\\p{Lu}))");

  /**
   * Offices of an agency's head: "the EPA Administrator" (id {@code epa-administrator}); "the
   * Administrator" alone then stands for it when the text names exactly one agency with that office.
   * Runs before acronym definitions, so that the acronym inside stays the office's.
   */
  static void agencyOffices(String text, Gazetteer gazetteer, boolean[] taken, List<Candidate> out) {
    Map<String, java.util.Set<String>> byTerm = new HashMap<>();
    Matcher m = AGENCY_OFFICE.matcher(text);
    while (m.find()) {
      GazetteerEntry e = gazetteer.entryOf(m.group(1));
      if (e != null && e.type() == ActorType.COUNTRY) continue; // "the US Director": a state's, not an agency's
      if (!free(taken, m.start(1), m.end())) continue;
      String name = m.group(1) + " " + m.group(2);
      byTerm.computeIfAbsent(m.group(2), k -> new java.util.LinkedHashSet<>()).add(name);
      for (int k = m.start(); k < m.end(); k++) taken[k] = true;
      out.add(new Candidate(new TextSpan(m.start(), m.end()), text.substring(m.start(), m.end()), name, ActorType.ORGANIZATION,
          Slugs.slug(name), null));
    }
    if (byTerm.isEmpty()) return;
    Matcher b = BARE_AGENCY_OFFICE.matcher(text);
    while (b.find()) {
      java.util.Set<String> names = byTerm.get(b.group(1));
      if (names == null || names.size() != 1 || !free(taken, b.start(), b.end())) continue;
      String name = names.iterator().next();
      for (int k = b.start(); k < b.end(); k++) taken[k] = true;
      out.add(new Candidate(new TextSpan(b.start(), b.end()), text.substring(b.start(), b.end()), name, ActorType.ORGANIZATION,
          Slugs.slug(name), null));
    }
  }

  private static boolean free(boolean[] taken, int b, int e) {
    for (int k = b; k < e; k++) if (taken[k]) return false;
    return true;
  }

  static void find(String text, Gazetteer gazetteer, boolean[] taken, List<Candidate> out) {
    Map<String, String> qualified = new HashMap<>();
    Matcher m = OFFICE.matcher(text);
    while (m.find()) {
      String office = m.group(2).replace("Secretary General", "Secretary-General");
      String complement = m.group(3);
      // "the Director on June 17": a date, not whose office it is.
      if (complement != null && DATE_WORD.matcher(complement).lookingAt()) complement = null;
      int end = complement != null ? m.end(3) : m.end(2);
      if (complement == null) {
        if (m.group(1) == null) continue; // "President Obama", "as Prosecutor": a title or a role, not the office
        if (followedByName(text, m.end(2))) continue;
      }
      int begin = m.start();
      // Inside a longer name: "the Office of the Secretary-General", "Executive Office of the President".
      // "the report of the Secretary of State" is the office: only a capitalised head before "of" makes a longer name.
      String before = text.substring(Math.max(0, begin - 4), begin);
      if ((before.endsWith("of ") && capitalisedWordBefore(text, begin - 3)) || before.endsWith("'s ") || before.endsWith("’s ")) continue;
      boolean free = true;
      for (int k = begin; k < end && free; k++) free = !taken[k];
      if (!free) continue;
      String parent = null;
      String full;
      if (complement != null) {
        String lead = complement.substring(0, complement.length() - complement.stripLeading().length())
            + complement.stripLeading().replaceFirst("^((?:of|on|for)\\s+(?:the\\s+)?).*$", "$1");
        String[] words = complement.substring(lead.length()).split("\\s+");
        // The longest run of words the gazetteer knows ("the United States", not "... Barack Obama"), else four at most.
        int keep = Math.min(words.length, 4);
        for (int k = words.length; k >= 1; k--) {
          GazetteerEntry e = gazetteer.entryOf(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
          if (e != null) {
            keep = k;
            if (e.type() == ActorType.COUNTRY) parent = e.id();
            break;
          }
        }
        while (keep > 1 && words[keep - 1].matches("of|and|the")) keep--;
        Matcher w = Pattern.compile("\\S+").matcher(complement);
        w.region(lead.length(), complement.length());
        int last = lead.length();
        for (int k = 0; k < keep && w.find(); k++) last = w.end();
        end = m.start(3) + last;
        full = office + " " + complement.substring(0, last).strip().replaceAll("\\s+", " ");
      } else {
        full = qualified.computeIfAbsent(office, o -> {
          String c = GenericHeads.mostFrequentComplement(o, text);
          return c == null ? o : o + c;
        });
      }
      String id = parent != null ? parent + "-" + Slugs.slug(office) : Slugs.slug(full);
      for (int k = begin; k < end; k++) taken[k] = true;
      String surface = text.substring(begin, end);
      out.add(new Candidate(new TextSpan(begin, end), surface, full, ActorType.ORGANIZATION, id, null, parent));
    }
  }

  /** Whether the word ending before {@code offset} (spaces skipped) begins with a capital. */
  private static boolean capitalisedWordBefore(String text, int offset) {
    int e = offset;
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    int b = e;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) b--;
    return b < e && Character.isUpperCase(text.charAt(b));
  }

  /** Whether a capitalised word follows (a person's name after a title), across one space. */
  private static boolean followedByName(String text, int offset) {
    return offset + 1 < text.length() && text.charAt(offset) == ' ' && Character.isUpperCase(text.charAt(offset + 1));
  }
}
