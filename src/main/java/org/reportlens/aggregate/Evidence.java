package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.ActorType;

/**
 * Types a tagged name from the evidence of all its mentions in the essay, so that one name has one
 * type: the tagger's vote at each mention, and the words around it — a head noun after it names an
 * organised group ("Viv Ansanm gang", "the Grand Grif coalition"), "city of", "town of" before it
 * a place ("the town of Kufrah"), a locative preposition before a one-word name a place more
 * weakly ("clashes in Kufrah"). Forms with a fixed id (gazetteer, definitions, institutions) keep
 * theirs. Pure; linear in the candidates.
 */
final class Evidence {
  private Evidence() {}

  /** Words after a name that make it an organised group. */
  static final Set<String> GROUP_HEADS = Set.of("gang", "gangs", "coalition", "militia", "militias", "group",
      "groups", "movement", "party", "alliance", "cartel", "network", "organization", "organisation", "faction",
      "brigade", "brigades", "battalion", "fighters", "members", "leadership", "insurgents", "rebels");
  /** Words before a name (after "the") that make it a place. */
  static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "region", "district",
      "commune", "department", "governorate", "municipality", "neighbourhood", "neighborhood", "island", "port",
      "prefecture", "county", "area", "capital");

  static List<Candidate> retype(List<Candidate> candidates, String text) {
    Map<String, Map<ActorType, Integer>> votes = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.id() != null) continue;
      Map<ActorType, Integer> v = votes.computeIfAbsent(ActorMerger.norm(c.name()), k -> new EnumMap<>(ActorType.class));
      v.merge(c.type(), 1, Integer::sum);
      ActorType context = context(c, text);
      if (context != null) v.merge(context, context == ActorType.LOCATION && weakPlace(c, text) ? 1 : 3, Integer::sum);
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.id() != null) { out.add(c); continue; }
      Map<ActorType, Integer> v = votes.get(ActorMerger.norm(c.name()));
      ActorType best = c.type();
      int max = -1;
      // Ties keep the tagger's order of precedence: the enum order (PERSON first) is not evidence.
      for (Map.Entry<ActorType, Integer> e : v.entrySet()) {
        if (e.getValue() > max || (e.getValue() == max && e.getKey() == c.type())) { best = e.getKey(); max = e.getValue(); }
      }
      out.add(best == c.type() ? c : c.withType(best));
    }
    return out;
  }

  /** The type the surrounding words give, or null. */
  static ActorType context(Candidate c, String text) {
    String next = word(text, c.span().end(), true);
    if (GROUP_HEADS.contains(next)) return ActorType.ORGANIZATION;
    String prev = word(text, c.span().begin(), false);
    if (prev.equals("of")) {
      // The word before that "of", found by position: a search for "of" misses the "Of" of a
      // capitalised headline and finds an earlier one, or none (then cut at -1), or the "of"
      // inside "professor".
      if (PLACE_NOUNS.contains(word(text, wordStart(text, c.span().begin()), false))) return ActorType.LOCATION;
    }
    if (c.type() == ActorType.PERSON && !c.name().contains(" ") && ActorRules.LOCATIVE.contains(prev)
        && !prev.equals("to") && !prev.equals("from") && !prev.equals("between")) {
      return ActorType.LOCATION;
    }
    return null;
  }

  private static boolean weakPlace(Candidate c, String text) {
    return !word(text, c.span().begin(), false).equals("of");
  }

  /**
   * The lower-case word right after (or before) an offset, across spaces only (the no-break space
   * of web text included); empty when there is none. Offsets outside the text are clamped.
   */
  static String word(String text, int offset, boolean after) {
    int i = Math.max(0, Math.min(offset, text.length()));
    if (after) {
      while (i < text.length() && isSpace(text.charAt(i))) i++;
      int b = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
      return text.substring(b, i).toLowerCase(Locale.ROOT);
    }
    int e = skipSpacesBack(text, i);
    return text.substring(wordStart(text, i), e).toLowerCase(Locale.ROOT);
  }

  /** Where the word right before {@code offset} (across spaces only) begins; {@code offset} clamped. */
  static int wordStart(String text, int offset) {
    int i = skipSpacesBack(text, Math.max(0, Math.min(offset, text.length())));
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return i;
  }

  private static int skipSpacesBack(String text, int i) {
    while (i > 0 && isSpace(text.charAt(i - 1))) i--;
    return i;
  }

  /** A space within a line: ' ', the no-break space and the other Unicode space separators. */
  private static boolean isSpace(char ch) {
    return ch == ' ' || Character.isSpaceChar(ch);
  }
}
