package org.reportlens.aggregate;

import java.util.List;
import org.reportlens.model.Actor;

/** An essay's actors (sorted by salience) and every mention resolved to one of them (in text order). */
public record ResolvedActors(List<Actor> actors, List<ActorMention> mentions) {
  public ResolvedActors {
    actors = List.copyOf(actors);
    mentions = List.copyOf(mentions);
  }
}
