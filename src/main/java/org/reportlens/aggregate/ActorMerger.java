package org.reportlens.aggregate;

import java.text.Normalizer;
import org.reportlens.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.ActorType;

/**
 * Merges candidate surface forms into actors. Pure and thread-safe.
 *
 * <ul>
 *   <li>forms with a fixed id (gazetteer, defined acronyms) group by id;</li>
 *   <li>persons group by surname ("Jens Stoltenberg", "Stoltenberg", "Secretary General Stoltenberg";
 *       "Fayez al-Sarraj" and "Fayeze al Sarraj"), full names only when their first names agree;</li>
 *   <li>other tagged names group by their normalised name, join an actor whose name or alias they
 *       repeat, and an acronym joins the actor whose name it abbreviates ("GNA").</li>
 * </ul>
 */
final class ActorMerger {
  private ActorMerger() {}

  /** One merged actor: its mentions in text order and its distinct surface forms in order of appearance. */
  record Cluster(String id, String name, ActorType type, List<Candidate> mentions, List<String> surfaces, String parent) {
    Cluster(String id, String name, ActorType type, List<Candidate> mentions, List<String> surfaces) {
      this(id, name, type, mentions, surfaces, null);
    }
  }

  private static final class Builder {
    String id;
    String name;
    ActorType type;
    final List<Candidate> mentions = new ArrayList<>();
    boolean person;
    String surnameKey;
    String firstName;

    Builder(String id, String name, ActorType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }
  }

