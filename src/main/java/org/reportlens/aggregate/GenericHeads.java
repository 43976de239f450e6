package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actors named by a generic head alone ("the Panel", "the Court", "the Bureau", "the Working Group",
 * "the Central Bank") or by a head and its complement cut short ("the Panel of Experts"): they
 * join the one actor of the essay whose name begins with or contains that head ("Panel of Experts on
 * Haiti"); when there is none, the id is qualified by the complement the text attaches to the head
 * most often ("panel of experts on Haiti" -> {@code panel-of-experts-on-haiti}), so that two reports'
 * panels never share an id. With neither, the head stays as it is. Pure.
 */
final class GenericHeads {
  private GenericHeads() {}

  /** A complement: "of|on|for" and up to two words, then capitalised ones ("of experts on Haiti"). */
  private static final String COMPLEMENT =
      "\\s+(?:of|on|for)(?:\\s+[\\p{L}\\-]+){0,2}?\\s+\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)*";

  static List<ActorMerger.Cluster> qualify(List<ActorMerger.Cluster> clusters, String text) {
    Map<String, ActorMerger.Cluster> byId = new LinkedHashMap<>();
    for (ActorMerger.Cluster c : clusters) byId.put(c.id(), c);
    Map<String, String> into = new HashMap<>();
    for (ActorMerger.Cluster c : clusters) {
      String head = genericHead(c);
      if (head == null) continue;
      String lower = c.name().toLowerCase(Locale.ROOT);
      ActorMerger.Cluster target = null;
      int found = 0;
      for (ActorMerger.Cluster o : clusters) {
        if (o == c || o.type() == org.reportlens.model.ActorType.PERSON) continue;
        String on = o.name().toLowerCase(Locale.ROOT);
        if (on.length() > lower.length() && (on.startsWith(lower + " ") || on.endsWith(" " + lower)
            || on.contains(" " + lower + " ") || (lower.equals(head) && containsWord(on, head)))) {
          target = o;
          found++;
        }
      }
      if (found == 1) into.put(c.id(), target.id());
    }
    List<ActorMerger.Cluster> out = new ArrayList<>();
    for (ActorMerger.Cluster c : clusters) {
      if (into.containsKey(c.id())) continue;
      List<Candidate> mentions = new ArrayList<>(c.mentions());
      for (Map.Entry<String, String> e : into.entrySet()) {
        if (e.getValue().equals(c.id())) mentions.addAll(byId.get(e.getKey()).mentions());
      }
      ActorMerger.Cluster k = c;
      if (mentions.size() != c.mentions().size()) {
        mentions.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        Set<String> surfaces = new LinkedHashSet<>();
        for (Candidate m : mentions) surfaces.add(m.surface());
        k = new ActorMerger.Cluster(c.id(), c.name(), c.type(), List.copyOf(mentions), List.copyOf(surfaces), c.parent());
      } else if (genericHead(c) != null) {
        String complement = mostFrequentComplement(c.name(), text);
        if (complement != null) {
          k = new ActorMerger.Cluster(Slugs.slug(c.name() + complement), c.name(), c.type(), c.mentions(), c.surfaces(), c.parent());
        }
      }
      out.add(k);
    }
    return out;
  }

  /** The generic head a cluster's name consists of (possibly with a complement cut short), or null. */
  static String genericHead(ActorMerger.Cluster c) {
    if (c.type() == org.reportlens.model.ActorType.PERSON) return null;
    if (!c.mentions().isEmpty() && c.mentions().get(0).id() != null && !c.id().equals(Slugs.slug(c.name()))) return null;
    String n = c.name().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    for (String h : ActorRules.INSTITUTION_HEADS) {
      if (n.equals(h)) return h;
      if (n.startsWith(h + " of ") && n.split("\\s+").length <= 4) return h; // "panel of experts"
    }
    return null;
  }

  private static boolean containsWord(String s, String w) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(s).find();
  }

  /** The complement most often attached to {@code name} in the text, with its leading space, or null. */
  static String mostFrequentComplement(String name, String text) {
    Matcher m = Pattern.compile("(?i:" + Pattern.quote(name) + ")" + COMPLEMENT).matcher(text);
    Map<String, Integer> counts = new LinkedHashMap<>();
    while (m.find()) {
      String comp = m.group().substring(name.length()).replaceAll("\\s+", " ");
      if (comp.isBlank() || !comp.matches(".*\\p{Lu}.*") || Offices.DATE_WORD.matcher(comp).lookingAt()) continue;
      counts.merge(comp, 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }
}
