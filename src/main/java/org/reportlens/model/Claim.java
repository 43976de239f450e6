package org.reportlens.model;

import java.util.List;

/** An author's own assertion, with the actors it names. */
public record Claim(String text, ClaimKind kind, List<String> actorIds, Integer page) {
  public Claim {
    actorIds = List.copyOf(actorIds);
  }
}
