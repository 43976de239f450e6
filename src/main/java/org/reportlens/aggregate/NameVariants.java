package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;

/**
 * Names of one body that a report writes in more than one way, found among the report's own actors
 * (not persons, not states or peoples):
 * <ul>
 *   <li>the head word before or after the rest: "Bureau of Example Protection" / "Example
 *       Protection Bureau";</li>
 *   <li>the name without its head word, when exactly one name of the report adds one: "Example
 *       Security" / "Example Security Administration" (not when the longer one belongs to a state:
 *       "Pakistan" / "Pakistan Army");</li>
 *   <li>one owner written three ways before the same unit: "Example University Center for Rare
 *       Things", "Example Center for Rare Things", "EU Center for Rare Things" (a prefix or the
 *       acronym of the owner);</li>
 *   <li>a one-word organisation that is the surname of exactly one person of the report (the tagger's
 *       "McExample" beside "Stan McExample");</li>
 *   <li>an organisation's name that another essay lists as the alias of exactly one organisation.</li>
 * </ul>
 * Each group goes to its most mentioned member. Cost linear in the actors: every look-up is by a
 * normalised key; the owner test runs within one unit's group. Pure.
 */
final class NameVariants {
  private NameVariants() {}

  /** Words that begin a unit inside a larger body: "... Center for ...", "... School of ...". */
  private static final Set<String> UNIT_HEADS = Set.of("center", "centre", "institute", "school", "laboratory", "lab",
      "program", "programme", "initiative", "college", "department", "office", "project");

