package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Evidence;
import org.reportlens.model.Sentence;
import org.reportlens.model.Theme;

/**
 * Scores the taxonomy's themes in one essay by cue hits.
 *
 * <p>A cue matches case-insensitively on word boundaries; multi-word cues match across any whitespace
 * (line breaks included); a trailing '*' matches any word continuation, a '?' any one letter. Overlapping hits of one theme
 * count once (the longest cue wins). A theme is kept when it has at least {@value #MIN_HITS} hits from
 * at least two distinct cues, or {@value #MIN_HITS_ONE_CUE} hits of one cue. Its score is
 * {@code d / (d + 10)} with {@code d} = hits per 1,000 words: comparable across essays of any length,
 * 0.5 at 10 hits per 1,000 words. Keyphrases are the matched cue phrases as written (most frequent
 * first, at most {@value #MAX_KEYPHRASES}); evidence the sentences with the most distinct cues (at most
 * {@value #MAX_EVIDENCE}). Themes sorted by score, highest first. Thread-safe (compiled patterns only).
 *
 * <p>Context: a cue written {@code "2 per cent [gdp, defence, military]"} counts only with one of the
 * bracketed words within {@value #CONTEXT_CHARS} characters (a number alone says nothing about the
 * subject); and a cue inside a longer proper name ("Disarmament Commission", "Department of Energy")
 * does not count, since the name refers to a body, not the subject ({@link CueContext}).
 */
public final class ThemeAggregator {
  static final int MIN_HITS = 2;
  static final int MIN_HITS_ONE_CUE = 4;
  static final int MAX_KEYPHRASES = 8;
  static final int MAX_EVIDENCE = 3;

  /** A cue's pattern and, for a cue written {@code "2 per cent [gdp, defence]"}, the words one of which must be near. */
  private record Cue(Pattern pattern, List<Pattern> context) {}

  private record Compiled(ThemeTaxonomy.Entry entry, List<Cue> cues) {}

  /** How far (characters, either side) a cue's context word may be. */
  static final int CONTEXT_CHARS = 80;

  private final List<Compiled> themes = new ArrayList<>();
  /**
   * Cues by the first one or two letters they start with ([theme, cue] pairs): every cue starts at a
   * word start, so the text is walked once and only the few cues starting with its letters are tried
   * there — scanning the text once per cue (600 cues) cost more than CoreNLP itself.
   */
  private final Map<String, List<int[]>> byStart = new HashMap<>();

  public ThemeAggregator(ThemeTaxonomy taxonomy) {
    for (ThemeTaxonomy.Entry e : taxonomy.themes()) {
      List<Cue> ps = new ArrayList<>();
      for (String written : e.cues()) {
        String cue = written;
        List<Pattern> context = new ArrayList<>();
        int bracket = written.indexOf('[');
        if (bracket > 0 && written.endsWith("]")) {
          cue = written.substring(0, bracket).strip();
          for (String w : written.substring(bracket + 1, written.length() - 1).split(",")) {
            if (!w.isBlank()) context.add(compile(w.strip()));
          }
        }
        String c = cue.toLowerCase(Locale.ROOT).replace('’', '\'').replace("*", "").strip();
        if (c.isEmpty()) continue;
        byStart.computeIfAbsent(c.substring(0, Math.min(2, c.length())), k -> new ArrayList<>())
            .add(new int[] {themes.size(), ps.size()});
        ps.add(new Cue(compile(cue), List.copyOf(context)));
      }
      themes.add(new Compiled(e, ps));
    }
  }