  static List<Cluster> merge(List<Candidate> candidates) {
    Map<String, Builder> byId = new LinkedHashMap<>();
    List<Builder> persons = new ArrayList<>();
    List<Candidate> personSingles = new ArrayList<>();
    List<Candidate> others = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.id() != null) {
        byId.computeIfAbsent(c.id(), k -> new Builder(c.id(), c.name(), c.type())).mentions.add(c);
      } else if (c.type() == ActorType.PERSON) {
        if (c.name().split("\\s+").length > 1) addPerson(persons, c); else personSingles.add(c);
      } else {
        others.add(c);
      }
    }
    // A surname alone joins the full name carrying it; else it stands as its own person.
    for (Candidate c : personSingles) {
      String key = surnameKey(c.name());
      Builder target = persons.stream().filter(p -> p.surnameKey.equals(key))
          .max(Comparator.comparingInt(p -> p.mentions.size())).orElse(null);
      if (target == null) {
        // A first name alone ("Tommy works on ...") joins the one full name starting with it.
        List<Builder> byFirst = persons.stream().filter(p -> p.firstName != null && p.firstName.equals(c.name())).toList();
        if (byFirst.size() == 1) target = byFirst.get(0);
      }
      if (target == null) {
        target = new Builder(null, c.name(), ActorType.PERSON);
        target.person = true;
        target.surnameKey = key;
        persons.add(target);
      }
      target.mentions.add(c);
    }
    for (Builder p : persons) {
      p.name = canonicalPersonName(p);
      p.id = Slugs.slug(p.name);
    }
    // Other tagged names: join an actor with that name or alias, else the actor it abbreviates, else its own.
    Map<String, Builder> byNorm = new HashMap<>();
    List<Builder> all = new ArrayList<>(byId.values());
    all.addAll(persons);
    for (Builder b : all) index(byNorm, b);
    List<Builder> fresh = new ArrayList<>();
    for (Candidate c : others) {
      String key = norm(c.name());
      Builder target = byNorm.get(key);
      if (target == null && isAcronym(c.name())) target = abbreviated(c.name(), all, fresh);
      if (target == null) {
        target = new Builder(null, c.name(), c.type());
        fresh.add(target);
        byNorm.put(key, target);
      }
      target.mentions.add(c);
      byNorm.putIfAbsent(norm(c.surface()), target);
    }
    // A full name later in the text absorbs an acronym seen before it.
    for (Builder b : new ArrayList<>(fresh)) {
      if (!isAcronym(b.name)) continue;
      for (Builder t : fresh) {
        if (t != b && !isAcronym(t.name) && initials(t.name).equals(b.name.toUpperCase(Locale.ROOT))) {
          t.mentions.addAll(b.mentions);
          b.mentions.clear();
          break;
        }
      }
    }
    for (Builder b : fresh) {
      if (b.mentions.isEmpty()) continue;
      b.name = mostFrequentName(b.mentions);
      b.type = majorityType(b.mentions);
      b.id = Slugs.slug(b.name);
      all.add(b);
    }
    // Two builders may still share an id (a tagged name equal to a gazetteer id's slug): fold them.
    Map<String, Builder> out = new LinkedHashMap<>();
    for (Builder b : all) {
      if (b.mentions.isEmpty()) continue;
      Builder prev = out.get(b.id);
      if (prev == null) out.put(b.id, b); else prev.mentions.addAll(b.mentions);
    }
    List<Cluster> clusters = new ArrayList<>();
    for (Builder b : out.values()) {
      b.mentions.sort(Comparator.comparingInt(m -> m.span().begin()));
      Set<String> surfaces = new LinkedHashSet<>();
      String parent = null;
      for (Candidate m : b.mentions) {
        surfaces.add(m.surface());
        if (parent == null && m.parent() != null && !m.parent().equals(b.id)) parent = m.parent();
      }
      clusters.add(new Cluster(b.id, b.name, b.type, List.copyOf(b.mentions), List.copyOf(surfaces), parent));
    }
    return clusters;
  }

  private static void index(Map<String, Builder> byNorm, Builder b) {
    byNorm.putIfAbsent(norm(b.name), b);
    for (Candidate m : b.mentions) byNorm.putIfAbsent(norm(m.surface()), b);
  }

  private static Builder abbreviated(String acronym, List<Builder> known, List<Builder> fresh) {
    String a = acronym.toUpperCase(Locale.ROOT).replace(".", "");
    for (List<Builder> l : List.of(known, fresh)) {
      for (Builder b : l) if (!b.person && !isAcronym(b.name) && initials(b.name).equals(a)) return b;
    }
    return null;
  }

  private static void addPerson(List<Builder> persons, Candidate c) {
    String key = surnameKey(c.name());
    String first = c.name().split("\\s+")[0];
    for (Builder p : persons) {
      if (p.surnameKey.equals(key) && (p.firstName == null || sameFirstName(p.firstName, first))) {
        if (p.firstName == null) p.firstName = first;
        p.mentions.add(c);
        return;
      }
    }
    Builder b = new Builder(null, c.name(), ActorType.PERSON);
    b.person = true;
    b.surnameKey = key;
    b.firstName = first;
    b.mentions.add(c);
    persons.add(b);
  }

  /** Same first name, an initial of it, or a spelling variant ("Fayez"/"Fayeze"). */
  static boolean sameFirstName(String a, String b) {
    String x = fold(a).replace(".", "");
    String y = fold(b).replace(".", "");
    if (x.equals(y)) return true;
    if (x.length() == 1 || y.length() == 1) return x.charAt(0) == y.charAt(0);
    // A short form of the first name: "Stan" / "Stanley", "Alex" / "Alexander".
    if (Math.min(x.length(), y.length()) >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
    return Math.min(x.length(), y.length()) >= 4 && x.charAt(0) == y.charAt(0) && Words.editDistance(x, y) <= 2;
  }

  /** The last word of a name without Arabic/European particles: "al-Sarraj", "al Sarraj" -> "sarraj". */
  static String surnameKey(String name) {
    String[] w = name.strip().split("\\s+");
    int k = w.length - 1;
    while (k > 0 && w[k].matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) k--;
    String last = fold(w[k]).replaceAll("^(al|el|ad|as|an|ar|at|az|ash|ibn|bin|ben)[-'’]", "");
    return last.replaceAll("[^a-z0-9]", "");
  }

  private static String canonicalPersonName(Builder p) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Candidate m : p.mentions) if (m.name().split("\\s+").length > 1) counts.merge(m.name(), 1, Integer::sum);
    if (counts.isEmpty()) return p.mentions.get(0).name();
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
  }

  private static String mostFrequentName(List<Candidate> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Candidate m : mentions) counts.merge(m.name(), isAcronym(m.name()) ? 1 : 2, Integer::sum); // prefer the full name
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
  }

  private static ActorType majorityType(List<Candidate> mentions) {
    Map<ActorType, Integer> counts = new LinkedHashMap<>();
    for (Candidate m : mentions) counts.merge(m.type(), 1, Integer::sum);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
  }

  static boolean isAcronym(String s) {
    String letters = s.replaceAll("[^\\p{L}]", "");
    return letters.length() >= 2 && letters.length() <= 8 && !s.contains(" ")
        && letters.chars().filter(Character::isUpperCase).count() >= letters.length() - 1;
  }

  /** Initials of the capitalised words of a name: "Government of National Accord" -> "GNA". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s\\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
    }
    return b.toString();
  }

  static String norm(String s) {
    String x = fold(s).replaceAll("^the\\s+", "").replaceAll("['’]s$", "");
    return x.replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }
}
