package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Keyphrase;
import org.reportlens.model.Sentence;
import org.reportlens.model.Token;

/**
 * Ranks noun-phrase keyphrases per essay.
 *
 * <p>Candidates: runs of adjectives and nouns (Penn tags JJ*, NN*) inside a sentence, every sub-run of 1
 * to {@value #MAX_WORDS} words that starts with an adjective or noun and ends with a common noun; so
 * bare names ("Middle East") are never candidates, names as modifiers are ("NATO training mission").
 * Stopwords and quantifiers ("other", "many", "several") break a run. A candidate is its lemmas,
 * lower-cased ("training missions" -> "training mission").
 *
 * <p>Ranking: with two or more essays (a report, a batch), TF-IDF with document frequency over the
 * essays given, {@code tf * (ln((N+1)/(df+1)) + 1)}, times the phrase's word count (a phrase says more than a lone noun).
 * With one essay, a YAKE-like score: frequency times spread over sentences, damped by how late the
 * phrase first appears. With a {@link BackgroundFrequency}, each score is then multiplied by
 * {@code 0.1 + 0.9 * w}, w the phrase's mean background idf (0..1), so words that general prose
 * uses everywhere sink. Candidates seen once are dropped when the essay has 300 words or more. A
 * phrase contained in a better one is dropped. Scores are divided by the essay's best, so 0..1.
 * Stateless and thread-safe.
 */
public final class KeyphraseExtractor {
  static final int MAX_WORDS = 4;
  private static final Set<String> STOP = Set.of(
      "other", "many", "several", "such", "various", "same", "own", "certain", "few", "more", "most", "much",
      "further", "last", "next", "first", "second", "third", "recent", "current", "new", "different", "little",
      "lot", "part", "way", "ways", "kind", "sort", "number", "case", "cases", "fact", "term", "terms", "time",
      "times", "year", "years", "day", "days", "month", "months", "thing", "things", "example", "instance",
      "order", "respect", "end", "side", "sense", "area", "areas", "past", "mr.", "ms.", "dr.", "etc.",
      "whole", "top", "front", "possible", "able", "far", "single", "main", "overall", "additional", "key",
      "important", "significant", "major", "particular", "specific", "clear", "real", "rather", "un", "i.e.", "e.g.",
      // the document's own apparatus and units of quantity say nothing about its subject ("annex", "2 per cent")
      "annex", "annexes", "appendix", "appendices", "paragraph", "paragraphs", "chapter", "chapters", "footnote",
      "footnotes", "page", "pages", "figure", "figures", "percent", "per", "cent", "percentage", "million", "millions",
      "billion", "billions", "thousand", "thousands", "hundred", "hundreds");

  private final int top;
  private final BackgroundFrequency background;

  public KeyphraseExtractor() { this(15); }

  public KeyphraseExtractor(int top) { this(top, null); }

  /** @param background general-prose document frequencies; null ranks without them */
  public KeyphraseExtractor(int top, BackgroundFrequency background) {
    this.top = top;
    this.background = background;
  }

