package org.reportlens.aggregate;

import java.util.List;
import org.reportlens.model.ActorType;

/**
 * One row of the actor gazetteer ({@code models/actors.tsv}).
 *
 * @param id         stable slug, the actor id in every report
 * @param aliases    forms that unambiguously denote the actor
 * @param demonyms   adjective / people forms ("Iranian", "Iranians")
 * @param capitals   seats of government used metonymically ("Tehran", "White House")
 * @param contextual forms valid only when the actor is named (name or alias) elsewhere in the same text
 * @param event      the row names an event or military operation (type EVENT in the file): its forms are
 *                   matched so that the tagger's ORGANIZATION on them is overruled, but they are no actor
 */
public record GazetteerEntry(String id, ActorType type, String name, List<String> aliases, List<String> demonyms,
                             List<String> capitals, List<String> contextual, boolean event) {
  public GazetteerEntry(String id, ActorType type, String name, List<String> aliases, List<String> demonyms,
                        List<String> capitals, List<String> contextual) {
    this(id, type, name, aliases, demonyms, capitals, contextual, false);
  }

  public GazetteerEntry {
    if (id == null || id.isBlank() || name == null || name.isBlank()) throw new IllegalArgumentException("gazetteer id/name");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    contextual = List.copyOf(contextual);
  }

  /** The people form used as a GROUP actor's name: the plural demonym ("Libyans"), else the first one. */
  public String peopleName() {
    for (String d : demonyms) if (d.endsWith("s") && demonyms.contains(d.substring(0, d.length() - 1))) return d;
    return demonyms.isEmpty() ? name : demonyms.get(0);
  }
}
