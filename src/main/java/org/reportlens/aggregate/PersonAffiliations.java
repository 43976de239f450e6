package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * A person's name run into the name of the body they belong to, as participant lists and bylines
 * print them ("Jane Q. Roe Acmesoft – Berlin"): a tagged person of three words or more whose last
 * word is, elsewhere in the essay, the whole name of a body the tagger found there (whatever type it
 * guessed) or of a one-word organisation of the gazetteer, splits into the person and that actor. A
 * place the gazetteer knows is never cut off ("Anna Maria Sofia"). Consumes and produces candidates in text order. Pure.
 */
final class PersonAffiliations {
  private PersonAffiliations() {}

  private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

  /**
   * A one-word name the tagger took for a person or a place, listed between two organisations ("Google,
   * Microsoft, Zentrix, SAP and ..."), is an organisation wherever the essay writes it: the items of
   * a list are of one kind. Runs after the tagger's votes, which it overrides.
   */
  static List<Candidate> listed(List<Candidate> candidates, String text) {
    java.util.Set<String> bodies = new java.util.HashSet<>();
    for (int i = 1; i + 1 < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (!guessed(c)) continue;
      Candidate prev = candidates.get(i - 1);
      Candidate next = candidates.get(i + 1);
      if (prev.type() != ActorType.ORGANIZATION || next.type() != ActorType.ORGANIZATION) continue;
      if (between(text, prev, c) && between(text, c, next)) bodies.add(c.name());
    }
    if (bodies.isEmpty()) return candidates;
    // The name is a body's wherever the essay writes it ("... authored by Zentrix and Obloq").
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean body = guessed(c) && bodies.contains(c.name());
      out.add(body ? c.withType(ActorType.ORGANIZATION) : c);
    }
    return out;
  }

  /** A one-word name the tagger alone typed a person or a place. */
  private static boolean guessed(Candidate c) {
    return (c.type() == ActorType.PERSON || c.type() == ActorType.LOCATION) && c.nerLabel() != null && c.id() == null
        && !c.name().contains(" ");
  }

  private static boolean between(String text, Candidate a, Candidate b) {
    int s = a.span().end();
    int e = b.span().begin();
    return e > s && e - s <= 7 && LIST_SEPARATOR.matcher(text.substring(s, e)).matches();
  }

  static List<Candidate> split(List<Candidate> candidates, Gazetteer gazetteer) {
    Map<String, Candidate> bodies = new HashMap<>();
    for (Candidate c : candidates) {
      // A body the tagger named (whatever type it guessed), or a known organisation; never a known place or state.
      boolean tagged = c.nerLabel() != null && c.id() == null && c.type() != ActorType.PERSON && c.type() != ActorType.GROUP;
      if (!tagged && c.type() != ActorType.ORGANIZATION) continue;
      if (!c.name().contains(" ") && c.surface().equals(c.name())) bodies.putIfAbsent(c.name(), c);
    }
    List<Candidate> out = new ArrayList<>(candidates.size() + 4);
    for (Candidate c : candidates) {
      String[] w = c.name().split("\\s+");
      String last = w[w.length - 1];
      Candidate body = c.type() == ActorType.PERSON && c.nerLabel() != null && w.length >= 3 ? body(last, bodies, gazetteer) : null;
      int at = body == null ? -1 : c.surface().lastIndexOf(" " + last) + 1;
      if (at <= 0 || at + last.length() != c.surface().length()) {
        out.add(c);
        continue;
      }
      String person = c.surface().substring(0, at).strip();
      int b = c.span().begin();
      out.add(new Candidate(new TextSpan(b, b + person.length()), person,
          String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - 1)), ActorType.PERSON, c.id(), c.nerLabel(), c.parent()));
      out.add(new Candidate(new TextSpan(b + at, b + at + last.length()), last, body.name(), body.type(), body.id(),
          body.nerLabel(), body.parent()));
    }
    return out;
  }

  private static Candidate body(String word, Map<String, Candidate> bodies, Gazetteer gazetteer) {
    Candidate c = bodies.get(word);
    if (c != null) return c;
    GazetteerEntry e = gazetteer.entryOf(word);
    if (e == null || e.type() != ActorType.ORGANIZATION || e.event() || !(word.equals(e.name()) || e.aliases().contains(word))) return null;
    return new Candidate(new TextSpan(0, 0), word, e.name(), e.type(), e.id(), null);
  }
}
