package org.reportlens.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reportlens.write.Table;

/**
 * Compares groups of reports on one facet: per group and term the count, the rate per 10,000 words,
 * the same for the rest of the batch, and the weighted log-odds ratio of the group against the rest
 * with its z-score ({@link LogOdds}). The prior is the whole batch's counts scaled to {@code priorSize}
 * pseudo-counts (0 = the batch's own total, i.e. one batch's worth of prior evidence). Rows: per group
 * (in name order), terms the group uses, most distinctive first (z descending, then term). Pure.
 */
public final class Comparison {
  public static final int RATE_PER = 10_000;

  /** One term in one group. */
  public record Row(String group, String term, String label, String type, long count, double rate, long restCount,
                    double restRate, double delta, double z) {}

  /** Group name -> its reports (in the order given). */
  public static Map<String, List<String>> groups(Grouping g, Iterable<String> reportIds) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String id : reportIds) {
      String grp = g.groupOf(id);
      if (grp != null) out.computeIfAbsent(grp, k -> new ArrayList<>()).add(id);
    }
    return out;
  }

  public static List<Row> compare(Counts counts, Map<String, List<String>> groups, Map<String, Long> words, double priorSize) {
    Map<String, Map<String, Long>> byGroup = new LinkedHashMap<>(); // term -> group -> count
    Map<String, Long> groupTotal = new LinkedHashMap<>();
    Map<String, Long> groupWords = new LinkedHashMap<>();
    long total = 0, allWords = 0;
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      long t = 0, w = 0;
      for (String r : g.getValue()) w += words.getOrDefault(r, 0L);
      for (String term : counts.terms()) {
        long c = 0;
        for (String r : g.getValue()) c += counts.count(term, r);
        if (c > 0) byGroup.computeIfAbsent(term, k -> new LinkedHashMap<>()).put(g.getKey(), c);
        t += c;
      }
      groupTotal.put(g.getKey(), t);
      groupWords.put(g.getKey(), w);
      total += t;
      allWords += w;
    }
    double a0 = priorSize > 0 ? priorSize : total;
    List<Row> rows = new ArrayList<>();
    for (String g : groups.keySet()) {
      long n = groupTotal.get(g), nRest = total - n;
      long w = groupWords.get(g), wRest = allWords - w;
      List<Row> mine = new ArrayList<>();
      for (Map.Entry<String, Map<String, Long>> e : byGroup.entrySet()) {
        long y = e.getValue().getOrDefault(g, 0L);
        if (y == 0) continue;
        long yAll = e.getValue().values().stream().mapToLong(Long::longValue).sum();
        LogOdds.Score s = LogOdds.score(y, n, yAll - y, nRest, a0);
        mine.add(new Row(g, e.getKey(), counts.label(e.getKey()), counts.type(e.getKey()), y, rate(y, w),
            yAll - y, rate(yAll - y, wRest), s.delta(), s.z()));
      }
      mine.sort(Comparator.comparingDouble((Row r) -> -r.z()).thenComparing(Row::term));
      rows.addAll(mine);
    }
    return rows;
  }

  static double rate(long count, long words) {
    return words <= 0 ? Double.NaN : count * (double) RATE_PER / words;
  }

  public static Table table(String fileName, List<Row> rows, Map<String, List<String>> groups, Map<String, Long> words) {
    List<List<String>> out = new ArrayList<>();
    for (Row r : rows) {
      long w = groups.get(r.group()).stream().mapToLong(id -> words.getOrDefault(id, 0L)).sum();
      out.add(List.of(r.group(), Integer.toString(groups.get(r.group()).size()), Long.toString(w), r.term(), r.label(),
          r.type(), Long.toString(r.count()), num(r.rate(), 2), Long.toString(r.restCount()), num(r.restRate(), 2),
          num(r.delta(), 4), num(r.z(), 3)));
    }
    return new Table(fileName, List.of("group", "group_reports", "group_words", "term_id", "term", "type", "count",
        "rate_per_10k_words", "rest_count", "rest_rate_per_10k_words", "log_odds", "z"), out);
  }

  static String num(double d, int scale) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return "";
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  /** The {@code top} most distinctive terms of a group (z above {@code minZ}), for the terminal. */
  public static List<Row> top(List<Row> rows, String group, int top, double minZ) {
    return rows.stream().filter(r -> r.group().equals(group) && r.z() >= minZ).limit(top).toList();
  }

  static String brief(Row r) {
    return String.format(Locale.ROOT, "%s (%.1f)", r.label(), r.z());
  }
}
