package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Author;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.Footnote;
import org.reportlens.model.FootnoteRef;
import org.reportlens.model.Mention;
import org.reportlens.model.MentionType;
import org.reportlens.model.PullQuote;
import org.reportlens.model.Sentence;
import org.reportlens.model.TextSpan;
import org.reportlens.model.Token;

/**
 * Test helper: a tiny tokenizer, sentence splitter and lexicon tagger, enough to build
 * {@link AnnotatedEssay}s from sentences written in a test without CoreNLP. Mentions are given by hand
 * ("Chirac=PERSON"); every occurrence of the text becomes a mention. Footnote markers are written
 * "[^3]" in the text and removed.
 */
final class MiniTagger {
  private static final Pattern TOKEN = Pattern.compile(
      "''|[’']s\\b|\\p{L}+(?:(?:-|[’'](?!s\\b)|\\.)\\p{L}+)*|\\d+(?:[.,:]\\d+)*|\\S");
  private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");
  private static final Map<String, String[]> LEX = new HashMap<>();

  static {
    lex("DT", "the", "a", "an", "this", "these", "those", "any", "no", "every", "some", "all");
    lex("PRP", "he", "she", "it", "they", "we", "i", "us", "them", "him", "himself", "herself");
    lex("PRP$", "his", "its", "their", "our", "her", "my");
    lex("WP", "who");
    lex("IN", "per", "in", "of", "on", "at", "by", "for", "with", "as", "from", "that", "after", "since", "while",
        "because", "upon", "between", "into", "than", "about", "if", "whether", "without", "over", "until", "despite");
    lex("TO", "to");
    lex("MD", "should", "must", "will", "would", "can", "could", "may", "might", "shall", "ought");
    lex("CC", "and", "or", "but", "nor", "both", "either", "neither"); // the correlatives as CoreNLP tags them
    lex("CD", "one", "two", "three", "four", "five");
    lex("RB", "also", "not", "recently", "clearly", "probably", "eventually", "never", "long", "well", "still",
        "therefore", "obviously", "arguably", "urgently", "already", "now", "all", "however", "very", "likely");
    lex("JJ", "vital", "essential", "imperative", "unrealistic", "limited", "likely", "expected", "irrelevant",
        "strategic", "regional", "humanitarian", "military", "new", "possible", "future", "central", "high",
        "clear", "key", "maritime", "defense", "political", "Kuwaiti", "French", "illusion", "important", "vocal",
        "so-called", "general", "limited", "immediate", "direct", "collective", "Iraqi");
    LEX.put("allies", new String[] {"NNS", "ally"});
    LEX.put("dismissed", new String[] {"JJ", "dismissed"}); // as CoreNLP tags it after "all but"
    LEX.put("Kessling", new String[] {"JJ", "kessling"}); // a surname the POS tagger takes for an adjective
    verb("announce", "announced", "VBD");
    verb("conclude", "concluded", "VBD", "concludes", "VBZ");
    verb("shoot", "shot", "VBD");
    verb("read", "reads", "VBZ");
    verb("involve", "involved", "VBN");
    verb("criticize", "criticized", "VBD");
    verb("call", "call", "VBP", "calls", "VBZ");
    verb("think", "think", "VBP");
    verb("thank", "thanked", "VBD");
    verb("see", "saw", "VBD");
    verb("urge", "urge", "VBP", "urging", "VBG");
    verb("welcome", "welcome", "VBP");
    verb("recommend", "recommend", "VBP", "recommends", "VBZ");
    verb("inform", "informed", "VBD");
    verb("email", "emailed", "VBD");
    verb("ask", "asked", "VBD");
    verb("fail", "failed", "VBD");
    verb("say", "say", "VBP", "says", "VBZ", "said", "VBD", "saying", "VBG");
    verb("write", "writes", "VBZ", "wrote", "VBD", "write", "VBP", "written", "VBN", "Written", "VBN");
    verb("tell", "told", "VBD", "tells", "VBZ", "telling", "VBG");
    verb("argue", "argued", "VBD", "argues", "VBZ", "arguing", "VBG", "argue", "VBP");
    verb("warn", "warned", "VBD", "warns", "VBZ", "warning", "VBG", "warn", "VBP");
    verb("advocate", "advocate", "VBP");
    verb("rely", "rely", "VBP");
    verb("disclose", "disclosed", "VBN");
    verb("state", "stated", "VBD", "states", "VBZ");
    verb("declare", "declared", "VBD");
    verb("contend", "contending", "VBG", "contended", "VBD");
    verb("note", "noted", "VBD", "notes", "VBZ", "note", "VBP");
    verb("agree", "agreed", "VBN");
    verb("be", "is", "VBZ", "are", "VBP", "was", "VBD", "were", "VBD", "be", "VB", "been", "VBN");
    verb("have", "has", "VBZ", "have", "VBP", "had", "VBD");
    verb("need", "need", "VBP", "needs", "VBZ");
    verb("remain", "remains", "VBZ", "remain", "VB");
    verb("provide", "provided", "VBD", "provide", "VB");
    verb("decide", "decided", "VBD");
    verb("extend", "extended", "VBD");
    verb("reject", "rejected", "VBD");
    verb("represent", "represents", "VBZ");
    verb("fail", "failed", "VBN");
    verb("want", "wants", "VBZ");
    verb("admit", "admit", "VB");
    verb("yield", "yield", "VB");
    verb("stay", "stay", "VB");
    verb("focus", "focus", "VB");
    verb("build", "build", "VB");
    verb("grow", "grow", "VB");
    verb("come", "came", "VBD");
    verb("believe", "believed", "VBN");
    verb("recast", "recast", "VB");
    verb("locate", "located", "VBN");
    verb("plan", "plan", "VB");
    verb("reach", "reach", "VB");
    verb("continue", "continue", "VB");
    verb("use", "use", "VB");
    verb("call", "calling", "VBG", "called", "VBD");
    verb("demand", "demand", "VB");
    verb("speak", "speaking", "VBG");
    verb("meet", "met", "VBD");
    verb("suggest", "suggesting", "VBG");
    verb("slam", "slammed", "VBD");
    verb("answer", "answered", "VBD");
    verb("prohibit", "prohibits", "VBZ");
    verb("require", "requires", "VBZ");
    verb("enforce", "enforces", "VBZ");
    verb("quote", "quotes", "VBZ", "quoting", "VBG");
    verb("end", "ended", "VBD");
    verb("examine", "examines", "VBZ");
    verb("make", "make", "VBP");
    verb("testify", "testified", "VBD");
    verb("list", "lists", "VBZ");
    verb("describe", "describes", "VBZ");
    verb("organize", "organized", "VBN");
    verb("start", "starts", "VBZ");
    verb("capture", "captured", "VBN");
    verb("denounce", "denounced", "VBD");
    verb("cast", "cast", "VBD");
    verb("see", "sees", "VBZ");
    verb("show", "show", "VBP");
    verb("make", "made", "VBD");
    verb("repeat", "repeated", "VBD");
    verb("speak", "spoke", "VBD");
    verb("publish", "published", "VBN");
    verb("find", "found", "VBD");
    verb("want", "wanted", "VBD");
    verb("plan", "planned", "VBN", "planning", "VBG");
    verb("survey", "surveyed", "VBN");
    lex("JJ", "skeptical", "tired", "critical", "confident");
    verb("point", "pointing", "VBG");
    verb("show", "showed", "VBD");
    verb("cite", "cited", "VBD");
    verb("propose", "proposed", "VBD");
    verb("praise", "praised", "VBD");
    verb("leave", "left", "VBD");
    verb("add", "added", "VBD");
    verb("pay", "paid", "VBN");
    verb("back", "backed", "VBD");
    verb("lead", "leads", "VBZ");
    verb("trail", "trails", "VBZ");
    verb("choose", "chose", "VBD");
    verb("suggest", "suggest", "VBP");
    verb("take", "take", "VBP");
    LEX.put("polling", new String[] {"NN", "polling"});
    verb("raise", "raising", "VBG");
    verb("pay", "paying", "VBG");
    verb("reiterate", "reiterated", "VBD");
    verb("regret", "regretted", "VBD");
    verb("give", "gave", "VBD");
    verb("oversee", "oversaw", "VBD");
    verb("describe", "described", "VBD");
    verb("worship", "worshiped", "VBD");
    verb("try", "trying", "VBG");
    verb("poll", "polled", "VBN");
    verb("compromise", "compromised", "VBN"); // a past tense with its object, misread as a participle
    verb("make", "made", "VBD");
    verb("plead", "pleaded", "VBD");
    verb("ask", "asked", "VBD");
    lex("JJ", "clear", "guilty");
    lex("WRB", "why", "how", "when", "where");
    verb("promise", "promised", "VBD");
    verb("do", "did", "VBD");
    LEX.put("what", new String[] {"WP", "what"});
    verb("allot", "allotted", "VBN"); // a past tense after a subject the tagger reads as a participle
    verb("urge", "urged", "VBN"); // the same after an appositive's closing comma
  }

