package org.reportlens.model;

import java.util.List;

/**
 * One real-world actor of an essay, its surface forms merged. {@code id} is stable across reports.
 * {@code parent} (schema 1.1) is the id of the actor it belongs to (an army, police or ministry to
 * its state, a spokesperson to the body), null when none.
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
                    double salience, Evidence firstMention, String parent) {
  public Actor {
    aliases = List.copyOf(aliases);
  }

  public Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
               double salience, Evidence firstMention) {
    this(id, name, type, aliases, mentions, salience, firstMention, null);
  }
}
