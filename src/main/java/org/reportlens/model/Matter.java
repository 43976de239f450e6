package org.reportlens.model;

import java.util.List;

/**
 * Front or back matter kept beside the units (cover, contents, acronym list, publisher's foreword,
 * biographies, bibliography): nothing read is thrown away.
 *
 * @param pages null when unpaged or empty
 */
public record Matter(PageRange pages, String text, List<Part> parts) {
  public Matter {
    text = text == null ? "" : text;
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** One named piece of the matter: kind ("cover", "contents", "acronyms", "biographies" ...), its title as printed. */
  public record Part(String kind, String title, PageRange pages) {}

  public static Matter empty() { return new Matter(null, "", List.of()); }

  public boolean isEmpty() { return text.isBlank() && parts.isEmpty(); }
}
