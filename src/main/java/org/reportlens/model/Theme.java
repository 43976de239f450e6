package org.reportlens.model;

import java.util.List;

/**
 * A taxonomy theme found in an essay, with the cue phrases that matched and evidence sentences.
 *
 * @param hits cue matches counted for the score (a comparison needs counts, not scores); null when unknown
 */
public record Theme(String id, String label, double score, List<String> keyphrases, List<Evidence> evidence,
                    Integer hits) {
  public Theme {
    keyphrases = List.copyOf(keyphrases);
    evidence = List.copyOf(evidence);
  }

  public Theme(String id, String label, double score, List<String> keyphrases, List<Evidence> evidence) {
    this(id, label, score, keyphrases, evidence, null);
  }
}
