package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.model.ActorType;

/**
 * Links an office actor of an essay ({@link Offices}: "the Secretary-General", "the Prime Minister of
 * Lebanon") to the persons the text names as holding it, by three patterns of the language:
 * <ul>
 *   <li>the office, a comma, the name: "the Secretary-General, Ana Example, said";</li>
 *   <li>the name, a comma, the office: "Ana Example, the Secretary-General";</li>
 *   <li>the office as the title before the name: "Prime Minister Ana Example of Lebanon", when exactly
 *       one office actor of the essay is that office, it is a state's, and the sentence names the state
 *       (two prime ministers, or a bare "President": nobody is guessed).</li>
 * </ul>
 * Consumes the merged clusters and the text; produces office id -> holder ids in order of first
 * naming. Linear in the mentions: offices are indexed by where they begin and end. Does not follow a
 * holder through pronouns or time ("the former Prime Minister"). Pure.
 */
final class OfficeHolders {
  private OfficeHolders() {}

  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  static Map<String, List<String>> find(List<ActorMerger.Cluster> clusters, String text) {
    Map<Integer, Candidate> officeEndingAt = new HashMap<>();
    Map<Candidate, ActorMerger.Cluster> clusterOf = new HashMap<>();
    Map<Integer, ActorMerger.Cluster> officeBeginningAt = new HashMap<>();
    Map<String, List<ActorMerger.Cluster>> byTerm = new HashMap<>();
    for (ActorMerger.Cluster c : clusters) {
      String term = office(c);
      if (term == null) continue;
      byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(c);
      for (Candidate m : c.mentions()) {
        officeEndingAt.put(m.span().end(), m);
        clusterOf.put(m, c);
        officeBeginningAt.put(m.span().begin(), c);
      }
    }
    Map<String, Set<String>> holders = new LinkedHashMap<>();
    if (byTerm.isEmpty()) return Map.of();
    List<Candidate> order = new ArrayList<>();
    Map<Candidate, String> personOf = new HashMap<>();
    for (ActorMerger.Cluster c : clusters) {
      if (c.type() != ActorType.PERSON) continue;
      for (Candidate m : c.mentions()) {
        order.add(m);
        personOf.put(m, c.id());
      }
    }
    order.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    Map<String, List<Integer>> stateMentions = new HashMap<>();
    for (ActorMerger.Cluster c : clusters) {
      if (c.type() != ActorType.COUNTRY) continue;
      for (Candidate m : c.mentions()) stateMentions.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(m.span().begin());
    }
    for (Candidate m : order) {
      ActorMerger.Cluster office = before(text, m.span().begin(), officeEndingAt, clusterOf);
      if (office == null) office = after(text, m.span().end(), officeBeginningAt);
      if (office == null) {
        // The title inside the person's surface ("Prime Minister Ana Example") or just before it, of the one
        // such office of the essay, when that office is a state's and the sentence names the state: "President
        // Xi" is no holder of a text's "the President".
        String term = Offices.termAtStart(m.surface());
        if (term == null || m.surface().strip().equals(term)) term = Offices.termAtEnd(text.substring(Math.max(0, m.span().begin() - 60), m.span().begin()));
        List<ActorMerger.Cluster> same = term == null ? null : byTerm.get(term);
        if (same != null && same.size() == 1 && same.get(0).parent() != null
            && namedInSentence(stateMentions.get(same.get(0).parent()), text, m.span().begin())) office = same.get(0);
      }
      if (office != null) holders.computeIfAbsent(office.id(), k -> new LinkedHashSet<>()).add(personOf.get(m));
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    holders.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** Whether one of {@code begins} (in text order) lies in the sentence around {@code at}. */
  private static boolean namedInSentence(List<Integer> begins, String text, int at) {
    if (begins == null) return false;
    int from = at;
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) from--;
    int to = at;
    while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) to++;
    int k = java.util.Collections.binarySearch(begins, from);
    int i = k >= 0 ? k : -k - 1;
    return i < begins.size() && begins.get(i) < to;
  }

  /** The office term of an office cluster (not a person, no tagger label, its name an office), else null. */
  static String office(ActorMerger.Cluster c) {
    if (c.type() != ActorType.ORGANIZATION || c.mentions().isEmpty() || c.mentions().get(0).nerLabel() != null) return null;
    return Offices.termAtStart(c.name());
  }

  /**
   * The office mention ("the ...") that ends just before {@code begin}, across a comma, and does not
   * itself follow a comma: in "A, Attorney General of X, B, ..." B is no holder.
   */
  private static ActorMerger.Cluster before(String text, int begin, Map<Integer, Candidate> endingAt,
                                            Map<Candidate, ActorMerger.Cluster> clusterOf) {
    int i = begin;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    if (i == 0 || text.charAt(i - 1) != ',') return null;
    i--;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') i--;
    Candidate o = endingAt.get(i);
    if (o == null || !o.surface().regionMatches(true, 0, "the ", 0, 4)) return null;
    int j = o.span().begin();
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
    if (j > 0 && text.charAt(j - 1) == ',') return null;
    return clusterOf.get(o);
  }

  /** The office mention that begins just after {@code end}, across a comma. */
  private static ActorMerger.Cluster after(String text, int end, Map<Integer, ActorMerger.Cluster> beginningAt) {
    var m = COMMA.matcher(text).region(end, Math.min(text.length(), end + 8));
    if (!m.lookingAt() || m.group().indexOf('\n') >= 0) return null;
    return beginningAt.get(m.end());
  }
}
