package org.reportlens.annotate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.Sentence;
import org.reportlens.model.TextSpan;
import org.reportlens.model.Token;

/**
 * CoreNLP's annotated document to our records: one {@link Sentence} per CoreSentence (page from
 * {@link Essay#pageAt}), one {@link Token} per CoreLabel, one {@link Mention} per CoreEntityMention
 * whose label we keep ({@link MentionType#of}; DATE, NUMBER, MONEY ... are dropped). Stateless.
 */
final class CoreNlpConverter {
  private CoreNlpConverter() {}

  static AnnotatedEssay convert(Essay essay, CoreDocument doc) {
    String text = essay.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<CoreSentence> coreSentences = doc.sentences();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreSentence s = coreSentences.get(i);
      int tokenBegin = tokens.size();
      for (CoreLabel t : s.tokens()) {
        tokens.add(new Token(span(t.beginPosition(), t.endPosition(), text), t.originalText(), t.tag(), t.lemma()));
      }
      Pair<Integer, Integer> off = s.charOffsets();
      TextSpan span = span(off.first, off.second, text);
      sentences.add(new Sentence(i, span, text.substring(span.begin(), span.end()), tokenBegin, tokens.size(),
          essay.pageAt(span.begin())));
      for (CoreEntityMention m : s.entityMentions()) {
        MentionType type = MentionType.of(m.entityType());
        if (type == null) continue;
        // CoreNLP's entity mentions include pronouns ("He" as PERSON) for its own coref; a pronoun
        // names no one, and taking it as a name hides the antecedent from our attribution.
        if (m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) continue;
        Pair<Integer, Integer> mo = m.charOffsets();
        TextSpan ms = span(mo.first, mo.second, text);
        mentions.add(new Mention(ms, text.substring(ms.begin(), ms.end()), type, i));
      }
    }
    return new AnnotatedEssay(essay, sentences, tokens, mentions);
  }

  private static TextSpan span(int begin, int end, String text) {
    int b = Math.max(0, Math.min(begin, text.length()));
    return new TextSpan(b, Math.max(b, Math.min(end, text.length())));
  }
}
