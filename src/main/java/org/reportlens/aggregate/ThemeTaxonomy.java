package org.reportlens.aggregate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read theme taxonomy " + file, e);
    }
  }

  static ThemeTaxonomy parse(List<String> lines, String source) {
    List<Entry> out = new ArrayList<>();
    boolean header = true;
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) continue;
      if (header) {
        header = false;
        continue;
      }
      String[] col = line.split("\t", -1);
      if (col.length < 3) throw new IllegalArgumentException(source + ":" + n + ": expected id, label, cues");
      List<String> cues = Arrays.stream(col[2].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      out.add(new Entry(col[0].trim(), col[1].trim(), cues));
    }
    return new ThemeTaxonomy(out);
  }
}
