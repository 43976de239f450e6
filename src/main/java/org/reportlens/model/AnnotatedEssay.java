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
    for (Sentence s : sentences) {
      if (s.span().begin() <= offset && offset < s.span().end()) return s;
    }
    return null;
  }
}
