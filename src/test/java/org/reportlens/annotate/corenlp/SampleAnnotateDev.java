package org.reportlens.annotate.corenlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.reportlens.aggregate.SampleEssays;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.Sentence;
import org.reportlens.model.TextSpan;
import org.reportlens.model.Token;

/**
 * Development only (not a test, not the real adapter): annotates the sample report's essays with
 * CoreNLP and writes them as JSON, so aggregator work can iterate without reloading the models.
 * Usage: SampleAnnotateDev SAMPLE.md OUT.json
 */
public final class SampleAnnotateDev {
  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    List<AnnotatedEssay> out = new ArrayList<>();
    for (Essay e : SampleEssays.read(Path.of(args[0]))) out.add(annotate(nlp, e));
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), out);
  }

  static AnnotatedEssay annotate(StanfordCoreNLP nlp, Essay e) {
    CoreDocument doc = new CoreDocument(e.text());
    nlp.annotate(doc);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    int si = 0;
    for (CoreSentence s : doc.sentences()) {
      int tb = tokens.size();
      for (CoreLabel t : s.tokens()) {
        tokens.add(new Token(new TextSpan(t.beginPosition(), t.endPosition()), t.originalText(), t.tag(), t.lemma()));
      }
      int b = s.charOffsets().first(), en = s.charOffsets().second();
      sentences.add(new Sentence(si, new TextSpan(b, en), e.text().substring(b, en), tb, tokens.size(), e.pageAt(b)));
      for (CoreEntityMention m : s.entityMentions()) {
        MentionType type = MentionType.of(m.entityType());
        if (type == null) continue;
        mentions.add(new Mention(new TextSpan(m.charOffsets().first(), m.charOffsets().second()), m.text(), type, si));
      }
      si++;
    }
    return new AnnotatedEssay(e, sentences, tokens, mentions);
  }
}
