package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;

/**
 * Gives a person named only by surname in one essay ("Stoltenberg") the id and name of the full
 * name another essay of the same report uses ("Jens Stoltenberg"), when exactly one full name of the
 * report ends in that surname — so that the tables join one person across a report's essays. The
 * surname-only form is kept as an alias. Across reports nothing is guessed. Pure.
 */
public final class PersonIds {
  private PersonIds() {}

  /** An office's holders under the ids their persons now have. */
  private static Actor holdersRenamed(Actor a, Map<String, Actor> renamed) {
    if (a.holders().isEmpty()) return a;
    List<String> ids = new ArrayList<>();
    for (String h : a.holders()) {
      String id = renamed.containsKey(h) ? renamed.get(h).id() : h;
      if (!ids.contains(id)) ids.add(id);
    }
    return new Actor(a.id(), a.name(), a.type(), a.aliases(), a.mentions(), a.salience(), a.firstMention(), a.parent(), ids);
  }

  public static List<ResolvedActors> unify(List<ResolvedActors> essays) {
    Map<String, Set<Actor>> bySurname = new HashMap<>();
    for (ResolvedActors r : essays) {
      for (Actor a : r.actors()) {
        String[] words = a.name().split("\\s+");
        if (a.type() == ActorType.PERSON && words.length >= 2) {
          bySurname.computeIfAbsent(words[words.length - 1], k -> new LinkedHashSet<>()).add(a);
        }
      }
    }
    List<ResolvedActors> out = new ArrayList<>();
    for (ResolvedActors r : essays) {
      Map<String, Actor> renamed = new HashMap<>();
      Set<String> here = new java.util.HashSet<>();
      for (Actor a : r.actors()) here.add(a.id());
      for (Actor a : r.actors()) {
        if (a.type() != ActorType.PERSON || a.name().contains(" ")) continue;
        Set<Actor> full = bySurname.get(a.name());
        if (full == null) continue;
        Set<String> ids = new LinkedHashSet<>();
        full.forEach(f -> ids.add(f.id()));
        if (ids.size() != 1) continue; // two people with that surname: leave it as written
        Actor f = full.iterator().next();
        if (here.contains(f.id())) continue;
        List<String> aliases = new ArrayList<>(a.aliases());
        if (!aliases.contains(a.name())) aliases.add(0, a.name());
        renamed.put(a.id(), new Actor(f.id(), f.name(), a.type(), aliases, a.mentions(), a.salience(), a.firstMention()));
      }
      if (renamed.isEmpty()) {
        out.add(r);
        continue;
      }
      List<Actor> actors = r.actors().stream().map(a -> renamed.getOrDefault(a.id(), a)).map(a -> holdersRenamed(a, renamed)).toList();
      List<ActorMention> mentions = r.mentions().stream()
          .map(m -> renamed.containsKey(m.actorId()) ? new ActorMention(renamed.get(m.actorId()).id(), m.span(), m.text(), m.sentence()) : m)
          .toList();
      out.add(new ResolvedActors(actors, mentions));
    }
    return out;
  }
}
