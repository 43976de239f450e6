package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;

/**
 * One id per actor across the essays of a report, so that the report's tables do not split it:
 * persons named by surname only join the one full name ({@link PersonIds}); full names that differ
 * only by a middle name or a short first name join ("Cass Sunstein", "Cass R. Sunstein"; "Stan" /
 * "Stanley McChrystal"); an acronym joins the one name of the report it abbreviates ("MIT",
 * "CSC"); a generic head or a name cut short joins the one longer name that carries it ("the
 * Parliament" / "Finnish Parliament", "High Court" / "High Court of Australia"). The rest keeps its
 * id. Depends only on the report's own actors. Pure.
 */
public final class ReportActors {
  private ReportActors() {}

  private record Target(String id, String name, String parent) {}

  public static List<ResolvedActors> unify(List<ResolvedActors> essays) {
    // Full-name variants first, so that a surname alone then finds one full name.
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Target> rename = new HashMap<>();
    persons(actors(essays, mentions), mentions, rename);
    List<ResolvedActors> in = PersonIds.unify(apply(essays, rename));
    rename.clear();
    Map<String, Integer> counts = new HashMap<>();
    List<Actor> all = new ArrayList<>();
    actors(in, counts).forEach(all::add);
    others(all, counts, rename);
    for (Map.Entry<String, Actor> e : NameVariants.join(all, counts, Set.copyOf(rename.keySet())).entrySet()) {
      Actor t = e.getValue();
      rename.putIfAbsent(e.getKey(), new Target(t.id(), t.name(), t.parent()));
    }
    // No chains: a target renamed itself points to its own target.
    for (Map.Entry<String, Target> e : rename.entrySet()) {
      Target t = e.getValue();
      for (int guard = 0; rename.containsKey(t.id()) && guard < 5; guard++) t = rename.get(t.id());
      e.setValue(t);
    }
    rename.entrySet().removeIf(e -> e.getKey().equals(e.getValue().id()));
    return apply(in, rename);
  }

