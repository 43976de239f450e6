package org.reportlens.aggregate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source a citation right after a quotation names: an author-date reference ("“...” (Roe, Doe,
 * and Poe 2020)", "(Roe et al. 2020, p. 12)") gives the cited authors; a court's citation of a
 * separate opinion ("“...” Smith v. Jones, 500 U. S., at 80 (ROE, J., concurring)") gives the
 * Justice who wrote it. Consumes the text that follows the closing mark; produces the source as a
 * name, or null. Several references in one parenthesis ("(Roe 2019; Doe 2020)") name no single
 * source. Pure and thread-safe.
 */
final class CitationSources {
  private CitationSources() {}

  /** One author: capitalised words ("Roe", "Van Allen", "Prieto-Martín"). */
  private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,2}";
  private static final Pattern AUTHOR_DATE = Pattern.compile(
      "^[\\s,.;:]*\\((?:see\\s+)?(" + NAME + "(?:(?:\\s*,\\s*|\\s*,?\\s+and\\s+|\\s*&\\s*)" + NAME + ")*(?:\\s+et\\s+al\\.?)?)"
          + ",?\\s+(?:1[89]|20)\\d\\d[a-z]?(?:\\s*[,:]\\s*(?:pp?\\.\\s*)?[\\divxlc]+(?:\\s*[–-]\\s*\\d+)?)?\\)");
  /** An author-date parenthesis anywhere: removed before a sentence is judged bibliographic. */
  private static final Pattern AUTHOR_DATE_ANYWHERE = Pattern.compile(
      "\\((?:see\\s+)?" + NAME + "(?:(?:\\s*,\\s*|\\s*,?\\s+and\\s+|\\s*&\\s*)" + NAME + ")*(?:\\s+et\\s+al\\.?)?"
          + ",?\\s+(?:1[89]|20)\\d\\d[a-z]?(?:\\s*[,:]\\s*(?:pp?\\.\\s*)?[\\divxlc]+(?:\\s*[–-]\\s*\\d+)?)?\\)");
  /** "(ROE, J., concurring)", "(opinion of Roe, J.)", "(ROE, C. J., dissenting)" after a case citation (small capitals may come out either way). */
  private static final Pattern JUSTICE = Pattern.compile(
      "^[^“”\"()\\n]{0,140}?\\((?:(?:plurality\\s+)?opinion\\s+of\\s+)?(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?),\\s+(C\\.\\s*)?J\\."
          + "(?:,\\s*(?:concurring|dissenting)[^)]*)?\\)");

  /** The authors an author-date citation right after a quotation names, or null. */
  static String authorDate(String after) {
    Matcher m = AUTHOR_DATE.matcher(after);
    return m.find() ? EssayTokens.squash(m.group(1)) : null;
  }

  /** The sentence without its author-date parentheses ("(Roe 2020, p. 12)" is a reference, not a bibliography). */
  static String withoutAuthorDate(String sentence) {
    return sentence == null ? null : AUTHOR_DATE_ANYWHERE.matcher(sentence).replaceAll("");
  }

  /** "Justice Roe" (or "Chief Justice Roe") when the citation after a quotation names a separate opinion, else null. */
  static String justice(String after) {
    Matcher m = JUSTICE.matcher(after);
    if (!m.find()) return null;
    StringBuilder name = new StringBuilder();
    for (String w : m.group(1).split("\\s+")) {
      if (name.length() > 0) name.append(' ');
      name.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return (m.group(2) != null ? "Chief Justice " : "Justice ") + name;
  }
}
