package org.reportlens.aggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy theme taxonomy ({@code models/themes.tsv}): one theme per row with an id, a label and
 * '|'-separated cues (see the file's header for the format). Immutable and thread-safe.
 */
public record ThemeTaxonomy(List<Entry> themes) {
  /** One theme: stable id, label, cue terms as written in the file (lower case, '*' = prefix). */
  public record Entry(String id, String label, List<String> cues) {
    public Entry {
      if (id == null || id.isBlank() || label == null) throw new IllegalArgumentException("theme id/label");
      cues = List.copyOf(cues);
    }
  }

  public ThemeTaxonomy {
    themes = List.copyOf(themes);
  }

  /** Reads a taxonomy file; comment lines ('#') and the header row are skipped. */
  public static ThemeTaxonomy load(Path file) {
    return parse(ModelTsv.read(file), file.toString());
  }

  static ThemeTaxonomy parse(List<String> lines, String source) {
    List<Entry> out = new ArrayList<>();
    for (ModelTsv.Row r : ModelTsv.rows(lines, source, 3, "id, label, cues")) {
      out.add(new Entry(r.text(0), r.text(1), r.values(2)));
    }
    return new ThemeTaxonomy(out);
  }
}
