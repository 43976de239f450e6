package org.reportlens.aggregate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.TextSpan;

/**
 * How many of the tagger's PERSON, ORGANIZATION and place mentions of one or more essays ended up in
 * an actor, and why the others did not (by {@link ActorRejection}; {@code unexplained} counts those
 * no rule claims, which should stay 0). Immutable; {@link #plus} adds two audits.
 */
public record ActorRecall(int mentions, int covered, Map<ActorRejection, Integer> rejected, int unexplained,
                          Map<String, Map<String, Integer>> examples) {
  /** Examples listed per rule (and for "unexplained"): the most frequent forms, with the word before them. */
  static final int EXAMPLES = 10;

  public ActorRecall {
    rejected = Map.copyOf(rejected);
    examples = Map.copyOf(examples);
  }

  public static final ActorRecall NONE = new ActorRecall(0, 0, Map.of(), 0, Map.of());

  /** The types audited: persons, organisations and places (not nationalities, titles or MISC). */
  static boolean audited(MentionType t) {
    return switch (t) {
      case PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION -> true;
      default -> false;
    };
  }

  /**
   * Audits one essay: a tagger mention is covered when an actor mention overlaps it; else the rule
   * that rejected it (from {@code why}) is counted. Each example form carries the word before it in
   * {@code text} ("the States").
   */
  static ActorRecall of(List<Mention> tagged, List<ActorMention> resolved, Map<TextSpan, ActorRejection> why, String text) {
    int n = 0;
    int covered = 0;
    int unexplained = 0;
    Map<ActorRejection, Integer> rejected = new EnumMap<>(ActorRejection.class);
    Map<String, Map<String, Integer>> examples = new java.util.TreeMap<>();
    // Both lists are in text order: one sweep.
    int j = 0;
    for (Mention m : tagged) {
      if (!audited(m.type())) continue;
      n++;
      while (j < resolved.size() && resolved.get(j).span().end() <= m.span().begin()) j++;
      boolean hit = false;
      for (int k = j; k < resolved.size() && resolved.get(k).span().begin() < m.span().end(); k++) {
        if (resolved.get(k).span().end() > m.span().begin()) { hit = true; break; }
      }
      if (hit) covered++;
      else {
        ActorRejection r = why.get(m.span());
        if (r == null) unexplained++; else rejected.merge(r, 1, Integer::sum);
        String form = (wordBefore(text, m.span().begin()) + " " + m.text().replaceAll("\\s+", " ")).strip() + "/" + m.type();
        examples.computeIfAbsent(r == null ? "unexplained" : r.label(), k -> new java.util.HashMap<>()).merge(form, 1, Integer::sum);
      }
    }
    return new ActorRecall(n, covered, rejected, unexplained, examples);
  }

  public ActorRecall plus(ActorRecall o) {
    Map<ActorRejection, Integer> r = new EnumMap<>(ActorRejection.class);
    r.putAll(rejected);
    o.rejected.forEach((k, v) -> r.merge(k, v, Integer::sum));
    Map<String, Map<String, Integer>> ex = new java.util.TreeMap<>();
    for (Map<String, Map<String, Integer>> part : List.of(examples, o.examples)) {
      part.forEach((k, v) -> {
        Map<String, Integer> l = ex.computeIfAbsent(k, x -> new java.util.HashMap<>());
        v.forEach((f, n) -> l.merge(f, n, Integer::sum));
      });
    }
    return new ActorRecall(mentions + o.mentions, covered + o.covered, r, unexplained + o.unexplained, ex);
  }

  public double share() { return mentions == 0 ? 1.0 : (double) covered / mentions; }

  /** {@link #format()}, each rule followed by examples of the mentions it declined. */
  public String format(boolean withExamples) {
    if (!withExamples) return format();
    StringBuilder b = new StringBuilder(format());
    examples.forEach((k, v) -> b.append("  e.g. ").append(k).append(": ").append(String.join(" | ", v.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(EXAMPLES).map(e -> e.getKey() + " x" + e.getValue()).toList())).append('\n'));
    return b.toString();
  }

  /** The word (or punctuation run) just before {@code offset}, on the same line; "" at a line's start. */
  private static String wordBefore(String text, int offset) {
    int e = Math.min(offset, text.length());
    while (e > 0 && text.charAt(e - 1) == ' ') e--;
    int b = e;
    while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) b--;
    return text.substring(b, e);
  }

  /** Lines for a terminal: the share, then each rule with its count, most frequent first. */
  public String format() {
    StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT,
        "actor recall: %.3f of the tagger's person/organisation/place mentions in an actor (%d/%d)%n",
        share(), covered, mentions));
    rejected.entrySet().stream().sorted(Map.Entry.<ActorRejection, Integer>comparingByValue().reversed())
        .forEach(e -> b.append(String.format(java.util.Locale.ROOT, "  rejected %-18s %6d  %s%n",
            e.getKey().label(), e.getValue(), e.getKey().description())));
    if (unexplained > 0) b.append(String.format(java.util.Locale.ROOT, "  unexplained %15d%n", unexplained));
    return b.toString();
  }
}
