package org.reportlens.model;

import java.util.List;

/** Everything the aggregators found in one essay. Lists are never null. */
public record EssayAnalysis(List<Actor> actors, List<Relation> relations, List<QuotedClaim> quotedClaims,
                            List<Claim> claims, List<Theme> themes, List<Keyphrase> keyphrases) {
  public EssayAnalysis {
    actors = List.copyOf(actors);
    relations = List.copyOf(relations);
    quotedClaims = List.copyOf(quotedClaims);
    claims = List.copyOf(claims);
    themes = List.copyOf(themes);
    keyphrases = List.copyOf(keyphrases);
  }

  public static EssayAnalysis empty() { return new EssayAnalysis(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()); }
}
