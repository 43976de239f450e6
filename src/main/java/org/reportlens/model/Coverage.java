package org.reportlens.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where every word extraction read went: units, footnotes, front/back matter, or a named dropped
 * category (header, footer, pageNumber, figureText, contents ...). {@code ratio} =
 * (essay + footnote + matter) / (extracted - dropped); a run warns under {@link #WARN_BELOW}.
 */
public record Coverage(int extractedWords, int essayWords, int footnoteWords, int matterWords,
                       int droppedWords, Map<String, Integer> dropped, double ratio) {
  public static final double WARN_BELOW = 0.99;

  public Coverage {
    dropped = dropped == null ? Map.of() : Map.copyOf(new TreeMap<>(dropped));
  }

  /** Computes the ratio from the counts; 1.0 when nothing was kept to account for. */
  public static Coverage of(int extracted, int essay, int footnote, int matter, Map<String, Integer> dropped) {
    int d = dropped == null ? 0 : dropped.values().stream().mapToInt(Integer::intValue).sum();
    int base = extracted - d;
    double ratio = base <= 0 ? 1.0 : Math.min(1.0, (essay + footnote + matter) / (double) base);
    return new Coverage(extracted, essay, footnote, matter, d, dropped, ratio);
  }
}