  private static Iterable<Actor> actors(List<ResolvedActors> essays, Map<String, Integer> mentions) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    for (ResolvedActors r : essays) {
      for (Actor a : r.actors()) {
        byId.putIfAbsent(a.id(), a);
        mentions.merge(a.id(), a.mentions(), Integer::sum);
      }
    }
    return byId.values();
  }

  private static List<ResolvedActors> apply(List<ResolvedActors> essays, Map<String, Target> rename) {
    if (rename.isEmpty()) return essays;
    List<ResolvedActors> out = new ArrayList<>();
    for (ResolvedActors r : essays) out.add(apply(r, rename));
    return out;
  }

  /** Full names with one surname and compatible first names: the most mentioned one's id. */
  private static void persons(Iterable<Actor> actors, Map<String, Integer> mentions, Map<String, Target> rename) {
    Map<String, List<Actor>> bySurname = new LinkedHashMap<>();
    for (Actor a : actors) {
      if (a.type() == ActorType.PERSON && a.name().contains(" ")) {
        bySurname.computeIfAbsent(ActorMerger.surnameKey(a.name()), k -> new ArrayList<>()).add(a);
      }
    }
    for (List<Actor> group : bySurname.values()) {
      if (group.size() < 2) continue;
      group.sort(Comparator.comparingInt((Actor a) -> -mentions.get(a.id())).thenComparing(a -> -a.name().length())
          .thenComparing(Actor::id));
      List<Actor> heads = new ArrayList<>();
      for (Actor a : group) {
        Actor head = null;
        for (Actor h : heads) if (sameFirst(h.name(), a.name())) { head = h; break; }
        if (head == null) heads.add(a);
        else rename.put(a.id(), new Target(head.id(), head.name(), head.parent()));
      }
    }
  }

  /** Compatible first names, a quoted nickname counting as one ("Alex ‘Sandy’ Pentland", "Sandy Pentland"). */
  private static boolean sameFirst(String a, String b) {
    if (ActorMerger.sameFirstName(first(a), first(b))) return true;
    String na = nickname(a);
    String nb = nickname(b);
    return (na != null && na.equals(first(b))) || (nb != null && nb.equals(first(a)));
  }

  private static String nickname(String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[“‘\"']([^“”‘’\"']+)[”’\"']").matcher(name);
    return m.find() ? m.group(1).strip() : null;
  }

  private static String first(String name) {
    return name.replaceAll("[“”‘’\"'][^“”‘’\"']*[“”‘’\"']", " ").strip().split("\\s+")[0];
  }

  /**
   * Acronyms and generic heads joining the one longer name of the report that they stand for. Linear
   * in the actors: every name is indexed once by its initials and by its runs of up to
   * {@link #MAX_GENERIC_WORDS} words, and each acronym or generic name looks itself up there.
   */
  private static void others(List<Actor> actors, Map<String, Integer> counts, Map<String, Target> rename) {
    List<Actor> named = new ArrayList<>();
    for (Actor a : actors) if (a.type() != ActorType.PERSON && !rename.containsKey(a.id())) named.add(a);
    Map<String, List<Integer>> byInitials = new HashMap<>();
    Map<String, List<Integer>> byRun = new HashMap<>();
    for (int i = 0; i < named.size(); i++) {
      String bn = bare(named.get(i).name());
      if (!ActorMerger.isAcronym(bn)) {
        index(byInitials, ActorMerger.initials(bn), i);
        int and = bn.lastIndexOf(" and ");
        if (and > 0) index(byInitials, ActorMerger.initials(bn.substring(0, and)), i);
      }
      // Every run of words shorter than the whole name, split at single spaces as the containment test was.
      String[] w = bn.toLowerCase(Locale.ROOT).split(" ", -1);
      for (int from = 0; from < w.length; from++) {
        for (int len = 1; len <= MAX_GENERIC_WORDS && from + len <= w.length; len++) {
          if (len == w.length) continue;
          index(byRun, String.join(" ", java.util.Arrays.asList(w).subList(from, from + len)), i);
        }
      }
    }
    for (int i = 0; i < named.size(); i++) {
      Actor a = named.get(i);
      String n = bare(a.name());
      String lower = n.toLowerCase(Locale.ROOT);
      boolean acronym = ActorMerger.isAcronym(n);
      boolean generic = isGeneric(lower);
      if (!acronym && !generic) continue;
      List<Integer> found;
      if (acronym) {
        found = byInitials.getOrDefault(n.toUpperCase(Locale.ROOT).replace(".", ""), List.of());
      } else if (lower.split(" ", -1).length <= MAX_GENERIC_WORDS) {
        found = byRun.getOrDefault(lower, List.of());
        // "Appeals Court" is carried by "State Court of Appeals" with its head first.
        String inverted = NameVariants.inverted(lower);
        if (found.isEmpty() && !inverted.equals(lower)) found = byRun.getOrDefault(inverted, List.of());
      } else {
        found = scan(named, lower); // a head of more words than indexed: not one of today's heads
      }
      Set<String> hits = new LinkedHashSet<>();
      Actor hit = null;
      for (int k : found) {
        Actor b = named.get(k);
        if (k == i || b.id().equals(a.id())) continue;
        if (hits.add(b.id())) hit = b;
      }
      if (hits.size() > 1 && generic) hit = dominant(named, found, hits, counts);
      if (hits.size() == 1 || (hits.size() > 1 && hit != null)) rename.put(a.id(), new Target(hit.id(), hit.name(), hit.parent()));
    }
  }

  /** Longest generic name looked up in the index, in words: the heads have at most two, with two words before. */
  private static final int MAX_GENERIC_WORDS = 4;

  private static String bare(String name) {
    return name.replaceFirst("^(?i)the\\s+", "");
  }

  private static void index(Map<String, List<Integer>> index, String key, int i) {
    List<Integer> at = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (at.isEmpty() || at.get(at.size() - 1) != i) at.add(i);
  }

  /** The names that carry {@code lower} as a run of words, by a plain scan (kept for heads longer than indexed). */
  private static List<Integer> scan(List<Actor> named, String lower) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < named.size(); k++) {
      String bl = bare(named.get(k).name()).toLowerCase(Locale.ROOT);
      if (bl.length() > lower.length() && (bl.startsWith(lower + " ") || bl.endsWith(" " + lower) || bl.contains(" " + lower + " "))) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Among several names carrying a generic head, the one the report names at least three times as
   * often as any other (the report's subject: "the Commission" of a commission's report), or null.
   */
  private static Actor dominant(List<Actor> named, List<Integer> found, Set<String> ids, Map<String, Integer> counts) {
    Actor best = null;
    int first = 0;
    int second = 0;
    for (int k : found) {
      Actor b = named.get(k);
      if (!ids.contains(b.id())) continue;
      int n = counts.getOrDefault(b.id(), 0);
      if (n > first) { second = first; first = n; best = b; } else if (n > second) second = n;
    }
    return first >= 3 * Math.max(1, second) ? best : null;
  }

  /** A name made of an institution head, possibly with words before it ("High Court", "Parliament"). */
  private static boolean isGeneric(String lower) {
    for (String h : ActorRules.INSTITUTION_HEADS) {
      if (lower.equals(h) || (lower.endsWith(" " + h) && lower.split("\\s+").length <= 3)) return true;
    }
    return false;
  }

  /** The holders of an office under their new ids. */
  private static Actor withHolders(Actor a, List<String> holders, Map<String, Target> rename) {
    List<String> ids = new ArrayList<>();
    for (String h : holders) {
      String id = rename.containsKey(h) ? rename.get(h).id() : h;
      if (!ids.contains(id)) ids.add(id);
    }
    return new Actor(a.id(), a.name(), a.type(), a.aliases(), a.mentions(), a.salience(), a.firstMention(), a.parent(), ids);
  }

  private static List<String> union(List<String> a, List<String> b) {
    if (b.isEmpty()) return a;
    Set<String> u = new LinkedHashSet<>(a);
    u.addAll(b);
    return List.copyOf(u);
  }

  private static ResolvedActors apply(ResolvedActors r, Map<String, Target> rename) {
    Map<String, Actor> out = new LinkedHashMap<>();
    for (Actor a : r.actors()) {
      Target t = rename.get(a.id());
      Actor x = a;
      if (t != null) {
        List<String> aliases = new ArrayList<>(a.aliases());
        if (!aliases.contains(a.name()) && !a.name().equals(t.name())) aliases.add(0, a.name());
        x = new Actor(t.id(), t.name(), a.type(), aliases, a.mentions(), a.salience(), a.firstMention(), t.parent(), a.holders());
      }
      if (!x.holders().isEmpty()) x = withHolders(x, x.holders(), rename);
      Actor prev = out.get(x.id());
      if (prev == null) {
        out.put(x.id(), x);
      } else {
        List<String> aliases = new ArrayList<>(prev.aliases());
        for (String s : x.aliases()) if (!aliases.contains(s) && !s.equals(prev.name())) aliases.add(s);
        if (!x.name().equals(prev.name()) && !aliases.contains(x.name())) aliases.add(x.name());
        out.put(x.id(), new Actor(prev.id(), prev.name(), prev.type(), aliases, prev.mentions() + x.mentions(),
            Math.round((prev.salience() + x.salience()) * 10_000) / 10_000.0, prev.firstMention(),
            prev.parent() != null ? prev.parent() : x.parent(), union(prev.holders(), x.holders())));
      }
    }
    List<Actor> actors = new ArrayList<>(out.values());
    actors.sort(Comparator.comparingDouble(Actor::salience).reversed()
        .thenComparing(Comparator.comparingInt(Actor::mentions).reversed()).thenComparing(Actor::id));
    List<ActorMention> mentions = r.mentions().stream()
        .map(m -> rename.containsKey(m.actorId()) ? new ActorMention(rename.get(m.actorId()).id(), m.span(), m.text(), m.sentence()) : m)
        .toList();
    return new ResolvedActors(actors, mentions);
  }
}
