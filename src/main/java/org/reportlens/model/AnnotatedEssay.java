package org.reportlens.model;

import java.util.List;

/** An essay with the linguistic annotations the aggregators need. Offsets refer to {@code essay.text()}. */
public record AnnotatedEssay(Essay essay, List<Sentence> sentences, List<Token> tokens, List<Mention> mentions) {
  public AnnotatedEssay {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
  }

  /** The sentence containing {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) { // sentences are in text order and do not overlap
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.span().begin()) hi = mid - 1;
      else if (offset >= s.span().end()) lo = mid + 1;
      else return s;
    }
    return null;
  }
}
