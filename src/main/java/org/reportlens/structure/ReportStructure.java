package org.reportlens.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.extract.Markers;
import org.reportlens.model.Author;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.Matter;
import org.reportlens.model.OutlineEntry;
import org.reportlens.model.PageRange;

/**
 * Reads a single or institutional report: the cover, imprint and contents pages become front
 * matter; the main body one {@code report} unit; each annex or appendix ("Annex III", "Appendix B:
 * ...", "APPENDIX C") its own {@code annex} unit titled as printed; closing references, biographies
 * and acronym lists the back matter. Headings inside a unit become its sections. Every block lands
 * in a unit or in the matter: nothing is dropped here. Pure; one pass over the blocks.
 */
final class ReportStructure {
  static final Pattern ANNEX = Pattern.compile(
      "^(?:ANNEX|Annex|APPENDIX|Appendix)\\s+([IVXLC]{1,6}|[A-Z]|\\d{1,2})\\b(?![.]\\d)\\s*(?:[:.–—-]\\s*(\\S.*))?$");
  private static final Pattern IMPRINT = Pattern.compile(
      "(?i)©|\\bcopyright\\b|\\ball rights reserved\\b|\\bISBN\\b|\\bISSN\\b|creative commons|\\blicen[cs]e[ds]?\\b|\\bprinted (?:in|by)\\b|\\bcover (?:image|photo|design)\\b");
  private static final Pattern CONTENTS_HEADING = Pattern.compile("(?i)^(?:table of )?contents$");
  private static final Pattern LEADER = Pattern.compile("(?:…|\\.{3,}|·{3,}|_{3,})\\s*\\d{1,4}\\b");
  /** Entries without leaders: "Background 2 Attackers Exploited ... 10". */
  private static final Pattern BARE_ENTRIES = Pattern.compile("^(?:[^.!?\\d][^!?]{1,150}?\\s\\d{1,3}\\s*)+$");
  static final Pattern BACK_HEADING = Pattern.compile(
      "(?i)^(?:references|bibliography|resources|works cited|sources|endnotes|notes|glossary|about the authors?|about the contributors?|"
          + "authors?|author information|contributors|participants|list of participants|acronyms|abbreviations|list of (?:acronyms|abbreviations)|"
          + "disclaimer|index)$");

  private ReportStructure() {}

  /** What the report holds: its units and its matter. */
  record Result(List<Essay> units, Matter front, Matter back) {}

  static Result read(Reading reading, String reportId, String title, List<String> authors, List<OutlineEntry> outline) {
    List<Block> blocks = reading.blocks();
    List<String> texts = reading.texts();
    List<String> running = reading.running();
    List<Block> split = Opinion.split(blocks);
    boolean same = split == blocks;
    if (!same) {
      blocks = split;
      texts = TocSegmenter.texts(blocks);
    }
    int n = blocks.size();
    boolean[] contents = contentsBlocks(blocks, texts);
    int body = bodyStart(blocks, texts, contents, title);
    // Part titles (divider pages, headings printed again as running heads) are sections, not text.
    // (computed again only when opinions were split into blocks of their own)
    boolean[] only = same ? reading.dividers() : PartTitles.dividers(blocks, texts);
    boolean[] runningHeads = same ? reading.runningHeads() : PartTitles.runningHeadings(blocks, texts, running);
    for (int i = 0; i < n; i++) only[i] |= runningHeads[i];

    // Annex starts: the first heading-like line for each label after the body has begun; in a
    // court's report, each opinion (and the syllabus) is an item of its own.
    List<Integer> annexes = new ArrayList<>();
    List<String> partTitles = new ArrayList<>();
    List<EssayKind> partKinds = new ArrayList<>();
    List<String> partAuthors = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = body + 1; i < n; i++) {
      if (contents[i]) continue;
      String t = TocSegmenter.clean(texts.get(i));
      if (TocSegmenter.words(t).size() > 20) continue;
      Matcher m = ANNEX.matcher(t);
      if (m.matches()) {
        if (blocks.get(i).kind() != BlockKind.HEADING && t.matches(".*\\s\\d{1,3}$")) continue; // a contents entry
        if (i + 1 < n && ANNEX.matcher(TocSegmenter.clean(texts.get(i + 1))).matches()) continue; // a list of the annexes
        if (labels.add("annex " + m.group(1).toUpperCase(Locale.ROOT))) {
          annexes.add(i);
          partTitles.add(t);
          partKinds.add(EssayKind.ANNEX);
          partAuthors.add(null);
        }
        continue;
      }
      Opinion o = Opinion.at(texts, i);
      if (o != null && labels.add(o.title().toLowerCase(Locale.ROOT))) {
        annexes.add(i);
        partTitles.add(o.title());
        partKinds.add(EssayKind.ITEM);
        partAuthors.add(o.author());
      }
    }

