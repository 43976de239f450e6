package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.PageStart;
import org.reportlens.model.Sentence;
import org.reportlens.model.TextSpan;
import org.reportlens.model.Token;

/**
 * Builds an {@link AnnotatedEssay} by hand, as a tagger would: sentences split at ". " and blank
 * lines, tokens with a rough POS (verbs and adjectives from small maps), mentions at every
 * occurrence of the strings given. No CoreNLP.
 */
final class Fixture {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*\\.?|[^\\s\\p{L}\\p{N}]");
  private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?](?=\\s|$)|(?=\\n)|$)");
  private static final Map<String, String> VERBS = Map.of("vetoed", "veto", "signed", "sign", "met", "meet",
      "is", "be", "was", "be", "trained", "train", "said", "say", "has", "have", "works", "work", "built", "build");
  private static final List<String> ADJECTIVES = List.of("Southern", "Eastern", "Mosul"); // as CoreNLP tags them before a noun

  private final String text;
  private String title = "Untitled";
  private String summary;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<PageStart> pages = new ArrayList<>();

  private Fixture(String text) { this.text = text; }

  static Fixture of(String text) { return new Fixture(text); }

  Fixture title(String t) { title = t; return this; }

  Fixture summary(String s) { summary = s; return this; }

  Fixture page(int offset, int page) { pages.add(new PageStart(offset, page)); return this; }

  /** Tags every occurrence of {@code surface} (word-bounded) with {@code type}. */
  Fixture tag(MentionType type, String... surfaces) {
    for (String surface : surfaces) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
      boolean found = false;
      while (m.find()) {
        found = true;
        // A tagger gives no overlapping mentions: a shorter form inside one tagged before is skipped.
        int b = m.start();
        int e = m.end();
        if (mentions.stream().anyMatch(x -> x.span().begin() < e && x.span().end() > b)) continue;
        mentions.add(new Mention(new TextSpan(b, e), surface, type, 0));
      }
      if (!found) throw new IllegalArgumentException("not in text: " + surface);
    }
    return this;
  }

  AnnotatedEssay build() {
    Essay essay = new Essay("r/1", EssayKind.ESSAY, title, List.of(), null, summary, text, pages, List.of(), List.of(),
        List.of(), null);
    List<Token> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      String w = t.group();
      String pos = VERBS.containsKey(w) ? "VBD" : ADJECTIVES.contains(w) ? "JJ"
          : Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(new TextSpan(t.start(), t.end()), w, pos, VERBS.getOrDefault(w, w.toLowerCase())));
    }
    List<Sentence> sentences = new ArrayList<>();
    Matcher s = SENTENCE.matcher(text);
    int k = 0;
    while (s.find()) {
      String st = s.group().strip();
      if (st.isEmpty()) continue;
      int b = s.start() + s.group().indexOf(st);
      int e = b + st.length();
      int tb = k;
      while (k < tokens.size() && tokens.get(k).span().begin() < e) k++;
      sentences.add(new Sentence(sentences.size(), new TextSpan(b, e), st, tb, k, essay.pageAt(b)));
    }
    List<Mention> ms = new ArrayList<>();
    for (Mention m : mentions) {
      int idx = 0;
      for (Sentence x : sentences) if (x.span().begin() <= m.span().begin()) idx = x.index();
      ms.add(new Mention(m.span(), m.text(), m.type(), idx));
    }
    ms.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    return new AnnotatedEssay(essay, sentences, tokens, ms);
  }
}
