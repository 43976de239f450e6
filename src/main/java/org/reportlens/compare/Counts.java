package org.reportlens.compare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of one facet (actors, themes, keyphrases) per report: term id -> report id -> count, plus a
 * label and a type per term for display. Filled by {@link Facets}; read by {@link Comparison}. Not thread-safe.
 */
public final class Counts {
  final String facet;
  final Map<String, Map<String, Long>> byTerm = new LinkedHashMap<>();
  final Map<String, Map<String, Long>> labels = new LinkedHashMap<>();
  final Map<String, String> types = new LinkedHashMap<>();

  public Counts(String facet) {
    this.facet = facet;
  }

  public void add(String term, String label, String type, String report, long n) {
    if (n <= 0 || term == null || term.isEmpty()) return;
    byTerm.computeIfAbsent(term, k -> new LinkedHashMap<>()).merge(report, n, Long::sum);
    labels.computeIfAbsent(term, k -> new LinkedHashMap<>()).merge(label == null ? term : label, n, Long::sum);
    if (type != null && !type.isEmpty()) types.putIfAbsent(term, type);
  }

  public String facet() { return facet; }

  /** The label seen with most counts (ties: first seen). */
  public String label(String term) {
    String best = term;
    long most = -1;
    for (Map.Entry<String, Long> e : labels.getOrDefault(term, Map.of()).entrySet()) {
      if (e.getValue() > most) { best = e.getKey(); most = e.getValue(); }
    }
    return best;
  }

  public String type(String term) { return types.getOrDefault(term, ""); }

  public long count(String term, String report) {
    return byTerm.getOrDefault(term, Map.of()).getOrDefault(report, 0L);
  }

  public Iterable<String> terms() { return byTerm.keySet(); }
}
