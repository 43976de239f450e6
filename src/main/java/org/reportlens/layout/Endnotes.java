package org.reportlens.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.extract.Markers;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Footnote;
import org.reportlens.model.Style;

/**
 * Endnote blocks: a "Notes" or "Endnotes" heading at the end of a chapter or report followed by
 * entries numbered from 1 ("1 See ...", "1. See ..."). The heading and the entries leave the text;
 * each entry becomes a {@link Footnote}, and its marker in the text before the heading (back to the
 * previous endnote block) is replaced by {@link Markers#footnote}: a number glued to a word or after
 * punctuation ("power.12", "power,12", "power12") or after punctuation and a space ("power. 12").
 * Markers are matched in increasing order of number and of position, so a year or a count in the
 * text is not taken for one. An entry runs over its wrapped lines until the next number; the block
 * ends at a block in larger type than the entries (the text or the next chapter resumes), at a
 * heading, or at a number out of sequence. A note's {@code page} is the page of its marker (the
 * page of the entry when no marker is found), so that the structure stage gives it to the chapter
 * that cites it. Cost: one pass over the blocks and their number tokens.
 */
final class Endnotes {
  private static final Pattern HEADING = Pattern.compile(
      "(?i)^(?:end\\s*notes|notes|notes (?:to|for) (?:chapter|part) [\\dIVXLC]+|chapter [\\dIVXLC]+ notes)\\s*:?$");
  private static final Pattern ENTRY = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\S.*)$");
  /** A number glued to a word or punctuation, or after punctuation and one space. */
  private static final Pattern MARKER = Pattern.compile(
      "(?:(?<=[\\p{Ll}.,;:!?\"”’)\\]])|(?<=[.,;:!?\"”’)\\]]\\s))(\\d{1,3})(?![\\d\\p{L}%]|[.,]\\d|\\s%)");

  private Endnotes() {}

  /** The blocks without their endnote blocks, markers placed, and the notes taken out. */
  record Result(List<Block> blocks, List<Footnote> notes, int headingWords) {}

  static Result extract(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks);
    List<Footnote> notes = new ArrayList<>();
    int headingWords = 0;
    int regionStart = 0;
    for (int i = 0; i < out.size(); i++) {
      Block b = out.get(i);
      if (b.kind() == BlockKind.CONTENTS || b.kind() == BlockKind.FOOTNOTE) continue;
      String[] lines = b.text().strip().split("\n");
      if (!HEADING.matcher(lines[0].strip()).matches()) continue;
      // The heading alone, or set in one block with its first entry.
      List<Block> entryBlocks = new ArrayList<>();
      if (lines.length > 1) entryBlocks.add(b.withText(b.text().strip().substring(lines[0].length()).strip()));
      int j = i + 1;
      while (j < out.size() && out.get(j).kind() != BlockKind.CONTENTS
          && (entryBlocks.isEmpty() || continues(out.get(j), entryBlocks.get(0), entryBlocks.get(entryBlocks.size() - 1)))) {
        if (entryBlocks.isEmpty() && !ENTRY.matcher(out.get(j).text().strip()).find()) break;
        entryBlocks.add(out.get(j));
        j++;
      }
      List<Footnote> entries = entries(entryBlocks);
      if (entries.size() < 2) continue;
      List<Footnote> linked = link(out, regionStart, i, entries);
      notes.addAll(linked);
      headingWords += PageZones.words(lines[0]);
      int end = i + 1 + entryBlocks.size() - (lines.length > 1 ? 1 : 0);
      out.subList(i, end).clear();
      regionStart = i;
      i--;
    }
    return new Result(out, notes, headingWords);
  }

  /**
   * A block goes on with the endnotes when it is no larger than the first entry's type, not bold
   * unless the entries are, and either opens with a number or carries on an entry the block before
   * left unfinished (the text after the notes, in the notes' type, is not taken as the last note).
   */
  private static boolean continues(Block next, Block first, Block last) {
    if (next.kind() == BlockKind.HEADING) return false;
    Style s = next.style();
    Style f = first.style();
    if (s != null && f != null && (s.fontSize() > f.fontSize() + 0.5 || (s.bold() && !f.bold()))) return false;
    String t = next.text().strip();
    if (ENTRY.matcher(t.split("\n")[0]).matches()) return true;
    String before = last.text().strip();
    boolean unfinished = !before.isEmpty() && ".!?)".indexOf(before.charAt(before.length() - 1)) < 0;
    return !t.isEmpty() && (Character.isLowerCase(t.charAt(0)) || unfinished) && t.split("\n").length <= 12;
  }

  /** The entries numbered 1, 2, 3 ... from the start of the blocks, each with its wrapped lines. */
  private static List<Footnote> entries(List<Block> blocks) {
    List<Footnote> out = new ArrayList<>();
    StringBuilder text = null;
    int page = 0;
    for (Block b : blocks) {
      for (String line : b.text().split("\n")) {
        String l = line.strip();
        if (l.isEmpty()) continue;
        Matcher m = ENTRY.matcher(l);
        int n = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (n == out.size() + (text == null ? 1 : 2)) {
          if (text != null) out.add(new Footnote(out.size() + 1, text.toString().strip(), page));
          text = new StringBuilder(m.group(2));
          page = b.page();
        } else if (text != null) {
          text.append(text.charAt(text.length() - 1) == '-' ? "" : " ").append(l);
        } else {
          return out;
        }
      }
    }
    if (text != null) out.add(new Footnote(out.size() + 1, text.toString().strip(), page));
    return out;
  }

  /** Places note n's marker after note n-1's in blocks [from, to); each note gets its marker's page. */
  private static List<Footnote> link(List<Block> blocks, int from, int to, List<Footnote> entries) {
    // Every number token that could be a marker, by number, in text order.
    Map<Integer, List<int[]>> candidates = new HashMap<>();
    for (int k = from; k < to; k++) {
      Block b = blocks.get(k);
      if (b.kind() == BlockKind.CONTENTS || b.kind() == BlockKind.FOOTNOTE) continue;
      Matcher m = MARKER.matcher(b.text());
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n >= 1 && n <= entries.size()) candidates.computeIfAbsent(n, x -> new ArrayList<>()).add(new int[] {k, m.start(1), m.end(1)});
      }
    }
    Map<Integer, TreeMap<Integer, int[]>> edits = new HashMap<>(); // block -> start -> [end, number]
    List<Footnote> out = new ArrayList<>();
    long last = -1;
    for (Footnote f : entries) {
      int[] hit = null;
      for (int[] c : candidates.getOrDefault(f.number(), List.of())) {
        long pos = ((long) c[0] << 32) | c[1];
        if (pos > last) {
          hit = c;
          last = pos;
          break;
        }
      }
      if (hit == null) {
        out.add(f);
        continue;
      }
      edits.computeIfAbsent(hit[0], x -> new TreeMap<>()).put(hit[1], new int[] {hit[2], f.number()});
      out.add(new Footnote(f.number(), f.text(), pageAt(blocks.get(hit[0]), hit[1])));
    }
    edits.forEach((k, byStart) -> {
      String t = blocks.get(k).text();
      StringBuilder sb = new StringBuilder(t);
      for (Map.Entry<Integer, int[]> e : byStart.descendingMap().entrySet()) {
        sb.replace(e.getKey(), e.getValue()[0], Markers.footnote(e.getValue()[1]));
      }
      blocks.set(k, blocks.get(k).withText(sb.toString()));
    });
    return out;
  }

  /** The page at a position of a block's text: the block's page, or the last page marker before it. */
  private static int pageAt(Block b, int at) {
    int page = b.page();
    Matcher m = Markers.ANY.matcher(b.text());
    while (m.find() && m.start() < at) if (m.group(1).charAt(0) == Markers.PAGE_OPEN) page = Integer.parseInt(m.group(2));
    return page;
  }
}
