package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;

/**
 * Links text to the actors an {@code ActorAggregator} found: a speaker's name to one actor id, a
 * sentence to the ids of the actors it names. Surface forms are an actor's name and aliases, matched on
 * word boundaries, case-sensitively except for the first letter ("the allies" / "The allies").
 * Immutable and thread-safe.
 */
final class ActorIndex {
  private record Form(String actorId, ActorType type, String text, Pattern pattern) {
    /** A plain search for the form minus its first letter: most forms are absent, and a regex scan per form is dear. */
    boolean mayOccurIn(String s) {
      return s.contains(text.substring(1));
    }
  }

  private final List<Form> forms = new ArrayList<>();

  ActorIndex(List<Actor> actors) {
    for (Actor a : actors) {
      Set<String> surface = new LinkedHashSet<>();
      surface.add(a.name());
      surface.addAll(a.aliases());
      for (String s : surface) {
        if (s == null || s.isBlank()) continue;
        String first = s.substring(0, 1);
        String rx = "(?<![\\p{L}\\p{N}])(?:" + Pattern.quote(first.toLowerCase(Locale.ROOT)) + "|"
            + Pattern.quote(first.toUpperCase(Locale.ROOT)) + ")" + Pattern.quote(s.substring(1)) + "(?![\\p{L}\\p{N}])";
        forms.add(new Form(a.id(), a.type(), s, Pattern.compile(rx)));
      }
    }
  }

  /** The id of the actor a speaker name denotes, or null. */
  String idFor(String speaker) {
    if (speaker == null || speaker.isBlank()) return null;
    String norm = stripDeterminer(speaker);
    String head = lastWord(norm);
    String best = null;
    int bestLen = 0;
    for (Form f : forms) {
      String form = stripDeterminer(f.text);
      if (form.equalsIgnoreCase(norm)) return f.actorId;
      Matcher m = f.pattern.matcher(speaker);
      // "French President Chirac" -> Chirac; "one Kuwaiti official" is not Kuwait (its head is "official")
      if (m.find() && lastWord(form).equalsIgnoreCase(head) && form.length() > bestLen) {
        best = f.actorId;
        bestLen = form.length();
      } else if (f.type == ActorType.PERSON && Character.isUpperCase(head.isEmpty() ? 'x' : head.charAt(0))
          && lastWord(form).equals(head) && bestLen == 0) {
        best = f.actorId; // a person named by surname only
      }
    }
    return best;
  }

  /** Ids of the actors named in a piece of text, in order of first appearance. */
  List<String> idsIn(String text) {
    record Hit(int at, String id) {}
    List<Hit> hits = new ArrayList<>();
    for (Form f : forms) {
      if (!f.mayOccurIn(text)) continue;
      Matcher m = f.pattern.matcher(text);
      if (m.find()) hits.add(new Hit(m.start(), f.actorId));
    }
    hits.sort((a, b) -> Integer.compare(a.at, b.at));
    Set<String> ids = new LinkedHashSet<>();
    for (Hit h : hits) ids.add(h.id);
    return List.copyOf(ids);
  }

  private static String stripDeterminer(String s) {
    return s.trim().replaceFirst("(?i)^(the|a|an|one)\\s+", "");
  }

  private static String lastWord(String s) {
    String[] w = s.trim().split("\\s+");
    return w[w.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
  }
}
