package org.reportlens.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
  private static final Pattern LEADER = Pattern.compile("\\s*(?:…|\\.{2,}|(?:\\.\\s){3,}|·{2,}|_{3,})[.…·_\\s]*(\\d{1,4})(?=\\s|$)");
  private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table of )?contents$");
  /** Without leaders, under a "Contents" heading: "Title 12" entries. */
  private static final Pattern BARE_ENTRY = Pattern.compile("(\\S.*?)\\s+(\\d{1,4}|[ivxl]{1,5})(?=\\s+\\p{Lu}|\\s*$)");
  /** Only the first part of a report is searched: a contents page sits in the front matter. */
  private static final int SEARCH_BLOCKS = 60;
  /** ... or the first pages, for a report whose cover and imprint hold many blocks. */
  private static final int SEARCH_PAGES = 12;

  record Entry(String text, int page) {}

  /** The entries and the index of the last block that holds them. */
  record Contents(List<Entry> entries, int firstBlock, int lastBlock) {}

  private Toc() {}

  static Contents find(List<Block> blocks) {
    for (int i = 0; i < blocks.size() && (i < SEARCH_BLOCKS || blocks.get(i).page() > 0 && blocks.get(i).page() <= SEARCH_PAGES); i++) {
      List<Entry> entries = new ArrayList<>(leaderEntries(blocks.get(i).text()));
      int last = i;
      boolean underHeading = entries.isEmpty() && CONTENTS.matcher(blocks.get(i).text().strip()).matches();
      if (!entries.isEmpty()) {
        // Entries with leaders, read from the lines joined: an entry's title, authors and page
        // may stand on lines of their own. Part headings of the contents ("Overview of Talks")
        // are left out.
        StringBuilder joined = new StringBuilder();
        // The line before belongs to the first entry when that entry is only its authors' names.
        if (i > 0 && blocks.get(i - 1).kind() != BlockKind.HEADING && shortLine(blocks.get(i - 1).text())
            && !Bylines.names(entries.get(0).text()).isEmpty()
            && !CONTENTS.matcher(blocks.get(i - 1).text().strip().replaceFirst("^\\d+\\s+", "")).matches()) {
          joined.append(blocks.get(i - 1).text().strip()).append(' ');
        }
        joined.append(blocks.get(i).text().strip());
        int misses = 0;
        for (int j = i + 1; j < blocks.size() && misses < 2; j++) {
          String t = blocks.get(j).text().strip();
          if (!leaderEntries(t).isEmpty() || blocks.get(j).kind() == BlockKind.CONTENTS) {
            joined.append(' ').append(t);
            last = j;
            misses = 0;
          } else if (blocks.get(j).kind() == BlockKind.HEADING && shortLine(t)) {
            misses++;
          } else if (shortLine(t) && j + 1 < blocks.size() && !leaderEntries(blocks.get(j + 1).text()).isEmpty()) {
            joined.append(' ').append(t);
          } else {
            break;
          }
        }
        entries = leaderEntries(joined.toString());
      } else if (underHeading) {
        // Entries follow, in blocks of their own or several to a block; a title without a page
        // number is either the first line of an entry whose authors and page follow, or a part
        // heading of the contents ("Overview of Talks"), which is skipped.
        String pending = null;
        for (int j = i + 1; j < blocks.size(); j++) {
          String t = blocks.get(j).text().strip();
          List<Entry> more = leaderEntries(t);
          if (more.isEmpty() && underHeading) more = bareEntries(t);
          if (more.isEmpty()) {
            if (pending != null || t.split("\\s+").length > 20 || t.isEmpty()) break;
            pending = t;
            continue;
          }
          if (pending != null) {
            Entry first = more.get(0);
            if (!Bylines.names(first.text()).isEmpty()) {
              more = new ArrayList<>(more);
              more.set(0, new Entry(pending + " " + first.text(), first.page()));
            }
            pending = null;
          }
          entries.addAll(more);
          last = j;
        }
      }
      if (entries.size() >= 2 && nonDecreasing(entries)) return new Contents(rejoin(entries, blocks, last), i, last);
    }
    return null;
  }

  /**
   * Words an entry broke at a line end with a hyphen ("black-" / "lists?") joined when the document
   * writes them joined ("blacklists"), else kept hyphenated ("third-party"). One pass over the
   * text after the contents, only when an entry has such a break.
   */
  static List<Entry> rejoin(List<Entry> entries, List<Block> blocks, int last) {
    if (entries.stream().noneMatch(e -> BROKEN.matcher(e.text()).find())) return entries;
    Set<String> words = new HashSet<>();
    for (int k = last + 1; k < blocks.size(); k++) words.addAll(TocSegmenter.words(blocks.get(k).text()));
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      Matcher m = BROKEN.matcher(e.text());
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String joined = m.group(1) + m.group(2);
        m.appendReplacement(b, Matcher.quoteReplacement(
            words.contains(joined.toLowerCase(Locale.ROOT)) ? joined : m.group(1) + "-" + m.group(2)));
      }
      m.appendTail(b);
      out.add(new Entry(b.toString(), e.page()));
    }
    return out;
  }

  private static final Pattern BROKEN = Pattern.compile("(\\p{L}+)-[ \\t]*\\n\\s*(\\p{Ll}+)");

  private static boolean shortLine(String t) {
    return !t.isBlank() && t.split("\\s+").length <= 20;
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
    while (m.find()) out.add(new Entry(m.group(1).strip(), m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) : 0));
    return out;
  }

  private static boolean nonDecreasing(List<Entry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).page() < entries.get(i - 1).page()) return false;
    }
    return true;
  }
}
