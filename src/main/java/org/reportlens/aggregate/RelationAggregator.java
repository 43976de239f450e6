package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Relation;
import org.reportlens.model.Sentence;
import org.reportlens.model.Token;

/**
 * Sentence-level co-occurrence relations between an essay's actors: one relation per pair of
 * distinct actors named in the same sentence, subject the one named first. The predicate is the
 * lemma of the first main verb between the two mentions ("veto" in "Turkey vetoed Israel's
 * participation"), else "co-occurs"; source "cooccurrence". No parsing: the direction and the verb
 * are heuristics, and a sentence naming n actors gives n(n-1)/2 relations.
 *
 * <p>Stateless and thread-safe.
 */
public final class RelationAggregator {
  public static final String SOURCE = "cooccurrence";
  public static final String CO_OCCURS = "co-occurs";
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should",
      "can", "could", "may", "might", "must", "get", "become", "seem");

  public List<Relation> aggregate(AnnotatedEssay annotated, ResolvedActors actors) {
    // Sentence index -> first mention of each actor in it, in text order.
    Map<Integer, Map<String, ActorMention>> bySentence = new LinkedHashMap<>();
    for (ActorMention m : actors.mentions()) {
      if (m.sentence() < 0) continue;
      bySentence.computeIfAbsent(m.sentence(), k -> new LinkedHashMap<>()).putIfAbsent(m.actorId(), m);
    }
    List<Relation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, Map<String, ActorMention>> e : bySentence.entrySet()) {
      List<ActorMention> ms = new ArrayList<>(e.getValue().values());
      if (ms.size() < 2) continue;
      Sentence s = annotated.sentences().get(e.getKey());
      for (int i = 0; i < ms.size(); i++) {
        for (int j = i + 1; j < ms.size(); j++) {
          ActorMention a = ms.get(i);
          ActorMention b = ms.get(j);
          if (!seen.add(a.actorId() + "\t" + b.actorId() + "\t" + s.index())) continue;
          out.add(new Relation(a.actorId(), predicate(annotated, s, a, b), b.actorId(), s.text(), s.page(), SOURCE));
        }
      }
    }
    return out;
  }

  private static String predicate(AnnotatedEssay annotated, Sentence s, ActorMention a, ActorMention b) {
    List<Token> tokens = annotated.tokens();
    for (int k = s.tokenBegin(); k < s.tokenEnd() && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.span().begin() < a.span().end()) continue;
      if (t.span().begin() >= b.span().begin()) break;
      if (t.pos() != null && t.pos().startsWith("VB") && t.lemma() != null
          && !AUXILIARIES.contains(t.lemma().toLowerCase())) {
        return t.lemma().toLowerCase();
      }
    }
    return CO_OCCURS;
  }
}
