package org.reportlens.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns report JSON trees into the counts a comparison needs, per report:
 * <ul>
 *   <li>actors: mentions, summed over the report's essays; label = name, type = actor type;
 *   <li>themes: cue hits ({@code themes[].hits}; for a file written before hits were recorded, the
 *       hits are recovered from the score, {@code score = d / (d + 10)} with d = hits per 1,000 words);
 *   <li>keyphrases: the batch's keyphrases (every essay's list) form the vocabulary, and each is
 *       counted in every report's text (case-insensitive, whole words, a plural "s" ignored), so a
 *       phrase one report ranks gets counted wherever it occurs;
 *   <li>words: the report's word count (sum of its essays), the denominator of rates.
 * </ul>
 * Linear in the text: each word position looks up the phrases of up to {@value #MAX_WORDS} words starting there.
 */
public final class Facets {
  static final int MAX_WORDS = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

  public final Counts actors = new Counts("actors");
  public final Counts themes = new Counts("themes");
  public final Counts keyphrases = new Counts("keyphrases");
  public final Map<String, Long> words = new HashMap<>();

  public static Facets of(List<JsonNode> reports) {
    Facets f = new Facets();
    Map<String, String> vocabulary = new HashMap<>(); // normalised key -> phrase as shown
    for (JsonNode r : reports) {
      String rid = r.path("report").path("id").asText();
      long w = 0;
      for (JsonNode e : r.path("essays")) {
        long ew = e.path("wordCount").asLong();
        w += ew;
        for (JsonNode a : e.path("actors")) {
          f.actors.add(a.path("id").asText(), a.path("name").asText(), a.path("type").asText(), rid, a.path("mentions").asLong());
        }
        for (JsonNode t : e.path("themes")) {
          String id = t.path("id").asText(t.path("label").asText());
          f.themes.add(id, t.path("label").asText(), "", rid, themeHits(t, ew));
        }
        for (JsonNode k : e.path("keyphrases")) {
          String text = k.path("text").asText().strip();
          String key = String.join(" ", normalised(text));
          if (!key.isEmpty()) vocabulary.putIfAbsent(key, text);
        }
      }
      f.words.put(rid, w);
    }
    for (JsonNode r : reports) {
      String rid = r.path("report").path("id").asText();
      for (JsonNode e : r.path("essays")) countPhrases(e.path("text").asText(""), vocabulary, f.keyphrases, rid);
    }
    return f;
  }

  static long themeHits(JsonNode theme, long words) {
    if (theme.hasNonNull("hits")) return theme.path("hits").asLong();
    double s = theme.path("score").asDouble();
    if (s <= 0 || s >= 1 || words <= 0) return 0;
    return Math.round(10 * s / (1 - s) * words / 1000.0);
  }

  static void countPhrases(String text, Map<String, String> vocabulary, Counts into, String report) {
    List<String> tokens = normalised(text);
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      key.setLength(0);
      for (int n = 0; n < MAX_WORDS && i + n < tokens.size(); n++) {
        if (n > 0) key.append(' ');
        key.append(tokens.get(i + n));
        String shown = vocabulary.get(key.toString());
        if (shown != null) into.add(key.toString(), shown, "", report, 1);
      }
    }
  }

  /** Lower-cased words, a plural s dropped ("missions" -> "mission", but "crisis", "process" stay). */
  static List<String> normalised(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
        w = w.endsWith("ies") && w.length() > 4 ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
      }
      out.add(w);
    }
    return out;
  }
}
