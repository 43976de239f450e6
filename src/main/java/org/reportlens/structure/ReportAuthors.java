package org.reportlens.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Words;

/**
 * The people who wrote a single report, from ranked evidence in its first pages: the byline under
 * the title where the title stands as a heading, then an authors page (a heading "Authors" over
 * names set apart in capitals or bold, each with its affiliation), then any byline on the cover
 * pages. Consumes the clean blocks; returns names with their case restored, or an empty list.
 * Pure; one pass over the first pages.
 */
final class ReportAuthors {
  /** A name then a job title: "Jane Roe Specialist in Energy Policy". */
  private static final Pattern NAME_THEN_POSITION = Pattern.compile(
      "^(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+|van|von|de|der|den)){1,3})\\s+"
          + "(?:Specialist|Analyst|Senior|Director|Professor|Fellow|Research|Associate|Assistant|Chair|President|Editor|Legislative|Lecturer|Head|Chief)\\b.*");
  private static final Pattern AUTHORS_HEADING = Pattern.compile("(?i)^(?:the )?(?:authors?|contributors|contributing authors|writers)$");
  /** The title's byline may follow a subtitle: look this many blocks past the title. */
  private static final int AFTER_TITLE = 2;

  private ReportAuthors() {}

  static List<String> read(List<Block> blocks, List<String> texts, String title, Casing casing) {
    List<String> names = titleByline(blocks, texts, title, casing);
    if (names.isEmpty()) names = authorsPage(blocks, texts, casing);
    if (names.isEmpty()) names = coverAuthors(blocks, texts, casing);
    return names;
  }

  private static int firstPage(List<Block> blocks) {
    return blocks.stream().mapToInt(Block::page).filter(p -> p > 0).findFirst().orElse(0);
  }

  /** Block {@code i} lies in the first pages (the first blocks when the format has no pages). */
  private static boolean front(List<Block> blocks, int i, int firstPage, int pages) {
    return firstPage == 0 ? i < 30 * pages : blocks.get(i).page() < firstPage + pages;
  }

  /**
   * The byline printed under the report's title where the title stands as a heading in the first
   * pages (a line of names, or names in capitals before the text), past a subtitle. With the title
   * printed more than once, the fullest byline wins: a cover may name the first authors only, and a
   * label under the cover's title ("Recommended Citation") reads as one name at most.
   */
  static List<String> titleByline(List<Block> blocks, List<String> texts, String title, Casing casing) {
    if (title == null) return List.of();
    String key = norm(title);
    int firstPage = firstPage(blocks);
    List<String> best = List.of();
    for (int i = 0; i + 1 < blocks.size() && front(blocks, i, firstPage, 2 * CoverReader.COVER_PAGES); i++) {
      if (!norm(texts.get(i)).equals(key)) continue;
      for (int j = i + 1; j <= i + AFTER_TITLE && j < blocks.size() && blocks.get(j).page() == blocks.get(i).page(); j++) {
        String next = TocSegmenter.clean(texts.get(j));
        List<String> names = Openings.bylineNames(next, casing);
        if (names.isEmpty()) names = Openings.leadingNames(next, casing);
        if (names.size() > best.size()) best = names;
        if (!names.isEmpty() || TocSegmenter.isProse(next)) break;
      }
    }
    return best;
  }

  /**
   * An authors page: under a heading "Authors" on one of the first pages, each name set apart on
   * its own line; when some are in capitals or bold, only those (the others are affiliations).
   */
  static List<String> authorsPage(List<Block> blocks, List<String> texts, Casing casing) {
    int firstPage = firstPage(blocks);
    for (int i = 0; i < blocks.size() && front(blocks, i, firstPage, 2 * CoverReader.COVER_PAGES); i++) {
      if (!AUTHORS_HEADING.matcher(TocSegmenter.clean(texts.get(i))).matches()) continue;
      List<String> plain = new ArrayList<>();
      List<String> marked = new ArrayList<>();
      for (int j = i + 1; j < blocks.size() && blocks.get(j).page() == blocks.get(i).page(); j++) {
        String t = TocSegmenter.clean(texts.get(j));
        List<String> names = Bylines.names(t);
        if (names.size() != 1 || !casing.personName(names.get(0))) continue;
        plain.add(casing.name(names.get(0)));
        boolean bold = blocks.get(j).style() != null && blocks.get(j).style().bold();
        if (Casing.isMostlyCaps(t) || bold) marked.add(casing.name(names.get(0)));
      }
      List<String> names = marked.size() >= 2 ? marked : plain;
      Set<String> distinct = new LinkedHashSet<>(names);
      if (distinct.size() >= 2) return List.copyOf(distinct);
    }
    return List.of();
  }

  /** People named in a byline on the cover pages ("Jane Roe and John Doe", "Jane Roe Specialist in ..."). */
  static List<String> coverAuthors(List<Block> blocks, List<String> texts, Casing casing) {
    int firstPage = firstPage(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      if (firstPage > 0 && blocks.get(i).page() >= firstPage + CoverReader.COVER_PAGES) break;
      if (firstPage == 0 && i > 30) break;
      String t = TocSegmenter.clean(texts.get(i));
      if (blocks.get(i).kind() == BlockKind.HEADING && i == 0) continue;
      List<String> names = Bylines.names(t);
      if (names.isEmpty()) {
        Matcher m = NAME_THEN_POSITION.matcher(t);
        if (m.matches() && Words.count(t) <= 14) names = List.of(m.group(1));
      }
      if (!names.isEmpty() && names.stream().allMatch(casing::personName)) {
        return names.stream().map(casing::name).toList();
      }
    }
    return List.of();
  }

  private static String norm(String s) {
    return String.join(" ", TocSegmenter.words(s));
  }
}
