package org.reportlens.model;

import java.util.List;

/** One real-world actor of an essay, its surface forms merged. {@code id} is stable across reports. */
public record Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
                    double salience, Evidence firstMention) {
  public Actor {
    aliases = List.copyOf(aliases);
  }
}
