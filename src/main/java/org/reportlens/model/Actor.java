package org.reportlens.model;

import java.util.List;

/**
 * One real-world actor of an essay, its surface forms merged. {@code id} is stable across reports.
 * {@code parent} (schema 1.1) is the id of the actor it belongs to (an army, police or ministry to
 * its state, a spokesperson to the body), null when none. {@code holders} (schema 1.1) is, for an
 * office ("the Secretary-General", "the Prime Minister of Lebanon"), the ids of the persons the text
 * names as holding it, in order of first naming; empty for every other actor.
 */
public record Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
                    double salience, Evidence firstMention, String parent, List<String> holders) {
  public Actor {
    aliases = List.copyOf(aliases);
    holders = holders == null ? List.of() : List.copyOf(holders);
  }

  public Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
               double salience, Evidence firstMention, String parent) {
    this(id, name, type, aliases, mentions, salience, firstMention, parent, List.of());
  }

  public Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
               double salience, Evidence firstMention) {
    this(id, name, type, aliases, mentions, salience, firstMention, null, List.of());
  }
}