  /** Keyphrases of each essay, ranked against the other essays given (one list per essay, same order). */
  public List<List<Keyphrase>> extract(List<AnnotatedEssay> essays) {
    List<Map<String, Stats>> cands = essays.stream().map(KeyphraseExtractor::candidates).toList();
    if (essays.size() < 2) return cands.stream().map(c -> rank(c, null, 1, wordsOf(essays, 0))).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Stats> c : cands) for (String k : c.keySet()) df.merge(k, 1, Integer::sum);
    List<List<Keyphrase>> out = new ArrayList<>();
    for (int i = 0; i < essays.size(); i++) out.add(rank(cands.get(i), df, essays.size(), wordsOf(essays, i)));
    return out;
  }

  /** Keyphrases of one essay on its own (YAKE-like scoring). */
  public List<Keyphrase> extract(AnnotatedEssay essay) {
    return extract(List.of(essay)).get(0);
  }

  private static int wordsOf(List<AnnotatedEssay> essays, int i) {
    return essays.isEmpty() ? 0 : essays.get(i).essay().wordCount();
  }

  /** Occurrences of one candidate in one essay. */
  static final class Stats {
    int tf;
    int firstSentence = Integer.MAX_VALUE;
    final Set<Integer> sentences = new HashSet<>();
    /** Surface forms as written (lower case), to show the phrase as the text says it, not as lemmas. */
    final Map<String, Integer> forms = new HashMap<>();
    final int words;

    Stats(int words) { this.words = words; }
  }

  static Map<String, Stats> candidates(AnnotatedEssay essay) {
    Map<String, Stats> out = new LinkedHashMap<>();
    List<Token> tokens = essay.tokens();
    for (Sentence s : essay.sentences()) {
      int i = s.tokenBegin();
      while (i < s.tokenEnd()) {
        if (!chunkToken(tokens.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < s.tokenEnd() && chunkToken(tokens.get(j))) j++;
        for (int a = i; a < j; a++) {
          for (int b = a + 1; b <= Math.min(j, a + MAX_WORDS); b++) {
            Token last = tokens.get(b - 1);
            if (!(last.pos().equals("NN") || last.pos().equals("NNS")) || acronym(last)) continue;
            String key = key(tokens, a, b);
            Stats st = out.get(key);
            if (st == null) out.put(key, st = new Stats(b - a));
            st.tf++;
            st.forms.merge(surface(tokens, a, b), 1, Integer::sum);
            st.sentences.add(s.index());
            st.firstSentence = Math.min(st.firstSentence, s.index());
          }
        }
        i = j;
      }
    }
    return out;
  }

  /** "ICI", "MD": a tagger often calls an acronym a common noun; it is a name. */
  private static boolean acronym(Token t) {
    String x = t.text();
    return x.length() >= 2 && x.equals(x.toUpperCase(Locale.ROOT)) && x.chars().anyMatch(Character::isLetter);
  }

  private static boolean chunkToken(Token t) {
    String p = t.pos() == null ? "" : t.pos();
    if (!(p.startsWith("NN") || p.startsWith("JJ"))) return false;
    String w = t.text().toLowerCase(Locale.ROOT);
    if (STOP.contains(w) || w.length() < 2) return false;
    return w.matches("[\\p{L}][\\p{L}'’\\-]*[\\p{L}]");
  }

  private static String key(List<Token> tokens, int a, int b) {
    StringBuilder k = new StringBuilder();
    for (int i = a; i < b; i++) {
      Token t = tokens.get(i);
      String lemma = t.pos().startsWith("NNP") || t.lemma() == null ? t.text() : t.lemma();
      if (k.length() > 0) k.append(' ');
      k.append(lemma.toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return k.toString();
  }

  private static String surface(List<Token> tokens, int a, int b) {
    StringBuilder k = new StringBuilder();
    for (int i = a; i < b; i++) {
      if (k.length() > 0) k.append(' ');
      k.append(tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return k.toString();
  }

  private static String shown(Stats st, String key) {
    return st.forms.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(key);
  }

  private List<Keyphrase> rank(Map<String, Stats> cands, Map<String, Integer> df, int n, int essayWords) {
    record Scored(String text, double score, String shown) {}
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, Stats> e : cands.entrySet()) {
      Stats st = e.getValue();
      if (st.tf < 2 && essayWords >= 300) continue;
      double boost = st.words; // a phrase says more than a single noun
      double s;
      if (df != null) {
        s = st.tf * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1) * boost;
      } else {
        s = st.tf * Math.log(1 + st.sentences.size()) / (1 + Math.log1p(st.firstSentence / 10.0)) * boost;
      }
      // Words ordinary prose uses everywhere ("report", "efforts") sink; a phrase's words unseen in it keep full weight.
      if (background != null) s *= 0.1 + 0.9 * background.weight(e.getKey());
      scored.add(new Scored(e.getKey(), s, shown(st, e.getKey())));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::text));
    List<Scored> kept = new ArrayList<>();
    for (Scored c : scored) {
      if (kept.size() >= top) break;
      String padded = " " + c.text + " ";
      if (kept.stream().anyMatch(k -> (" " + k.text + " ").contains(padded))) continue;
      kept.add(c);
    }
    double max = kept.isEmpty() ? 1 : kept.get(0).score;
    return kept.stream().map(k -> new Keyphrase(k.shown, Math.round(k.score / max * 1000) / 1000.0)).toList();
  }
}
