package org.reportlens.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * Institutions of a state named by pattern: "Lebanese Armed Forces", "Haitian National Police",
 * "Israel Defense Forces", "the Ministry of Foreign Affairs of Lebanon", "Russia's defence ministry",
 * "the armed forces of Mali". Each becomes its own actor with the id {@code <state-id>-<institution>}
 * ("lebanon-armed-forces", "haiti-police", "russia-ministry-of-defence") and the state as
 * {@code parent}; the decision depends only on the words of the match, so every report of a batch
 * makes the same one. A form the gazetteer lists itself keeps the gazetteer's id. Pure.
 */
final class Institutions {
  private Institutions() {}

  /** Heads after a state ("Lebanese Armed Forces", "Russia's defence ministry"). */
  private static final Pattern AFTER_STATE = Pattern.compile(
      "(Armed Forces|Defen[cs]e Forces|National Police|Police Force|Police|National Army|Army|Navy|Air Force|Coast Guard"
          + "|National Guard|Border Police|Gendarmerie|Central Bank|Parliament|Intelligence Service"
          + "|Ministry of [A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+| Affairs)*"
          + "|(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior|[Ff]inance|[Jj]ustice|[Hh]ealth) [Mm]inistry"
          + "|armed forces|security forces|police|army|navy|air force|coast guard)\\b");
  /** Heads before "of <state>" ("the Armed Forces of Mali", "Ministry of Defence of Lebanon"). */
  private static final Pattern BEFORE_STATE = Pattern.compile(
      "\\b(Armed Forces|[Aa]rmed forces|National Police|Police|[Ss]ecurity forces"
          + "|Ministry of [A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+| Affairs)*) of (?:the )?");
  /** Capitalised words, possibly "the" before, possessive after: the state's form to look up. */
  private static final Pattern STATE_BEFORE = Pattern.compile("((?:\\p{Lu}[\\p{L}.\\-]*\\s){0,2}\\p{Lu}[\\p{L}.\\-]*?)(?:'s|’s)?\\s$");
  private static final Pattern STATE_AFTER = Pattern.compile("\\p{Lu}[\\p{L}.\\-]*(?:\\s\\p{Lu}[\\p{L}.\\-]*){0,3}");

  static void find(String text, Gazetteer gazetteer, boolean[] taken, List<Candidate> out) {
    Matcher m = AFTER_STATE.matcher(text);
    while (m.find()) {
      String head = m.group(1);
      boolean lower = Character.isLowerCase(head.charAt(0));
      int from = Math.max(0, m.start() - 60);
      Matcher s = STATE_BEFORE.matcher(text.substring(from, m.start()));
      if (!s.find()) continue;
      String before = s.group(1).strip();
      boolean possessive = s.group().endsWith("'s ") || s.group().endsWith("’s ");
      // Lower-case heads ("Syrian armed forces", "Russia's defence ministry") need the state just before.
      String[] words = before.split("\\s+");
      for (int k = 0; k < words.length; k++) {
        String form = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        GazetteerEntry state = gazetteer.entryOf(form);
        if (state == null || state.type() != ActorType.COUNTRY) continue;
        GazetteerMatch.Kind kind = gazetteer.kindOf(form);
        if (kind == GazetteerMatch.Kind.CAPITAL || kind == GazetteerMatch.Kind.CONTEXTUAL) break;
        if (lower && !possessive && kind != GazetteerMatch.Kind.DEMONYM) break; // "Iran security forces" is rare; "France army" odd
        int begin = from + s.start() + s.group(1).indexOf(words[k]);
        add(text, gazetteer, state, head, begin, m.end(), taken, out);
        break;
      }
    }
    Matcher b = BEFORE_STATE.matcher(text);
    while (b.find()) {
      Matcher s = STATE_AFTER.matcher(text);
      s.region(b.end(), Math.min(text.length(), b.end() + 60));
      if (!s.lookingAt()) continue;
      String[] words = s.group().split("\\s+");
      for (int k = words.length; k >= 1; k--) {
        String form = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)).replaceAll("[.,;:]$", "");
        GazetteerEntry state = gazetteer.entryOf(form);
        if (state == null || state.type() != ActorType.COUNTRY || gazetteer.kindOf(form) == GazetteerMatch.Kind.DEMONYM
            || gazetteer.kindOf(form) == GazetteerMatch.Kind.CAPITAL) continue;
        add(text, gazetteer, state, b.group(1), b.start(), b.end() + form.length(), taken, out);
        break;
      }
    }
  }

  private static void add(String text, Gazetteer gazetteer, GazetteerEntry state, String head, int begin, int end,
                          boolean[] taken, List<Candidate> out) {
    for (int k = begin; k < end; k++) if (taken[k]) return;
    String surface = text.substring(begin, end);
    GazetteerEntry known = gazetteer.entryOf(surface);
    String id = known != null ? known.id() : state.id() + "-" + suffix(head);
    String name = known != null ? known.name() : surface;
    for (int k = begin; k < end; k++) taken[k] = true;
    out.add(new Candidate(new TextSpan(begin, end), surface, name, ActorType.ORGANIZATION, id, null, state.id()));
  }

  /** The institution's part of the id, the same for its spellings: "Defense Forces" -> "armed-forces". */
  static String suffix(String head) {
    String h = head.toLowerCase(Locale.ROOT).replace("defense", "defence");
    if (h.equals("defence forces") || h.equals("armed forces")) return "armed-forces";
    if (h.contains("police")) return h.contains("border") ? "border-police" : "police";
    Matcher ministry = Pattern.compile("(\\w+) ministry").matcher(h);
    if (ministry.matches()) {
      String area = ministry.group(1);
      return "ministry-of-" + (area.equals("foreign") ? "foreign-affairs" : area);
    }
    if (h.startsWith("ministry of the ")) h = "ministry of " + h.substring("ministry of the ".length());
    return Slugs.slug(h);
  }
}