    // The outline names annexes whose headings the page furniture took (a side heading repeated
    // on each page): each starts at the first block of its page.
    for (OutlineEntry e : outline) {
      Matcher m = ANNEX.matcher(TocSegmenter.clean(e.title()));
      if (!m.matches() || e.page() <= 0 || !labels.add("annex " + m.group(1).toUpperCase(Locale.ROOT))) continue;
      for (int i = body + 1; i < n; i++) {
        if (blocks.get(i).page() >= e.page() && !contents[i]) {
          int at = 0;
          while (at < annexes.size() && annexes.get(at) < i) at++;
          if (at < annexes.size() && annexes.get(at) == i) break;
          annexes.add(at, i);
          partTitles.add(at, TocSegmenter.clean(e.title()));
          partKinds.add(at, EssayKind.ANNEX);
          partAuthors.add(at, null);
          break;
        }
      }
    }

    // Back matter: from the first closing heading ("References", "About the authors") after the
    // last unit has begun, when what follows is the tail of the document, not a note under a table.
    int lastStart = annexes.isEmpty() ? body : annexes.get(annexes.size() - 1);
    int back = n;
    for (int i = lastStart + 1; i < n; i++) {
      if (blocks.get(i).kind() == BlockKind.HEADING && BACK_HEADING.matcher(TocSegmenter.clean(texts.get(i))).matches()
          && (n - i) * 100L <= 35L * Math.max(1, n - body)) {
        back = i;
        break;
      }
    }