  private static void lex(String pos, String... words) {
    for (String w : words) LEX.putIfAbsent(w.toLowerCase(Locale.ROOT), new String[] {pos, w.toLowerCase(Locale.ROOT)});
  }

  private static void verb(String lemma, String... formPos) {
    for (int i = 0; i < formPos.length; i += 2) LEX.put(formPos[i], new String[] {formPos[i + 1], lemma});
  }

  private MiniTagger() {}

  /** An annotated essay of the given text; mentions as "text=TYPE". */
  static AnnotatedEssay annotate(String text, String... mentions) {
    return annotate(essay(text, List.of(), List.of(), List.of()), mentions);
  }

  /** An essay whose "[^n]" markers become footnote references to the given footnote texts (1-based). */
  static Essay essay(String marked, List<String> authors, List<PullQuote> pulls, List<String> notes) {
    StringBuilder text = new StringBuilder();
    List<FootnoteRef> refs = new ArrayList<>();
    Matcher m = MARKER.matcher(marked);
    int last = 0;
    while (m.find()) {
      text.append(marked, last, m.start());
      refs.add(new FootnoteRef(text.length(), Integer.parseInt(m.group(1))));
      last = m.end();
    }
    text.append(marked.substring(last));
    List<Footnote> footnotes = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) footnotes.add(new Footnote(i + 1, notes.get(i), 0));
    return new Essay("t/1", EssayKind.ESSAY, "Test", authors.stream().map(a -> new Author(a, null)).toList(), null,
        null, text.toString(), List.of(), footnotes, refs, pulls, null);
  }

  static AnnotatedEssay annotate(Essay essay, String... mentions) {
    String text = essay.text();
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    boolean sentenceStart = true;
    while (m.find()) {
      String w = m.group();
      Token tok = tag(w, m.start(), sentenceStart);
      // a base verb after a determiner or possessive is its noun, as a real tagger reads it: "her demand for"
      if (tok.pos().equals("VB") && !tokens.isEmpty() && Set.of("DT", "PRP$").contains(tokens.get(tokens.size() - 1).pos())) {
        tok = new Token(tok.span(), tok.text(), "NN", tok.lemma());
      }
      tokens.add(tok);
      sentenceStart = w.matches("[.!?]") || (sentenceStart && w.matches("[“\"‘(]"));
    }
    List<Sentence> sentences = new ArrayList<>();
    int begin = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      boolean end = i == tokens.size() - 1;
      if (!end && w.matches("[.!?]")) {
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).text().matches("[”\"’]|''")) j++;
        int gapFrom = tokens.get(j - 1).span().end();
        // as CoreNLP does, an archive mark ('') after the full stop stays with the sentence, even one opening the
        // next quotation ("Roe said. ''We ...")
        String afterStop = text.substring(tokens.get(i).span().end(), tokens.get(i + 1).span().begin());
        if (j < tokens.size() && (text.substring(gapFrom, tokens.get(j).span().begin()).isBlank()
            && !text.substring(gapFrom, tokens.get(j).span().begin()).isEmpty()
            || j > i + 1 && !afterStop.isEmpty() && afterStop.isBlank())) {
          i = j - 1;
          end = true;
        }
      }
      if (!end && text.substring(tokens.get(i).span().end(), tokens.get(i + 1).span().begin()).contains("\n\n")) end = true;
      if (end) {
        int b = tokens.get(begin).span().begin(), e = tokens.get(i).span().end();
        sentences.add(new Sentence(sentences.size(), new TextSpan(b, e), text.substring(b, e), begin, i + 1, null));
        begin = i + 1;
      }
    }
    List<Mention> ms = new ArrayList<>();
    for (String spec : mentions) {
      int eq = spec.lastIndexOf('=');
      String name = spec.substring(0, eq);
      MentionType type = MentionType.valueOf(spec.substring(eq + 1));
      int at = -1;
      while ((at = text.indexOf(name, at + 1)) >= 0) {
        int sentence = 0;
        for (Sentence s : sentences) if (s.span().begin() <= at && at < s.span().end()) sentence = s.index();
        ms.add(new Mention(new TextSpan(at, at + name.length()), name, type, sentence));
      }
    }
    ms.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    return new AnnotatedEssay(essay, sentences, tokens, ms);
  }

  private static Token tag(String w, int at, boolean sentenceStart) {
    TextSpan span = new TextSpan(at, at + w.length());
    String lower = w.toLowerCase(Locale.ROOT);
    if (w.equals("’s") || w.equals("'s")) return new Token(span, w, "POS", "'s");
    String[] lx = LEX.get(w);
    if (lx == null) lx = LEX.get(lower);
    if (lx != null && !(Character.isUpperCase(w.charAt(0)) && !sentenceStart && !lx[0].equals("JJ") && !lx[0].equals("PRP"))) {
      return new Token(span, w, lx[0], lx[1]);
    }
    if (w.equals("“")) return new Token(span, w, "``", w); // CoreNLP's tags for curly quotation marks
    if (w.equals("”")) return new Token(span, w, "''", w);
    if (!Character.isLetterOrDigit(w.charAt(0))) return new Token(span, w, w, w);
    if (Character.isDigit(w.charAt(0))) return new Token(span, w, "CD", w);
    if (Character.isUpperCase(w.charAt(0)) && !sentenceStart) return new Token(span, w, "NNP", w);
    if (Character.isUpperCase(w.charAt(0)) && w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) return new Token(span, w, "NNP", w);
    if (lower.endsWith("ly")) return new Token(span, w, "RB", lower);
    if (lower.endsWith("ing")) return new Token(span, w, "VBG", lower);
    if (lower.endsWith("ed")) return new Token(span, w, "VBD", lower.substring(0, lower.length() - 2));
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
      return new Token(span, w, "NNS", lower.substring(0, lower.length() - 1));
    }
    if (sentenceStart && Character.isUpperCase(w.charAt(0)) && LEX.get(lower) == null) return new Token(span, w, "NNP", w);
    return new Token(span, w, "NN", lower);
  }
}
