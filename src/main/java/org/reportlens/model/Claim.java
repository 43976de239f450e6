package org.reportlens.model;

import java.util.List;

/** An author's own assertion, with the actors it names and its section (schema 1.1). */
public record Claim(String text, ClaimKind kind, List<String> actorIds, Integer page, String section) {
  public Claim {
    actorIds = List.copyOf(actorIds);
  }

  public Claim(String text, ClaimKind kind, List<String> actorIds, Integer page) {
    this(text, kind, actorIds, page, null);
  }

  public Claim withSection(String newSection) { return new Claim(text, kind, actorIds, page, newSection); }
}
