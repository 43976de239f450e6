package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * A body's own name put in apposition to the institution it is: "a vote by the Riksdag, the Swedish
 * Parliament" — the one-word name the tagger found, a comma, then an institution of a state
 * ({@link Institutions}: its id fixed, its state as parent). Every mention of that name in the essay
 * then joins the institution, so the name becomes its alias. Consumes and produces candidates in text
 * order; linear. Pure.
 */
final class NameAppositions {
  private NameAppositions() {}

  private static final Pattern BETWEEN = Pattern.compile("\\s*,\\s*(?:[Tt]he\\s+)?");

  private static final Pattern UNIT = Pattern.compile(
      "\\s(?:Center|Centre|Institute|School|Office|Program|Programme|Laboratory|Initiative)\\s(?:for|of|on)\\s(?:[Tt]he\\s)?");

  /**
   * "the Acme Center for the Study of Things": a body, a unit's head word and its subject, when the
   * sources found the two names apart, are one name — a unit of the first body, which becomes its parent.
   */
  static List<Candidate> units(List<Candidate> candidates, String text) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate a = candidates.get(i);
      Candidate b = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
      if (b != null && a.type() == ActorType.ORGANIZATION && b.type() == ActorType.ORGANIZATION && b.id() == null
          && b.span().begin() > a.span().end() && b.span().begin() - a.span().end() <= 30
          && UNIT.matcher(text.substring(a.span().end(), b.span().begin())).matches()) {
        String name = text.substring(a.span().begin(), b.span().end()).replaceAll("\\s+", " ");
        out.add(new Candidate(new TextSpan(a.span().begin(), b.span().end()), name, name, ActorType.ORGANIZATION, null,
            b.nerLabel(), a.id()));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  static List<Candidate> join(List<Candidate> candidates, String text) {
    Map<String, Candidate> into = new HashMap<>();
    for (int i = 0; i + 1 < candidates.size(); i++) {
      Candidate name = candidates.get(i);
      Candidate body = candidates.get(i + 1);
      if (name.type() != ActorType.ORGANIZATION || name.nerLabel() == null || name.id() != null || name.name().contains(" ")) continue;
      if (body.id() == null || body.parent() == null || body.type() != ActorType.ORGANIZATION) continue;
      int b = name.span().end();
      int e = body.span().begin();
      if (e <= b || e - b > 8 || !BETWEEN.matcher(text.substring(b, e)).matches()) continue;
      into.putIfAbsent(name.name(), body);
    }
    if (into.isEmpty()) return candidates;
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Candidate t = c.id() == null && c.nerLabel() != null ? into.get(c.name()) : null;
      out.add(t == null ? c : new Candidate(c.span(), c.surface(), t.name(), t.type(), t.id(), c.nerLabel(), t.parent()));
    }
    return out;
  }
}