  static Pattern compile(String cue) {
    String c = cue.toLowerCase(Locale.ROOT).replace('’', '\'');
    boolean prefix = c.endsWith("*");
    if (prefix) c = c.substring(0, c.length() - 1);
    String[] words = c.trim().split("\\s+");
    StringBuilder rx = new StringBuilder("(?<![\\p{L}\\p{N}])");
    for (int i = 0; i < words.length; i++) {
      if (i > 0) rx.append("\\s+");
      String[] parts = words[i].split("\\?", -1); // '?' stands for one letter: "defen?e" = defense, defence
      for (int j = 0; j < parts.length; j++) {
        if (j > 0) rx.append("\\p{L}");
        if (!parts[j].isEmpty()) rx.append(Pattern.quote(parts[j]));
      }
    }
    rx.append(prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
    return Pattern.compile(rx.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public List<Theme> aggregate(AnnotatedEssay annotated) {
    String raw = annotated.essay().text();
    String text = raw.replace('’', '\''); // same length: offsets stay valid
    int words = Math.max(1, annotated.essay().wordCount());
    record Scored(Theme theme, double score) {}
    List<Theme> out = new ArrayList<>();
    List<List<int[]>> found = find(text);
    for (int t = 0; t < themes.size(); t++) {
      Compiled c = themes.get(t);
      List<int[]> hits = nonOverlapping(found.get(t)); // [begin, end, cue index]
      if (hits.isEmpty()) continue;
      long distinct = hits.stream().mapToInt(h -> h[2]).distinct().count();
      if (hits.size() < MIN_HITS || (distinct < 2 && hits.size() < MIN_HITS_ONE_CUE)) continue;
      double d = hits.size() * 1000.0 / words;
      double score = Math.round(d / (d + 10) * 1000) / 1000.0;
      out.add(new Theme(c.entry.id(), c.entry.label(), score, keyphrases(raw, hits), evidence(annotated, hits), hits.size()));
    }
    out.sort(Comparator.comparingDouble(Theme::score).reversed().thenComparing(Theme::id));
    return out;
  }

  /** Every cue match, per theme, found in one walk over the word starts of the text. */
  private List<List<int[]>> find(String text) {
    List<List<int[]>> found = new ArrayList<>();
    for (int t = 0; t < themes.size(); t++) found.add(new ArrayList<>());
    Map<Pattern, Matcher> matchers = new HashMap<>();
    for (int p = 0; p < text.length(); p++) {
      if (!Character.isLetterOrDigit(text.charAt(p)) || (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1)))) continue;
      String one = text.substring(p, p + 1).toLowerCase(Locale.ROOT);
      String two = p + 2 <= text.length() ? text.substring(p, p + 2).toLowerCase(Locale.ROOT) : null;
      for (String key : two == null ? List.of(one) : List.of(one, two)) {
        List<int[]> cues = byStart.get(key);
        if (cues == null) continue;
        for (int[] tc : cues) {
          Cue cue = themes.get(tc[0]).cues.get(tc[1]);
          Matcher m = matchers.computeIfAbsent(cue.pattern, x -> x.matcher(text).useTransparentBounds(true));
          m.region(p, text.length());
          if (m.lookingAt() && !CueContext.insideName(text, m.start(), m.end())
              && CueContext.near(text, m.start(), m.end(), cue.context, matchers)) {
            found.get(tc[0]).add(new int[] {m.start(), m.end(), tc[1]});
          }
        }
      }
    }
    return found;
  }

  /** Non-overlapping hits of one theme's cues, longest first where two overlap. */
  private static List<int[]> nonOverlapping(List<int[]> all) {
    all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1] - b[0], a[1] - a[0]));
    List<int[]> kept = new ArrayList<>();
    int reach = -1;
    for (int[] h : all) {
      if (h[0] < reach) continue;
      kept.add(h);
      reach = h[1];
    }
    return kept;
  }

  private static List<String> keyphrases(String text, List<int[]> hits) {
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (int[] h : hits) {
      String surface = EssayTokens.squash(text.substring(h[0], h[1]));
      String key = surface.toLowerCase(Locale.ROOT);
      shown.putIfAbsent(key, surface);
      count.merge(key, 1, Integer::sum);
    }
    return shown.keySet().stream()
        .sorted(Comparator.comparing((String k) -> -count.get(k)))
        .limit(MAX_KEYPHRASES).map(shown::get).toList();
  }

  private static List<Evidence> evidence(AnnotatedEssay annotated, List<int[]> hits) {
    record Ranked(Sentence s, int distinct, int n) {}
    List<Ranked> ranked = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      int n = 0;
      java.util.Set<Integer> cues = new java.util.HashSet<>();
      for (int[] h : hits) {
        if (h[0] >= s.span().begin() && h[0] < s.span().end()) {
          n++;
          cues.add(h[2]);
        }
      }
      if (n > 0) ranked.add(new Ranked(s, cues.size(), n));
    }
    ranked.sort(Comparator.comparingInt((Ranked r) -> -r.distinct).thenComparingInt(r -> -r.n)
        .thenComparingInt(r -> r.s.index()));
    List<Evidence> out = new ArrayList<>();
    for (Ranked r : ranked.subList(0, Math.min(MAX_EVIDENCE, ranked.size()))) {
      Integer page = r.s.page() != null ? r.s.page() : annotated.essay().pageAt(r.s.span().begin());
      out.add(new Evidence(page, EssayTokens.squash(r.s.text())));
    }
    return out;
  }
}
