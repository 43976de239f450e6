package org.reportlens.aggregate;

import org.reportlens.model.TextSpan;

/** One occurrence of a gazetteer form in a text, and which column of the entry the form came from. */
public record GazetteerMatch(GazetteerEntry entry, TextSpan span, String text, Kind kind) {
  public enum Kind { NAME, ALIAS, DEMONYM, CAPITAL, CONTEXTUAL }
}
