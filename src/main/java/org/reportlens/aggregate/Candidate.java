package org.reportlens.aggregate;

import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * One surface form in the text that may denote an actor, before merging.
 *
 * @param surface  the form as it stands in the text (possessive dropped)
 * @param name     the form normalised as a name (no "the", no titles)
 * @param id       the actor id when the source fixes it (gazetteer, defined acronym), else null
 * @param nerLabel the tagger's label when the form comes from the tagger, else null
 * @param parent   the id of the actor this one belongs to (an army to its state), else null
 */
record Candidate(TextSpan span, String surface, String name, ActorType type, String id, String nerLabel, String parent) {
  Candidate(TextSpan span, String surface, String name, ActorType type, String id, String nerLabel) {
    this(span, surface, name, type, id, nerLabel, null);
  }

  Candidate withType(ActorType t) {
    return new Candidate(span, surface, name, t, id, nerLabel, parent);
  }
}