    List<Essay> units = new ArrayList<>();
    List<Integer> frontBlocks = new ArrayList<>();
    List<Matter.Part> frontParts = new ArrayList<>();
    for (int i = 0; i < Math.min(body, n); i++) frontBlocks.add(i);
    int mainEnd = annexes.isEmpty() ? back : annexes.get(0);
    List<Integer> main = new ArrayList<>();
    for (int i = body; i < mainEnd; i++) {
      if (contents[i]) frontBlocks.add(i);
      else main.add(i);
    }
    addPart(frontParts, "cover", blocks, 0, body);
    addContentsPart(frontParts, blocks, contents);
    List<Author> unitAuthors = authors.stream().map(a -> new Author(a, null)).toList();
    // A court's decision: what comes before its first opinion is the syllabus when the running heads
    // label pages so; it is an item like the opinions, the report's title stays the case's.
    boolean syllabus = partKinds.contains(EssayKind.ITEM) && running.stream().anyMatch(r -> r.strip().equalsIgnoreCase("syllabus"));
    Essay report = syllabus ? unit(reportId + "/1", EssayKind.ITEM, "Syllabus", List.of(), blocks, main, only)
        : unit(reportId + "/1", EssayKind.REPORT, title, unitAuthors, blocks, main, only);
    if (report != null) units.add(report);
    for (int k = 0; k < annexes.size(); k++) {
      int from = annexes.get(k);
      int to = k + 1 < annexes.size() ? annexes.get(k + 1) : back;
      List<Integer> idx = new ArrayList<>();
      for (int i = from + 1; i < to; i++) {
        if (contents[i]) frontBlocks.add(i);
        // the same annex heading repeated at the top of its following pages
        else if (!TocSegmenter.clean(texts.get(i)).equals(TocSegmenter.clean(texts.get(from)))) idx.add(i);
      }
      String author = partAuthors.get(k) != null ? partAuthors.get(k) : Opinion.author(texts, from, to);
      List<Author> by = author == null ? List.of() : List.of(new Author(author, null));
      if (partKinds.get(k) == EssayKind.ITEM) idx.add(0, from);
      Essay a = unit(reportId + "/" + (units.size() + 1), partKinds.get(k), partTitles.get(k), by, blocks, idx, only);
      if (a == null) a = unit(reportId + "/" + (units.size() + 1), partKinds.get(k), partTitles.get(k), by, blocks, List.of(from), null);
      if (a != null) units.add(a);
    }
    List<Integer> backBlocks = new ArrayList<>();
    List<Matter.Part> backParts = new ArrayList<>();
    for (int i = back; i < n; i++) backBlocks.add(i);
    int partFrom = back;
    for (int i = back + 1; i <= n; i++) {
      if (i == n || blocks.get(i).kind() == BlockKind.HEADING && BACK_HEADING.matcher(TocSegmenter.clean(texts.get(i))).matches()) {
        addPart(backParts, backKind(texts.get(partFrom)), blocks, partFrom, i, TocSegmenter.clean(texts.get(partFrom)));
        partFrom = i;
      }
    }
    frontBlocks.sort(Integer::compare);
    return new Result(units, matter(blocks, frontBlocks, frontParts), matter(blocks, backBlocks, backParts));
  }

  /** Blocks of a printed table of contents: CONTENTS blocks, dot-leader entries, entries near a "Contents" heading. */
  static boolean[] contentsBlocks(List<Block> blocks, List<String> texts) {
    int n = blocks.size();
    boolean[] c = new boolean[n];
    int lastHeading = -100;
    for (int i = 0; i < n; i++) {
      if (CONTENTS_HEADING.matcher(texts.get(i).strip()).matches()) {
        c[i] = true;
        lastHeading = i;
      }
    }
    for (int i = 0; i < n; i++) {
      String t = texts.get(i).strip();
      if (blocks.get(i).kind() == BlockKind.CONTENTS) c[i] = true;
      else if (LEADER.matcher(t).find() && !t.matches("(?s).*[.!?][\"”’)]?$")) c[i] = true;
    }
    // Entries without leaders, next to a "Contents" line on the same page.
    for (int i = 0; i < n; i++) {
      if (!c[i] || !CONTENTS_HEADING.matcher(texts.get(i).strip()).matches()) continue;
      for (int d : new int[] {-1, 1}) {
        for (int j = i + d; j >= 0 && j < n && Math.abs(j - i) <= 40; j += d) {
          if (blocks.get(j).page() != blocks.get(i).page() && blocks.get(j).page() != blocks.get(i).page() + d) break;
          String t = texts.get(j).strip();
          if (c[j] || BARE_ENTRIES.matcher(t).matches() || t.matches("(?i)^(?:figures?|tables?|boxes)$")) c[j] = true;
          else if (!t.matches("(?i)^page\\s+[ivxl\\d]+\\b.*")) break;
        }
      }
    }
    return c;
  }

  static int bodyStart(List<Block> blocks, List<String> texts, boolean[] contents) {
    return bodyStart(blocks, texts, contents, null);
  }

  /**
   * Where the body begins: the first paragraph of prose that is not imprint or contents, moved back
   * over the headings just before it on the same page; never on cover sheets of another page size
   * ({@link CoverSheets}), nor before the report's own title where that stands as a heading further
   * down the same page (a gazette's section banner and its standing note above the notice's title).
   */
  static int bodyStart(List<Block> blocks, List<String> texts, boolean[] contents, String title) {
    int n = blocks.size();
    for (int i = CoverSheets.firstBodyBlock(blocks); i < n; i++) {
      String t = texts.get(i);
      if (contents[i] || blocks.get(i).kind() != BlockKind.PARAGRAPH || IMPRINT.matcher(t).find()) continue;
      if (!TocSegmenter.isProse(t)) continue;
      int s = i;
      while (s - 1 >= 0 && blocks.get(s - 1).kind() == BlockKind.HEADING && !contents[s - 1]
          && blocks.get(s - 1).page() == blocks.get(i).page()) s--;
      int titled = titleBelow(blocks, texts, s, title);
      return titled >= 0 ? titled : s;
    }
    return 0;
  }

  private static Essay unit(String id, EssayKind kind, String title, List<Author> authors, List<Block> blocks, List<Integer> idx,
                            boolean[] sectionOnly) {
    UnitText u = UnitText.of(blocks, idx, sectionOnly);
    if (u.text().isBlank()) return null;
    PageRange pages = u.firstPage() > 0 ? new PageRange(u.firstPage(), Math.max(u.firstPage(), u.lastPage())) : null;
    return new Essay(id, kind, title, authors, pages, null, u.text(), u.pageStarts(), List.of(), u.refs(), List.of(), null,
        u.sections());
  }

  /** The heading after {@code from} on its page that prints the report's title, or -1. */
  private static int titleBelow(List<Block> blocks, List<String> texts, int from, String title) {
    List<String> want = title == null ? List.of() : TocSegmenter.words(title);
    if (want.size() < 2) return -1;
    for (int k = from + 1; k < blocks.size() && blocks.get(k).page() == blocks.get(from).page(); k++) {
      if (blocks.get(k).kind() != BlockKind.HEADING) continue;
      List<String> head = TocSegmenter.words(texts.get(k));
      if (head.equals(want) || head.size() >= 3 && head.size() < want.size() && want.subList(0, head.size()).equals(head)) return k;
    }
    return -1;
  }

  static Matter matter(List<Block> blocks, List<Integer> idx, List<Matter.Part> parts) {
    if (idx.isEmpty()) return Matter.empty();
    StringBuilder text = new StringBuilder();
    int first = 0;
    int last = 0;
    for (int i : idx) {
      String t = TocSegmenter.clean(blocks.get(i).text());
      if (t.isEmpty()) continue;
      if (text.length() > 0) text.append("\n\n");
      text.append(t);
      int p = blocks.get(i).page();
      if (p > 0) {
        if (first == 0) first = p;
        first = Math.min(first, p);
        last = Math.max(last, p);
      }
    }
    return new Matter(first > 0 ? new PageRange(first, last) : null, text.toString(), parts);
  }

  private static void addPart(List<Matter.Part> parts, String kind, List<Block> blocks, int from, int to) {
    addPart(parts, kind, blocks, from, to, null);
  }

  static void addPart(List<Matter.Part> parts, String kind, List<Block> blocks, int from, int to, String title) {
    if (to <= from) return;
    int first = blocks.get(from).page();
    int last = blocks.get(to - 1).page();
    parts.add(new Matter.Part(kind, title, first > 0 ? new PageRange(first, Math.max(first, last)) : null));
  }

  private static void addContentsPart(List<Matter.Part> parts, List<Block> blocks, boolean[] contents) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < contents.length; i++) {
      if (!contents[i]) continue;
      if (first < 0) first = i;
      last = i;
    }
    if (first >= 0) addPart(parts, "contents", blocks, first, last + 1, "Contents");
  }

  static String backKind(String heading) {
    String h = TocSegmenter.clean(heading).toLowerCase(Locale.ROOT);
    if (h.matches("references|bibliography|resources|works cited|sources")) return "bibliography";
    if (h.matches(".*(authors?|contributors|participants|author information).*")) return "biographies";
    if (h.matches(".*(acronyms|abbreviations|glossary).*")) return "acronyms";
    if (h.matches("(end)?notes")) return "notes";
    return "back";
  }
}
