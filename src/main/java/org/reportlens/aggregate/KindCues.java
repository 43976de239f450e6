package org.reportlens.aggregate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.ActorType;
import org.reportlens.model.TextSpan;

/**
 * Organisations the tagger does not tag, named beside a noun saying what kind of body they are:
 * "the data firm Quorvex7", "study partner Zentrix", "Plankt, a crowdsourcing platform", "groups like
 * Nightwatchers", "the Open Parlour platform". Each name so found becomes an organisation at every
 * place the essay writes it (word-bounded, where no other source took the text). A one-word name
 * that is a dictionary word the text also writes in lower case is declined ("firm Support"), and so
 * are names of the genre's boilerplate. Capitalised phrases that a head noun makes a body's name ("Open
 * Example Partnership", "Alliance for Useful Things") count too, outside headings and quotation marks.
 * Consumes the text and what is taken; linear in the text. Pure.
 */
final class KindCues {
  private KindCues() {}

  /** One to three capitalised words, digits and '+', '&' or '-' inside allowed ("Siegel+Example", "Cure9"). */
  private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}+&\\-]*[\\p{L}\\p{N}](?:\\s\\p{Lu}[\\p{L}\\p{N}+&\\-]*[\\p{L}\\p{N}]){0,2})";
  private static final String KINDS = "firm|company|startup|start-up|nonprofit|non-profit|organi[sz]ation|platform|consultancy"
      + "|foundation|think tank|network|coalition|initiative|project|magazine|newspaper|website|charity";
  private static final List<Pattern> CUES = List.of(
      // "the data firm X", "study partner X"
      Pattern.compile("\\b(?i:firm|company|startup|start-up|nonprofit|non-profit|organi[sz]ation|platform|partner|consultancy)\\s" + NAME + "(?![\\p{L}\\p{N}])"),
      // "X, a crowdsourcing platform"
      Pattern.compile(NAME + ",\\s(?:a|an)\\s(?:[\\p{Ll}\\-]+\\s){0,3}?(?:" + KINDS + ")\\b"),
      // "groups like X", "companies such as X"
      Pattern.compile("\\b(?i:groups|companies|firms|organi[sz]ations|platforms|charities|nonprofits)\\s(?:like|such as|including)\\s" + NAME + "(?![\\p{L}\\p{N}])"),
      // "the X platform"
      Pattern.compile("\\b[Tt]he\\s" + NAME + "\\s(?:platform|initiative|project|network|consortium|foundation)\\b"));

  /** Head nouns that make a capitalised phrase an organisation's name. */
  private static final String HEADS = "(?:Partnership|Alliance|Coalition|Foundation|Institute|Council|Commission|Association"
      + "|Initiative|Assembly|Ministry|Network|Consortium|Society|Federation|Committee|Laboratory|Forum|Trust)";
  private static final String CAP = "\\p{Lu}[\\p{L}’'\\-]*";
  /** "Open Example Partnership", "People’s Assembly"; "Alliance for Useful Things", "Public Laboratory for Open Things and Stuff". */
  private static final List<Pattern> PHRASES = List.of(
      Pattern.compile("(?<![\\p{L}\\p{N}’'\\-])((?:" + CAP + "\\s){1,4}" + HEADS + ")(?![\\p{L}\\p{N}\\-])(?!\\s(?:for|of|on)\\s)"),
      Pattern.compile("(?<![\\p{L}\\p{N}’'\\-])((?:" + CAP + "\\s){0,2}" + HEADS + "\\s(?:for|of|on)\\s(?:the\\s)?" + CAP
          + "(?:\\s(?:and\\s|of\\s|the\\s)?" + CAP + "){0,4})(?![\\p{L}\\p{N}\\-])"));

  static void find(String text, Set<String> dictionary, boolean[] taken, List<Candidate> out) {
    Set<String> names = new LinkedHashSet<>();
    for (Pattern p : PHRASES) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int b = m.start(1);
        String name = m.group(1);
        // A sentence's first word is capitalised anyway: "Yesterday Example Council" is "Example Council".
        if (sentenceStart(text, b)) {
          String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
          String lower = first.toLowerCase(Locale.ROOT);
          if (ActorRules.STOPWORDS.contains(lower) || lower.equals("the")
              || (dictionary.contains(lower) && ActorAggregator.usedLowercase(text, lower))) {
            name = name.substring(first.length()).strip();
            b += first.length() + 1;
          }
        }
        if (name.split("\\s").length < 2 || ActorAggregator.inCapitalsLine(text, b) || quoted(text, b)) continue;
        String first = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
        if (ActorRules.STOPWORDS.contains(first) || first.equals("the") || ActorRules.PRONOUNS.contains(first)) continue;
        if (free(taken, b, b + name.length())) names.add(name);
      }
    }
    for (Pattern p : CUES) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (free(taken, m.start(1), m.end(1)) && plausible(name, text, dictionary)) names.add(name);
      }
    }
    for (String name : names) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
      while (m.find()) {
        if (!free(taken, m.start(), m.end())) continue;
        for (int k = m.start(); k < m.end(); k++) taken[k] = true;
        out.add(new Candidate(new TextSpan(m.start(), m.end()), name, name, ActorType.ORGANIZATION, null, null));
      }
    }
  }

  private static boolean sentenceStart(String text, int b) {
    int i = b - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    return i < 0 || ".!?:\n•●".indexOf(text.charAt(i)) >= 0;
  }

  /** Inside quotation marks: a title of a work, not a body. */
  private static boolean quoted(String text, int b) {
    int i = b - 1;
    return i >= 0 && "“\"‘".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean free(boolean[] taken, int b, int e) {
    for (int k = b; k < e; k++) if (taken[k]) return false;
    return true;
  }

  private static boolean plausible(String name, String text, Set<String> dictionary) {
    String[] w = name.split("\\s");
    String first = w[0].toLowerCase(Locale.ROOT);
    if (ActorRules.STOPWORDS.contains(first) || ActorRules.PRONOUNS.contains(first) || ActorRules.PERSON_TITLES.contains(w[0])) return false;
    if (ActorRules.GENERIC.contains(name.toLowerCase(Locale.ROOT)) || ActorRules.NOT_NAMES.contains(name)) return false;
    if (w.length > 1) return true;
    return !(dictionary.contains(first) && ActorAggregator.usedLowercase(text, first));
  }
}
