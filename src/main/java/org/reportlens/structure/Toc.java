package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;

/**
 * Finds a table of contents among the first blocks of a report and reads its entries: the text
 * before each dot leader and the page after it ("NATO and its Partners Tommy Steiner ..... 8").
 * An entry's text is the essay title, often followed by its authors; telling the two apart needs
 * the headings of the body, which is {@link TocSegmenter}'s job. Pure and thread-safe.
 */
final class Toc {
  /** Dot, ellipsis, middle-dot or underscore leaders, then a page number. */
  private static final Pattern LEADER = Pattern.compile("\\s*(?:…|\\.{2,}|·{2,}|_{3,})[.…·_\\s]*(\\d{1,4})(?=\\s|$)");
  private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table of )?contents$");
  /** Without leaders, under a "Contents" heading: "Title 12" entries. */
  private static final Pattern BARE_ENTRY = Pattern.compile("(\\S.*?)\\s+(\\d{1,4})(?=\\s+\\p{Lu}|\\s*$)");
  /** Only the first part of a report is searched: a contents page sits in the front matter. */
  private static final int SEARCH_BLOCKS = 60;

  record Entry(String text, int page) {}

  /** The entries and the index of the last block that holds them. */
  record Contents(List<Entry> entries, int firstBlock, int lastBlock) {}

  private Toc() {}

  static Contents find(List<Block> blocks) {
    int limit = Math.min(blocks.size(), SEARCH_BLOCKS);
    for (int i = 0; i < limit; i++) {
      List<Entry> entries = new ArrayList<>(leaderEntries(blocks.get(i).text()));
      int last = i;
      if (entries.isEmpty() && blocks.get(i).kind() == BlockKind.HEADING
          && CONTENTS.matcher(blocks.get(i).text().strip()).matches()) {
        for (int j = i + 1; j < blocks.size() && blocks.get(j).kind() != BlockKind.HEADING; j++) {
          List<Entry> more = leaderEntries(blocks.get(j).text());
          if (more.isEmpty()) more = bareEntries(blocks.get(j).text());
          if (more.isEmpty()) break;
          entries.addAll(more);
          last = j;
        }
      } else if (!entries.isEmpty()) {
        for (int j = i + 1; j < blocks.size(); j++) {
          List<Entry> more = leaderEntries(blocks.get(j).text());
          if (more.isEmpty()) break;
          entries.addAll(more);
          last = j;
        }
      }
      if (entries.size() >= 2 && nonDecreasing(entries)) return new Contents(entries, i, last);
    }
    return null;
  }

  static List<Entry> leaderEntries(String text) {
    List<Entry> out = new ArrayList<>();
    Matcher m = LEADER.matcher(text);
    int from = 0;
    while (m.find()) {
      String t = text.substring(from, m.start()).strip();
      if (!t.isEmpty()) out.add(new Entry(t, Integer.parseInt(m.group(1))));
      from = m.end();
    }
    return out;
  }

  private static List<Entry> bareEntries(String text) {
    List<Entry> out = new ArrayList<>();
    Matcher m = BARE_ENTRY.matcher(text);
    while (m.find()) out.add(new Entry(m.group(1).strip(), Integer.parseInt(m.group(2))));
    return out;
  }

  private static boolean nonDecreasing(List<Entry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).page() < entries.get(i - 1).page()) return false;
    }
    return true;
  }
}
