package org.reportlens.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.ActorType;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Mention;
import org.reportlens.model.TextSpan;

/**
 * Short forms a text defines in brackets after a name: "the International Residual Mechanism for
 * Criminal Tribunals (“the Mechanism”)", "the Panel of Experts on Haiti (hereinafter “the Panel”)",
 * "(the “Commission”)", "(“UNMIK”)". The name and every capitalised use of the short form become
 * one actor (the gazetteer's id when it knows the name, else the slug of the name). Bare acronyms in
 * brackets are {@link AcronymDefinitions}' work. Pure.
 */
final class ShortForms {
  private ShortForms() {}

  private static final Pattern DEFINITION = Pattern.compile(
      "\\(\\s*(?:(?:hereinafter|hereafter)(?:\\s+referred\\s+to\\s+as)?|referred\\s+to\\s+as|henceforth)?\\s*(?:the\\s+)?"
          + "[“\"‘]\\s*(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}\\-]+(?:\\s+\\p{Lu}[\\p{L}\\-]+){0,3})\\s*[”\"’]\\s*\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

  /** Short form -> the name it stands for, first definition winning. */
  static Map<String, String> definitions(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = DEFINITION.matcher(text);
    while (m.find()) {
      String name = nameBefore(text, m.start());
      if (name != null && !name.equals(m.group(1))) out.putIfAbsent(m.group(1), name);
    }
    return out;
  }

  static void find(AnnotatedEssay annotated, String text, Gazetteer gazetteer, boolean[] taken, List<Candidate> out) {
    for (Map.Entry<String, String> d : definitions(text).entrySet()) {
      String name = d.getValue();
      GazetteerEntry e = gazetteer.entryOf(name);
      String id = e != null ? e.id() : Slugs.slug(name);
      String canonical = e != null ? e.name() : name;
      ActorType type = e != null ? e.type() : typeAt(annotated, text.indexOf(name), name.length());
      for (String form : List.of(name, d.getKey())) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
          TextSpan s = new TextSpan(m.start(), m.end());
          boolean free = true;
          for (int k = s.begin(); k < s.end() && free; k++) free = !taken[k];
          if (!free) continue;
          for (int k = s.begin(); k < s.end(); k++) taken[k] = true;
          out.add(new Candidate(s, m.group(), canonical, type, id, null));
        }
      }
    }
  }

  /** The capitalised name ending just before {@code paren}: capitalised words and the function words between them. */
  private static String nameBefore(String text, int paren) {
    String before = text.substring(Math.max(0, paren - 200), paren);
    List<int[]> spans = new ArrayList<>();
    Matcher w = WORD.matcher(before);
    while (w.find()) spans.add(new int[] {w.start(), w.end()});
    if (spans.isEmpty() || !before.substring(spans.get(spans.size() - 1)[1]).isBlank()) return null;
    int first = -1;
    for (int i = spans.size() - 1; i >= 0 && spans.size() - i <= 14; i--) {
      String word = before.substring(spans.get(i)[0], spans.get(i)[1]);
      if (Character.isUpperCase(word.charAt(0))) first = i;
      else if (!ActorRules.STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) break;
      // words must be adjacent: no punctuation between them
      if (i > 0 && !before.substring(spans.get(i - 1)[1], spans.get(i)[0]).isBlank()) break;
    }
    if (first < 0) return null;
    String name = before.substring(spans.get(first)[0], spans.get(spans.size() - 1)[1]).replaceAll("\\s+", " ");
    name = name.replaceFirst("^[Tt]he\\s+", "");
    return name.contains(" ") || name.length() > 1 ? name : null;
  }

  private static ActorType typeAt(AnnotatedEssay annotated, int begin, int length) {
    if (begin >= 0) {
      for (Mention m : annotated.mentions()) {
        if (m.span().end() > begin && m.span().begin() < begin + length) {
          ActorType t = ActorAggregator.typeOf(m.type());
          if (t != null) return t;
        }
      }
    }
    return ActorType.ORGANIZATION;
  }
}
