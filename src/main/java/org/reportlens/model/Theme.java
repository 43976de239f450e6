package org.reportlens.model;

import java.util.List;

/** A taxonomy theme found in an essay, with the cue phrases that matched and evidence sentences. */
public record Theme(String id, String label, double score, List<String> keyphrases, List<Evidence> evidence) {
  public Theme {
    keyphrases = List.copyOf(keyphrases);
    evidence = List.copyOf(evidence);
  }
}
