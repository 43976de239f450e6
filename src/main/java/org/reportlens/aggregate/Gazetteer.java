package org.reportlens.aggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * The actor gazetteer: loads {@code models/actors.tsv} (format in its comment header) and finds its
 * forms in a text. Matching is case-sensitive on word boundaries, except that a form starting with
 * a lower-case letter ("the Alliance") also matches capitalised at a sentence start. The longest
 * match wins ("Gulf Cooperation Council" over "the Gulf"), whichever starts first; contextual forms
 * are kept only when the same actor is named by its name or an alias elsewhere in the text.
 *
 * <p>Does not decide what a demonym or capital stands for (the {@link ActorAggregator} does).
 * Immutable and thread-safe once loaded.
 */
public final class Gazetteer {
  private record Form(String text, GazetteerEntry entry, GazetteerMatch.Kind kind) {}

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byId;
  /** First word of a form -> forms starting with it, longest first. */
  private final Map<String, List<Form>> byFirstWord;
  /** Every surface form (case as written) -> its entry, for look-ups of NER strings. */
  private final Map<String, Form> byForm;

  private Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> ids = new LinkedHashMap<>();
    Map<String, List<Form>> index = new HashMap<>();
    Map<String, Form> forms = new HashMap<>();
    for (GazetteerEntry e : entries) {
      if (ids.put(e.id(), e) != null) throw new IllegalArgumentException("duplicate gazetteer id " + e.id());
      add(index, forms, new Form(e.name(), e, GazetteerMatch.Kind.NAME));
      for (String s : e.aliases()) add(index, forms, new Form(s, e, GazetteerMatch.Kind.ALIAS));
      for (String s : e.demonyms()) add(index, forms, new Form(s, e, GazetteerMatch.Kind.DEMONYM));
      for (String s : e.capitals()) add(index, forms, new Form(s, e, GazetteerMatch.Kind.CAPITAL));
      for (String s : e.contextual()) add(index, forms, new Form(s, e, GazetteerMatch.Kind.CONTEXTUAL));
    }
    for (List<Form> l : index.values()) l.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
    this.byId = Map.copyOf(ids);
    this.byFirstWord = index;
    this.byForm = forms;
  }

  private static void add(Map<String, List<Form>> index, Map<String, Form> forms, Form f) {
    forms.putIfAbsent(f.text(), f);
    index.computeIfAbsent(firstWord(f.text(), 0), k -> new ArrayList<>()).add(f);
    char c = f.text().charAt(0);
    if (Character.isLowerCase(c)) {
      // "the Alliance" also stands capitalised at a sentence start.
      Form cap = new Form(Character.toUpperCase(c) + f.text().substring(1), f.entry(), f.kind());
      forms.putIfAbsent(cap.text(), cap);
      index.computeIfAbsent(firstWord(cap.text(), 0), k -> new ArrayList<>()).add(cap);
    }
  }

  public static Gazetteer load(Path tsv) {
    return parse(ModelTsv.read(tsv), tsv.toString());
  }

  /** Parses the TSV lines: '#' comments, a header line, then 7 tab-separated columns per row. */
  public static Gazetteer parse(List<String> lines) {
    return parse(lines, "gazetteer");
  }

  private static Gazetteer parse(List<String> lines, String source) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (ModelTsv.Row r : ModelTsv.rows(lines, source, 3, "id, type, name (then aliases, demonyms, capitals, contextual)")) {
      ActorType type;
      boolean event = r.text(1).equals("EVENT");
      try {
        type = event ? ActorType.ORGANIZATION : ActorType.valueOf(r.text(1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + r.line() + ": unknown actor type '" + r.text(1)
            + "' (one of " + java.util.Arrays.toString(ActorType.values()) + " or EVENT)");
      }
      out.add(new GazetteerEntry(r.text(0), type, r.text(2), r.values(3), r.values(4), r.values(5), r.values(6), event));
    }
    return new Gazetteer(out);
  }

  public List<GazetteerEntry> entries() { return entries; }

  public GazetteerEntry byId(String id) { return byId.get(id); }

  /** The entry a whole string names (name, alias, contextual, demonym or capital form), or null. */
  public GazetteerMatch.Kind kindOf(String form) {
    Form f = byForm.get(form);
    return f == null ? null : f.kind();
  }

  public GazetteerEntry entryOf(String form) {
    Form f = byForm.get(form);
    return f == null ? null : f.entry();
  }

  /** All non-overlapping matches in {@code text}, in text order. */
  public List<GazetteerMatch> match(String text) {
    List<GazetteerMatch> candidates = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      List<Form> forms = byFirstWord.get(firstWord(text, i));
      if (forms != null) {
        for (Form f : forms) {
          int end = i + f.text().length();
          if (text.startsWith(f.text(), i) && (end == text.length() || !isWordChar(text, end, f.text()))) {
            candidates.add(new GazetteerMatch(f.entry(), new TextSpan(i, end), f.text(), f.kind()));
          }
        }
      }
      i++;
    }
    // A contextual form shared by several actors ("the Commonwealth") goes to the one the text names;
    // when it names several, to one named three times as often as any other, else to none.
    Map<String, Integer> namings = new HashMap<>();
    for (GazetteerMatch m : candidates) {
      if (m.kind() == GazetteerMatch.Kind.NAME || m.kind() == GazetteerMatch.Kind.ALIAS) namings.merge(m.entry().id(), 1, Integer::sum);
    }
    Map<TextSpan, String> owner = new HashMap<>();
    Map<TextSpan, Integer> rivals = new HashMap<>();
    for (GazetteerMatch m : candidates) {
      if (m.kind() != GazetteerMatch.Kind.CONTEXTUAL || !namings.containsKey(m.entry().id())) continue;
      int n = namings.get(m.entry().id());
      String best = owner.get(m.span());
      int bestN = best == null ? 0 : namings.get(best);
      if (n > bestN) {
        owner.put(m.span(), m.entry().id());
        rivals.merge(m.span(), bestN, Math::max);
      } else {
        rivals.merge(m.span(), n, Math::max);
      }
    }
    candidates.removeIf(m -> m.kind() == GazetteerMatch.Kind.CONTEXTUAL && owner.containsKey(m.span())
        && (!m.entry().id().equals(owner.get(m.span())) || namings.get(owner.get(m.span())) < 3 * rivals.getOrDefault(m.span(), 0)));
    // A capital shared by states that followed one another (Moscow: Russia, the Soviet Union) stands for the one
    // the text names most; named by none, for the first listed.
    Map<TextSpan, Integer> capitalBest = new HashMap<>();
    for (GazetteerMatch m : candidates) {
      if (m.kind() == GazetteerMatch.Kind.CAPITAL) capitalBest.merge(m.span(), namings.getOrDefault(m.entry().id(), 0), Math::max);
    }
    candidates.removeIf(m -> m.kind() == GazetteerMatch.Kind.CAPITAL
        && namings.getOrDefault(m.entry().id(), 0) < capitalBest.get(m.span()));
    // Longest first, then leftmost; keep those not overlapping a kept one.
    candidates.sort(Comparator.comparingInt((GazetteerMatch m) -> -m.span().length()).thenComparingInt(m -> m.span().begin()));
    List<GazetteerMatch> kept = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (GazetteerMatch m : candidates) {
      boolean free = true;
      for (int k = m.span().begin(); k < m.span().end() && free; k++) free = !taken[k];
      if (!free) continue;
      for (int k = m.span().begin(); k < m.span().end(); k++) taken[k] = true;
      kept.add(m);
    }
    Set<String> named = new HashSet<>();
    for (GazetteerMatch m : kept) {
      if (m.kind() == GazetteerMatch.Kind.NAME || m.kind() == GazetteerMatch.Kind.ALIAS) named.add(m.entry().id());
    }
    kept.removeIf(m -> m.kind() == GazetteerMatch.Kind.CONTEXTUAL && !named.contains(m.entry().id()));
    kept.sort(Comparator.comparingInt(m -> m.span().begin()));
    return kept;
  }

  /** Whether the character at {@code end} continues a word (a form ending in '.' such as "U.S." always ends one). */
  private static boolean isWordChar(String text, int end, String form) {
    char last = form.charAt(form.length() - 1);
    return Character.isLetterOrDigit(last) && Character.isLetterOrDigit(text.charAt(end));
  }

  private static String firstWord(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
    return s.substring(from, i);
  }
}