  /** Source id -> the actor it joins. Actors in {@code skip} (already joined elsewhere) are left alone. */
  static Map<String, Actor> join(List<Actor> actors, Map<String, Integer> counts, Set<String> skip) {
    List<Actor> named = new ArrayList<>();
    List<Actor> persons = new ArrayList<>();
    for (Actor a : actors) {
      if (skip.contains(a.id())) continue;
      if (a.type() == ActorType.PERSON) persons.add(a);
      else if (a.type() != ActorType.COUNTRY && a.type() != ActorType.GROUP) named.add(a);
    }
    Map<String, Actor> out = new LinkedHashMap<>();
    // Head before or after: one key per name.
    Map<String, List<Actor>> byKey = new LinkedHashMap<>();
    for (Actor a : named) {
      String lower = lower(a);
      if (lower.contains(" ")) byKey.computeIfAbsent(inverted(lower), k -> new ArrayList<>()).add(a);
    }
    for (List<Actor> group : byKey.values()) into(group, counts, out);
    // A surname the tagger took for an organisation.
    Map<String, List<Actor>> bySurname = new HashMap<>();
    for (Actor p : persons) {
      if (p.name().contains(" ")) bySurname.computeIfAbsent(ActorMerger.surnameKey(p.name()), k -> new ArrayList<>()).add(p);
    }
    for (Actor a : named) {
      if (out.containsKey(a.id()) || a.type() != ActorType.ORGANIZATION || a.name().contains(" ")
          || ActorMerger.isAcronym(a.name()) || !a.id().equals(Slugs.slug(a.name()))
          || ActorRules.INSTITUTION_HEADS.contains(a.name().toLowerCase(Locale.ROOT))) continue;
      List<Actor> people = bySurname.get(ActorMerger.surnameKey(a.name()));
      if (people != null && people.stream().map(Actor::id).distinct().count() == 1) out.put(a.id(), people.get(0));
    }
    // A name that is, in another essay, the alias of exactly one organisation ("Eduskunta" beside the
    // parliament it was put in apposition to there).
    Map<String, Set<String>> byAlias = new HashMap<>();
    Map<String, Actor> byId = new HashMap<>();
    for (Actor a : named) {
      byId.put(a.id(), a);
      if (a.type() != ActorType.ORGANIZATION) continue;
      for (String x : a.aliases()) byAlias.computeIfAbsent(x, k -> new java.util.HashSet<>()).add(a.id());
    }
    for (Actor a : named) {
      if (out.containsKey(a.id()) || a.type() != ActorType.ORGANIZATION || ActorMerger.isAcronym(a.name())
          || !a.id().equals(Slugs.slug(a.name())) || ActorRules.INSTITUTION_HEADS.contains(lower(a))) continue;
      Set<String> owners = byAlias.get(a.name());
      if (owners == null || owners.size() != 1 || owners.contains(a.id())) continue;
      Actor t = byId.get(owners.iterator().next());
      out.put(a.id(), out.getOrDefault(t.id(), t));
    }
    // The name without its head word (not a person's surname: "Example Group" is no "Example").
    for (Actor a : named) {
      if (out.containsKey(a.id()) || ActorMerger.isAcronym(a.name()) || !a.id().equals(Slugs.slug(a.name()))) continue;
      if (!a.name().contains(" ") && bySurname.containsKey(ActorMerger.surnameKey(a.name()))) continue;
      String lower = lower(a);
      if (ActorRules.INSTITUTION_HEADS.contains(lower.substring(lower.lastIndexOf(' ') + 1))) continue;
      Actor hit = null;
      int found = 0;
      for (String h : ActorRules.INSTITUTION_HEADS) {
        if (h.contains(" ")) continue;
        // inverted(lower + " " + h), without splitting the name again for every head
        List<Actor> longer = byKey.get(lower.contains(" of ") ? lower + " " + h : h + " of " + lower);
        if (longer == null) continue;
        for (Actor b : longer) {
          if (b.id().equals(a.id()) || b.parent() != null) continue;
          Actor t = out.containsKey(b.id()) ? out.get(b.id()) : b;
          if (hit == null || !hit.id().equals(t.id())) found++;
          hit = t;
        }
      }
      if (found == 1) out.put(a.id(), hit);
    }
    // One owner before the same unit.
    Map<String, List<Actor>> byUnit = new HashMap<>();
    for (Actor a : named) {
      if (out.containsKey(a.id())) continue;
      String[] w = a.name().split("\\s+");
      for (int k = 1; k + 3 <= w.length; k++) {
        if (UNIT_HEADS.contains(w[k].toLowerCase(Locale.ROOT))) {
          byUnit.computeIfAbsent(String.join(" ", Arrays.copyOfRange(w, k, w.length)).toLowerCase(Locale.ROOT),
              x -> new ArrayList<>()).add(a);
          break;
        }
      }
    }
    for (Map.Entry<String, List<Actor>> e : byUnit.entrySet()) {
      List<Actor> group = e.getValue();
      if (group.size() < 2 || group.size() > 12) continue; // a dozen owners of one unit name: a common name, not variants
      int n = group.size();
      int[] root = new int[n];
      for (int i = 0; i < n; i++) root[i] = i;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (sameOwner(owner(group.get(i), e.getKey()), owner(group.get(j), e.getKey()))) root[find(root, j)] = find(root, i);
        }
      }
      Map<Integer, List<Actor>> parts = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) parts.computeIfAbsent(find(root, i), x -> new ArrayList<>()).add(group.get(i));
      for (List<Actor> part : parts.values()) into(part, counts, out);
    }
    return out;
  }

  /** The group's members join the most mentioned one (the first of them on a tie). */
  private static void into(List<Actor> group, Map<String, Integer> counts, Map<String, Actor> out) {
    if (group.size() < 2) return;
    Actor best = null;
    for (Actor a : group) if (best == null || counts.getOrDefault(a.id(), 0) > counts.getOrDefault(best.id(), 0)) best = a;
    for (Actor a : group) if (!a.id().equals(best.id())) out.putIfAbsent(a.id(), best);
  }

  private static String lower(Actor a) {
    return a.name().replaceFirst("^(?i)the\\s+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** "example protection bureau" -> "bureau of example protection"; names with the head first stay. */
  static String inverted(String lower) {
    String[] w = lower.split(" ");
    String last = w[w.length - 1];
    if (w.length >= 2 && ActorRules.INSTITUTION_HEADS.contains(last) && !lower.contains(" of ")) {
      return last + " of " + String.join(" ", Arrays.copyOfRange(w, 0, w.length - 1));
    }
    return lower;
  }

  private static String owner(Actor a, String unit) {
    String n = a.name().replaceFirst("^(?i)the\\s+", "");
    return n.substring(0, Math.max(0, n.length() - unit.length())).strip();
  }

  /** One owner written twice: equal, one a prefix of the other by words, or one the acronym of the other. */
  static boolean sameOwner(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) return false;
    String a = x.toLowerCase(Locale.ROOT);
    String b = y.toLowerCase(Locale.ROOT);
    if (a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ")) return true;
    if (ActorMerger.isAcronym(x) && !ActorMerger.isAcronym(y)) return ActorMerger.initials(y).equals(x.replace(".", ""));
    if (ActorMerger.isAcronym(y) && !ActorMerger.isAcronym(x)) return ActorMerger.initials(x).equals(y.replace(".", ""));
    return false;
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) i = root[i] = root[root[i]];
    return i;
  }
}
