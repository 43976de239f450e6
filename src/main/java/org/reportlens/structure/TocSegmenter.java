package org.reportlens.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.extract.Markers;
import org.reportlens.model.Author;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.FailureReason;
import org.reportlens.model.Footnote;
import org.reportlens.model.Matter;
import org.reportlens.model.FootnoteRef;
import org.reportlens.model.PageRange;
import org.reportlens.model.PageStart;
import org.reportlens.model.PullQuote;
import org.reportlens.model.ReportException;
import org.reportlens.model.ReportMeta;
import org.reportlens.model.SegmentedReport;
import org.reportlens.model.Words;

/**
 * Cuts a clean report into essays. With a table of contents, each entry's title is found among the
 * body headings and what follows the title in the entry is its authors; without one, headings
 * followed by a byline (or named Introduction, Foreword, Conclusion ...) start essays; a report with
 * neither is one essay. Within an essay the byline, affiliation, "In Brief"/abstract summary and
 * author biography are taken out of the text. Front matter (cover, about-the-publisher, editors,
 * contents) and back matter (publisher's back cover) never become essays.
 *
 * <p>Page numbers are the PDF's physical pages, not the printed ones a contents page gives.
 * Does not look at fonts or positions. Stateless and thread-safe.
 */
public final class TocSegmenter implements Segmenter {
  private static final Pattern SUMMARY = Pattern.compile(
      "^(?:In Brief|Abstract|Summary|Executive Summary|Key Points|Overview)\\s*[:.—–-]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUMMARY_HEADING = Pattern.compile(
      "(?i)^(?:in brief|abstract|summary|executive summary|key points)$");
  private static final Pattern BIO_HEADING = Pattern.compile(
      "(?i)^(?:biography|biographies|about the authors?|author biograph(?:y|ies)|the authors?|about the contributors?|contributors?|author information)$");
  private static final Pattern NOTES_HEADING = Pattern.compile(
      "(?i)^(?:notes|endnotes|references|bibliography|sources|works cited)$");
  private static final Pattern FRONT_HEADING = Pattern.compile(
      "(?i)^(?:about\\b.*|(?:table of )?contents|acknowledge?ments?|copyright.*|list of (?:figures|tables|abbreviations)|abbreviations|acronyms)$");
  private static final Pattern TERMINAL = Pattern.compile("[.!?…][\"”’)\\]]?$|[\"”’][.!?]?$");

  @Override
  public SegmentedReport segment(CleanDocument doc, String reportId) throws ReportException {
    SegmentedReport r = segment(doc, Reading.of(doc), reportId, true);
    if (r == null) throw new ReportException(doc.source().sourcePath(), FailureReason.NO_ESSAYS, "no text found");
    return r;
  }

  /**
   * The report read as an edited volume: units from the table of contents, else from headings
   * followed by bylines; null when neither is there.
   */
  SegmentedReport volume(CleanDocument doc, Reading reading, String reportId) {
    return segment(doc, reading, reportId, false);
  }

  private SegmentedReport segment(CleanDocument doc, Reading reading, String reportId, boolean single) {
    List<Block> blocks = reading.blocks();
    List<String> texts = reading.texts();
    Casing casing = reading.casing();
    ReportMeta meta = reading.meta();

    List<Start> starts = new ArrayList<>();
    Toc.Contents toc = Toc.find(blocks);
    if (toc != null) starts = fromContents(toc, blocks, texts, casing);
    int bodyFrom = toc != null ? toc.lastBlock() + 1 : 0;
    if (starts.isEmpty()) starts = fromOpenings(blocks, texts, casing);
    if (starts.isEmpty()) starts = fromHeadings(blocks, texts, bodyFrom);
    if (starts.isEmpty() && !single) return null;
    if (starts.isEmpty()) starts = List.of(singleEssay(blocks, texts, bodyFrom, meta, doc));

    List<Essay> essays = new ArrayList<>();
    double bodyType = Openings.bodySize(blocks); // once: a title's type is told from the body's
    // Divider pages go to the matter, headings printed again as running heads are sections only.
    boolean[] dividers = reading.dividers();
    boolean[] runningHeads = reading.runningHeads();
    for (Start s : starts) {
      for (int k = s.block; k < Math.min(blocks.size(), s.block + s.titleBlocks); k++) dividers[k] = false; // a unit's own title
    }
    for (int k = 0; k < starts.size(); k++) {
      Start s = starts.get(k);
      int end = s.end() >= 0 ? s.end() : k + 1 < starts.size() ? starts.get(k + 1).block : blocks.size();
      Essay e = build(reportId + "/" + (essays.size() + 1), s, end, k == starts.size() - 1, doc, texts, casing, bodyType, dividers, runningHeads);
      if (e != null) essays.add(e);
    }
    if (essays.isEmpty() && single && StructureReader.hasBodyText(blocks)) {
      // No prose where the body should begin: the whole text is the one unit rather than nothing.
      Essay e = build(reportId + "/1", new Start(0, starts.get(0).title(), List.of(), false), blocks.size(), false, doc, texts, casing,
          bodyType, new boolean[blocks.size()], runningHeads);
      if (e != null) essays.add(e);
    }
    if (essays.isEmpty()) return null;
    ReportMeta withFront = new ReportMeta(meta.title(), meta.series(), meta.publisher(), meta.year(), meta.editors(), meta.identifier(),
        meta.date(), meta.documentType(), meta.authors(), front(blocks, texts, starts.get(0).block, dividers), meta.backMatter());
    return new SegmentedReport(withFront, assignFootnotesAndPullQuotes(essays, doc));
  }

  /**
   * Front matter of a volume: the blocks before its first unit (cover, imprint, contents), and the
   * divider pages between its units, each a part of kind "part" titled as printed.
   */
  private static Matter front(List<Block> blocks, List<String> texts, int firstUnit, boolean[] dividers) {
    List<Integer> idx = new ArrayList<>();
    List<Matter.Part> parts = new ArrayList<>();
    int lead = Math.min(firstUnit, blocks.size());
    for (int i = 0; i < lead; i++) idx.add(i);
    if (lead > 0) ReportStructure.addPart(parts, "cover", blocks, 0, lead, null);
    for (int i = 0; i < blocks.size(); i++) {
      if (!dividers[i]) continue;
      if (i >= lead) idx.add(i);
      int j = i;
      while (j + 1 < blocks.size() && dividers[j + 1] && blocks.get(j + 1).page() == blocks.get(i).page()) j++;
      StringBuilder title = new StringBuilder();
      for (int k = i; k <= j; k++) title.append(title.length() > 0 ? " " : "").append(clean(texts.get(k)));
      ReportStructure.addPart(parts, "part", blocks, i, j + 1, title.toString());
      for (int k = i + 1; k <= j; k++) if (k >= lead) idx.add(k);
      i = j;
    }
    if (idx.isEmpty()) return null;
    Matter all = ReportStructure.matter(blocks, idx, parts);
    // Its pages are the leading pages; each divider gives its own page in its part.
    PageRange pages = lead > 0 ? ReportStructure.matter(blocks, idx.subList(0, Math.min(lead, idx.size())), List.of()).pages() : null;
    return new Matter(pages, all.text(), all.parts());
  }

  /** Where an essay begins: its title block, title, and the authors the contents page gives (may be empty). */
  private record Start(int block, String title, List<String> tocAuthors, boolean titleInBlock, int end, int titleBlocks) {
    Start(int block, String title, List<String> tocAuthors, boolean titleInBlock) {
      this(block, title, tocAuthors, titleInBlock, -1, 1);
    }

    Start(int block, String title, List<String> tocAuthors, boolean titleInBlock, int end) {
      this(block, title, tocAuthors, titleInBlock, end, 1);
    }
  }

  // ------------------------------------------------------------ finding essay starts

  private static List<Start> fromContents(Toc.Contents toc, List<Block> blocks, List<String> texts, Casing casing) {
    List<Start> starts = new ArrayList<>();
    int from = toc.lastBlock() + 1;
    List<Toc.Entry> entries = toc.entries();
    List<Integer> matched = new ArrayList<>();
    // Each entry's search starts where the last one was found: O(blocks x (1 + entries not found)),
    // with the blocks' words read once here, not once per entry.
    List<List<String>> blockWords = texts.stream().map(TocSegmenter::words).toList();
    for (int k = 0; k < entries.size(); k++) {
      Toc.Entry entry = entries.get(k);
      List<String> next = k + 1 < entries.size() ? words(entries.get(k + 1).text()) : List.of();
      List<String> entryWords = words(entry.text());
      // The entry read on its own: its title, then the names of its authors when it ends with them.
      int titleWords = titleWords(entry.text(), casing);
      List<String> entryAuthors = titleWords < entryWords.size() ? Bylines.names(afterWords(entry.text(), titleWords)) : List.of();
      List<String> title = entryWords.subList(0, titleWords);
      String entryTitle = clean(entry.text().substring(0, entry.text().length() - afterWords(entry.text(), titleWords).length()))
          .replaceAll("[\\s,;:–—-]+$", "");
      for (int i = from; i < blocks.size(); i++) {
        boolean heading = blocks.get(i).kind() == BlockKind.HEADING;
        List<String> head = blockWords.get(i);
        if (head.isEmpty()) continue;
        // A list of the titles in the text ("the sessions were: ...") is not where they begin.
        if (i + 1 < blocks.size() && next.size() >= 2 && startsWith(blockWords.get(i + 1), next)) continue;
        if (heading && head.size() <= entryWords.size() && entryWords.subList(0, head.size()).equals(head)) {
          String rest = afterWords(entry.text(), head.size());
          List<String> authors = rest.isBlank() ? List.of() : Bylines.names(rest);
          if (!authors.stream().allMatch(casing::personName)) authors = List.of();
          if (rest.isBlank() || !authors.isEmpty() || words(rest).size() <= 2) {
            starts.add(new Start(i, clean(texts.get(i)), authors, true));
            matched.add(k);
            from = i + 1;
            break;
          }
        }
        // A title set over two or three lines, or glued to its byline or first paragraph in one block.
        List<String> body = dropNumber(head, title);
        // The entry printed whole as the title: what read as its authors ("... The Day After The
        // Arab Spring") is the end of the title.
        // (read only when the entry matches below: printedWhole scans the blocks after i)
        final int at = i;
        java.util.function.BooleanSupplier whole =
            () -> !entryAuthors.isEmpty() && printedWhole(body, blocks, texts, blockWords, at, entryWords);
        if (body.size() < title.size() && body.size() <= 15 && i + 1 < blocks.size() && !isProse(texts.get(i))) {
          List<String> lines = new ArrayList<>(body);
          int last = i;
          while (last + 1 < blocks.size() && last < i + 2 && lines.size() < title.size() && (last == i || !isProse(texts.get(last)))) {
            lines.addAll(blockWords.get(++last));
          }
          if (lines.size() >= title.size() && sameWords(lines.subList(0, title.size()), title)) {
            int used = last - i + 1;
            boolean w = whole.getAsBoolean();
            starts.add(new Start(i, w ? clean(entry.text()) : entryTitle, w ? List.of() : entryAuthors, true, -1,
                lines.size() == title.size() ? used : used - 1));
            matched.add(k);
            from = last + 1;
            break;
          }
        }
        boolean split = heading && head.size() >= 3 && head.size() < title.size() && sameWords(title.subList(0, head.size()), head);
        // A one-word title stands as a heading of its own, or numbered on a line of its own ("4.6 Aftermath").
        boolean numbered = body.size() == title.size() && body.size() < head.size();
        boolean glued = (title.size() >= 2 || heading || numbered) && body.size() >= title.size() && sameWords(body.subList(0, title.size()), title);
        if (split || glued) {
          boolean w = whole.getAsBoolean();
          starts.add(new Start(i, w ? clean(entry.text()) : entryTitle, w ? List.of() : entryAuthors, split || body.size() == title.size()));
          matched.add(k);
          from = i + 1;
          break;
        }
      }
    }
    // A contents page whose entries are mostly not found is not this document's outline.
    if (starts.size() * 2 < toc.entries().size()) return List.of();
    return withLeadingUnits(starts, matched, toc, blocks, texts, casing);
  }

  /**
   * Prose before the first unit found is not dropped: the text after the contents page becomes the
   * unit of the contents entry just before the first one found (its title was not printed where
   * the text begins), and the prose before the contents page the unit of the first entry when that
   * one was not found either (an executive summary on the first pages, listed on page 1).
   */
  private static List<Start> withLeadingUnits(List<Start> starts, List<Integer> matched, Toc.Contents toc,
                                              List<Block> blocks, List<String> texts, Casing casing) {
    if (starts.isEmpty()) return starts;
    List<Start> out = new ArrayList<>();
    int firstEntry = matched.get(0);
    boolean[] contents = ReportStructure.contentsBlocks(blocks, texts);
    int before = ReportStructure.bodyStart(blocks, texts, contents);
    if (firstEntry > 0 && before < toc.firstBlock() && proseWords(blocks, texts, before, toc.firstBlock(), contents) >= 80) {
      out.add(entryStart(before, toc.entries().get(0), casing, toc.firstBlock()));
      firstEntry = Math.max(1, firstEntry);
    }
    int after = toc.lastBlock() + 1;
    if (firstEntry > (out.isEmpty() ? 0 : 1) && proseWords(blocks, texts, after, starts.get(0).block(), contents) >= 40) {
      out.add(entryStart(after, toc.entries().get(firstEntry - 1), casing, -1));
    }
    out.addAll(starts);
    return out;
  }

  private static Start entryStart(int block, Toc.Entry entry, Casing casing, int end) {
    String text = entry.text();
    int j = titleWords(text, casing);
    if (j >= words(text).size()) return new Start(block, clean(text), List.of(), false, end);
    String title = clean(text.substring(0, text.length() - afterWords(text, j).length())).replaceAll("[\\s,;:–—-]+$", "");
    return new Start(block, title, Bylines.names(afterWords(text, j)), false, end);
  }

  /** How many words of a contents entry are its title; the rest, if any, names its authors. */
  static int titleWords(String entry, Casing casing) {
    int n = words(entry).size();
    for (int j = 1; j < n; j++) {
      List<String> names = Bylines.names(afterWords(entry, j));
      if (names.isEmpty() || !names.stream().allMatch(casing::personName)) continue;
      // "Acknowledgment Kate Robertson": a first name of three words or more whose tail is a
      // name too leaves its first word to the title, unless a middle initial follows it.
      String[] first = names.get(0).split("\\s+");
      if (first.length >= 3 && !first[1].matches("\\p{Lu}\\.?|y|van|von|de|der|da|del|al|bin|ibn")
          && !Bylines.names(afterWords(entry, j + 1)).isEmpty()) continue;
      return j;
    }
    return n;
  }

  private static int proseWords(List<Block> blocks, List<String> texts, int from, int to, boolean[] contents) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(to, blocks.size()); i++) {
      if (!contents[i] && isProse(texts.get(i))) n += words(texts.get(i)).size();
    }
    return n;
  }

  /**
   * The title printed at {@code i} gives every word of the contents entry, on lines of its own in
   * the title's type (up to three; names glued to the title in one block are a byline, not this).
   */
  private static boolean printedWhole(List<String> first, List<Block> blocks, List<String> texts, List<List<String>> blockWords,
                                      int i, List<String> entry) {
    List<String> lines = new ArrayList<>(first);
    if (lines.size() >= entry.size()) return false;
    for (int j = i + 1; j < blocks.size() && j <= i + 2 && lines.size() < entry.size() && !isProse(texts.get(j))
        && sameType(blocks.get(i), blocks.get(j)); j++) {
      lines.addAll(blockWords.get(j));
    }
    return lines.size() >= entry.size() && sameWords(lines.subList(0, entry.size()), entry);
  }

  /** {@code block}'s words start with all of {@code entry}'s, or {@code entry}'s with all of {@code block}'s. */
  private static boolean startsWith(List<String> block, List<String> entry) {
    int n = Math.min(block.size(), entry.size());
    return n >= 2 && block.subList(0, n).equals(entry.subList(0, n));
  }

  /** {@code head} without a leading section number ("3 2" of "3.2", "iv") that the title does not have. */
  private static List<String> dropNumber(List<String> head, List<String> title) {
    int k = 0;
    while (k < head.size() && k < 3 && head.get(k).matches("\\d{1,3}|[ivxl]{1,4}") && (title.isEmpty() || !head.get(k).equals(title.get(0)))) k++;
    return head.subList(k, head.size());
  }

  /** The same words, allowing a letter or two in long words ("acknowledgment", "acknowledgement"). */
  private static boolean sameWords(List<String> a, List<String> b) {
    if (a.size() != b.size()) return false;
    for (int k = 0; k < a.size(); k++) {
      String x = a.get(k);
      String y = b.get(k);
      if (!x.equals(y) && (Math.min(x.length(), y.length()) < 7 || Words.editDistance(x, y) > 2)) return false;
    }
    return true;
  }

  /** Units from the typography: titles in large type opening a page, with their bylines ({@link Openings}). */
  private static List<Start> fromOpenings(List<Block> blocks, List<String> texts, Casing casing) {
    List<Start> starts = new ArrayList<>();
    for (Openings.Opening o : Openings.find(blocks, texts, casing)) {
      starts.add(new Start(o.block(), o.title(), o.authors(), true, -1, o.skip()));
    }
    return starts;
  }

  private static List<Start> fromHeadings(List<Block> blocks, List<String> texts, int from) {
    List<Start> starts = new ArrayList<>();
    int essayLevel = Integer.MAX_VALUE;
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == BlockKind.HEADING && bylineAfter(blocks, texts, i) >= 0
          && Bylines.names(texts.get(i)).isEmpty()) {
        essayLevel = Math.min(essayLevel, blocks.get(i).level());
      }
    }
    if (essayLevel == Integer.MAX_VALUE) return starts; // no bylines: not an edited volume
    for (int i = from; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() != BlockKind.HEADING || b.level() > essayLevel) continue;
      String t = clean(texts.get(i));
      if (!Bylines.names(t).isEmpty() && i > 0 && blocks.get(i - 1).kind() == BlockKind.HEADING) continue; // a byline
      if (bylineAfter(blocks, texts, i) >= 0 || (kindOf(t) != EssayKind.ESSAY && !starts.isEmpty())
          || (kindOf(t) != EssayKind.ESSAY && startsBeforeByline(blocks, texts, i))) {
        starts.add(new Start(i, t, List.of(), true));
      }
    }
    return starts;
  }

  /** An unsigned introduction or foreword before the first signed essay. */
  private static boolean startsBeforeByline(List<Block> blocks, List<String> texts, int i) {
    for (int j = i + 1; j < blocks.size(); j++) {
      if (blocks.get(j).kind() == BlockKind.HEADING && bylineAfter(blocks, texts, j) >= 0) return true;
    }
    return false;
  }

  /** The whole body as one essay, after any front matter. */
  private static Start singleEssay(List<Block> blocks, List<String> texts, int from, ReportMeta meta, CleanDocument doc) {
    int start = from;
    // Skip front-matter sections ("About the publisher") and the cover lines before the first prose.
    while (start < blocks.size() && !isProse(texts.get(start))) start++;
    if (start >= blocks.size() && StructureReader.hasBodyText(blocks)) start = from; // no prose: keep every block rather than none
    int titleBlock = -1;
    for (int i = start - 1; i >= from; i--) {
      if (blocks.get(i).kind() == BlockKind.HEADING && !FRONT_HEADING.matcher(texts.get(i).strip()).matches()) {
        titleBlock = i;
        break;
      }
    }
    String title = meta.title() != null ? meta.title()
        : titleBlock >= 0 ? clean(texts.get(titleBlock))
        : doc.source().metadata().getOrDefault("dc:title", fileTitle(doc.source().sourcePath()));
    int begin = titleBlock >= 0 ? titleBlock : Math.max(from, start - 2 >= from && Bylines.names(texts.get(Math.max(from, start - 1))).size() > 0 ? start - 2 : start);
    return new Start(Math.min(begin, blocks.size()), title, List.of(), titleBlock >= 0);
  }

  private static String fileTitle(String path) {
    String name = path.replaceAll(".*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    return name.replace('_', ' ').replace('-', ' ').strip();
  }

  /** Index of the byline block right after heading {@code i}, or -1. */
  private static int bylineAfter(List<Block> blocks, List<String> texts, int i) {
    int j = i + 1;
    // A byline set apart in title case may have been read as a heading.
    if (j < blocks.size() && !Bylines.names(texts.get(j)).isEmpty()) return j;
    return -1;
  }

  // ------------------------------------------------------------ one essay

  private Essay build(String id, Start s, int end, boolean last, CleanDocument doc, List<String> texts, Casing casing, double bodyType,
                      boolean[] dividers, boolean[] runningHeads) {
    List<Block> blocks = doc.blocks();
    int i = s.titleInBlock ? s.block + s.titleBlocks : s.block;
    int firstPage = s.block < blocks.size() ? blocks.get(s.block).page() : 0;

    // The rest of a title set over several lines in the title's own type (larger than the body's)
    // is not a byline.
    for (int k = 0; k < 2 && s.titleInBlock && i < end && i > s.block && sameType(blocks.get(s.block), blocks.get(i))
        && blocks.get(i).style().fontSize() >= bodyType * Openings.TITLE_RATIO
        && !isProse(texts.get(i)) && words(texts.get(i)).size() <= 12; k++) i++;

    // Byline and affiliation
    List<String> bylineNames = List.of();
    String affiliation = null;
    if (i < end) {
      bylineNames = Bylines.names(texts.get(i));
      if (!bylineNames.isEmpty()) {
        i++;
        if (i < end && isAffiliation(texts.get(i))) affiliation = casing.title(clean(texts.get(i++)));
      }
    }
    List<Author> authors = authors(s.tocAuthors, bylineNames, casing, affiliation, s.titleInBlock);

    // Summary: "In Brief: ..." paragraph, or a Summary/Abstract heading and its paragraph.
    String summary = null;
    for (int j = i; j < Math.min(end, i + 3); j++) {
      Matcher m = SUMMARY.matcher(texts.get(j));
      if (blocks.get(j).kind() == BlockKind.PARAGRAPH && m.find()) {
        summary = clean(texts.get(j).substring(m.end()));
        if (j == i) i++;
        else summary = null;
        break;
      }
      if (blocks.get(j).kind() == BlockKind.HEADING && SUMMARY_HEADING.matcher(texts.get(j).strip()).matches()
          && j + 1 < end) {
        summary = clean(texts.get(j + 1));
        if (j == i) i += 2;
        else summary = null;
        break;
      }
    }

    // Biography and notes sections end the text; what follows the biography on a later page of
    // the last essay is the publisher's back matter.
    int textEnd = end;
    int bioStart = -1;
    for (int j = i; j < end; j++) {
      String t = texts.get(j).strip();
      if (blocks.get(j).kind() == BlockKind.HEADING && BIO_HEADING.matcher(t).matches()) {
        bioStart = j;
        textEnd = j;
        break;
      }
      if (blocks.get(j).kind() == BlockKind.HEADING && NOTES_HEADING.matcher(t).matches()) {
        textEnd = j;
        break;
      }
    }
    StringBuilder bio = new StringBuilder();
    if (bioStart >= 0) {
      for (int j = bioStart + 1; j < end; j++) {
        if (blocks.get(j).kind() == BlockKind.HEADING || !isProse(texts.get(j))) break;
        if (bio.length() > 0) bio.append("\n\n");
        bio.append(clean(texts.get(j)));
      }
    } else {
      if (last) { // the publisher's back cover after the last essay
        while (textEnd - 1 > i && !isProse(texts.get(textEnd - 1)) && blocks.get(textEnd - 1).kind() != BlockKind.HEADING) textEnd--;
      }
      // An unheaded biography: closing paragraphs that start "<Author name> is ...".
      while (textEnd - 1 > i && startsWithAuthor(texts.get(textEnd - 1), authors)) {
        bio.insert(0, clean(texts.get(textEnd - 1)) + (bio.length() > 0 ? "\n\n" : ""));
        textEnd--;
      }
    }

    // Text with markers turned into page starts and footnote references, headings into sections
    List<Integer> idx = new ArrayList<>();
    for (int j = i; j < textEnd; j++) if (!dividers[j]) idx.add(j);
    UnitText u = UnitText.of(blocks, idx, runningHeads);
    int lastPage = Math.max(firstPage, u.lastPage());
    String body = u.text();
    if (body.isBlank()) return null;
    // The biography's pages belong to the essay too.
    for (int j = textEnd; j < end && bio.length() > 0; j++) {
      if (blocks.get(j).kind() != BlockKind.HEADING && !isProse(texts.get(j))) break;
      lastPage = Math.max(lastPage, blocks.get(j).page());
    }
    PageRange pages = firstPage > 0 ? new PageRange(firstPage, Math.max(firstPage, lastPage)) : null;
    return new Essay(id, kindOf(s.title), s.title, authors, pages, summary, body, u.pageStarts(), List.of(), u.refs(),
        List.of(), bio.length() == 0 ? null : bio.toString(), u.sections());
  }

  /** Both blocks carry a style and are set in the same size and weight. */
  private static boolean sameType(Block a, Block b) {
    return a.style() != null && b.style() != null && a.page() == b.page()
        && Math.abs(a.style().fontSize() - b.style().fontSize()) < 0.5 && a.style().bold() == b.style().bold();
  }

  /**
   * Authors from the contents page when it names them (its spelling is checked against the byline
   * and wins: bylines set in capitals carry typos), else from the byline, case restored.
   */
  private static List<Author> authors(List<String> toc, List<String> byline, Casing casing, String affiliation, boolean titleInBlock) {
    List<String> names = new ArrayList<>();
    if (!toc.isEmpty() && (byline.isEmpty() || sameNames(toc, byline) || !titleInBlock)) names.addAll(toc);
    else for (String n : byline) names.add(casing.name(n));
    List<Author> out = new ArrayList<>();
    for (String n : names) out.add(new Author(clean(n), affiliation));
    return out;
  }

  /** The byline and the contents entry name the same people, allowing for typos. */
  private static boolean sameNames(List<String> a, List<String> b) {
    if (a.size() != b.size()) return false;
    for (int k = 0; k < a.size(); k++) {
      String x = a.get(k).toLowerCase(Locale.ROOT);
      String y = b.get(k).toLowerCase(Locale.ROOT);
      if (Words.editDistance(x, y) > Math.max(2, Math.min(x.length(), y.length()) / 5)) return false;
    }
    return true;
  }

  private static boolean startsWithAuthor(String paragraph, List<Author> authors) {
    for (Author a : authors) {
      String name = a.name();
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      if ((paragraph.startsWith(name) || paragraph.startsWith(surname))
          && paragraph.matches("(?s)^[^.]{0,80}\\b(?:is|was|serves|holds|has been)\\b.*")) return true;
    }
    return false;
  }

  private static boolean isAffiliation(String t) {
    String s = t.strip();
    if (s.isEmpty() || SUMMARY.matcher(s).find()) return false;
    int n = words(s).size();
    return n >= 1 && n <= 15 && !TERMINAL.matcher(s).find() && (Casing.isMostlyCaps(s) || n <= 10);
  }

  // ------------------------------------------------------------ footnotes and pull-quotes

  /**
   * Each note goes to the unit citing its number on the note's page (else the first citing it),
   * each pull-quote to the unit on its page holding most of its words. Cost: the units' references
   * indexed by number once, each unit's words read once (when a quote is looked for in it), so
   * O(notes + references + words + quotes x units), the last a page comparison each.
   */
  static List<Essay> assignFootnotesAndPullQuotes(List<Essay> essays, CleanDocument doc) {
    List<List<Footnote>> notes = new ArrayList<>();
    List<List<PullQuote>> quotes = new ArrayList<>();
    for (int k = 0; k < essays.size(); k++) {
      notes.add(new ArrayList<>());
      quotes.add(new ArrayList<>());
    }
    Map<Integer, List<Integer>> citing = new HashMap<>(); // note number -> units citing it, in order
    for (int k = 0; k < essays.size(); k++) {
      for (FootnoteRef r : essays.get(k).footnoteRefs()) {
        List<Integer> units = citing.computeIfAbsent(r.number(), n -> new ArrayList<>());
        if (units.isEmpty() || units.get(units.size() - 1) != k) units.add(k);
      }
    }
    for (Footnote f : doc.footnotes()) {
      int best = -1;
      for (int k : citing.getOrDefault(f.number(), List.of())) {
        Essay e = essays.get(k);
        boolean onPage = e.pages() != null && f.page() >= e.pages().first() && f.page() <= e.pages().last();
        if (onPage || e.pages() == null || f.page() == 0) {
          best = k;
          break;
        }
        if (best < 0) best = k;
      }
      // A note whose marker was not read (OCR) belongs to the unit printed on its page: never lost.
      for (int k = 0; best < 0 && k < essays.size(); k++) {
        PageRange p = essays.get(k).pages();
        if (p != null && f.page() >= p.first() && f.page() <= p.last()) best = k;
      }
      if (best >= 0) notes.get(best).add(f);
    }
    Map<Integer, Set<String>> unitWords = new HashMap<>();
    for (PullQuote q : doc.pullQuotes()) {
      int best = -1;
      double bestShare = 0.5;
      Set<String> qWords = new HashSet<>(words(q.text()));
      for (int k = 0; k < essays.size(); k++) {
        Essay e = essays.get(k);
        if (e.pages() != null && q.page() > 0 && (q.page() < e.pages().first() || q.page() > e.pages().last())) continue;
        Set<String> eWords = unitWords.computeIfAbsent(k, x -> new HashSet<>(words(e.text())));
        double share = qWords.stream().filter(eWords::contains).count() / (double) Math.max(1, qWords.size());
        if (share > bestShare) {
          bestShare = share;
          best = k;
        }
      }
      if (best >= 0) quotes.get(best).add(q);
    }
    List<Essay> out = new ArrayList<>();
    for (int k = 0; k < essays.size(); k++) {
      Essay e = essays.get(k);
      out.add(new Essay(e.id(), e.kind(), e.title(), e.authors(), e.pages(), e.summary(), e.text(), e.pageStarts(),
          notes.get(k), e.footnoteRefs(), quotes.get(k), e.biography(), e.sections()));
    }
    return out;
  }

  // ------------------------------------------------------------ helpers

  static EssayKind kindOf(String title) {
    String t = title.toLowerCase(Locale.ROOT).strip();
    if (t.matches("^(?:introduction|introductory\\b.*|overview)\\b.*") || t.equals("executive summary")) return EssayKind.INTRODUCTION;
    if (t.matches("^(?:foreword|preface)\\b.*")) return EssayKind.FOREWORD;
    if (t.matches("^(?:conclusions?|concluding\\b.*|afterword|final thoughts|epilogue)\\b.*")) return EssayKind.CONCLUSION;
    if (t.matches("^chapter\\s+\\w+.*")) return EssayKind.CHAPTER;
    return EssayKind.ESSAY;
  }

  /**
   * Prose: a paragraph of several words that ends as a sentence does, or with a citation marker
   * ("[4]") or a colon, or that is long enough to be prose whatever its last character.
   */
  static boolean isProse(String t) {
    String s = t.strip();
    int n = words(s).size();
    if (n < 8 || Casing.isMostlyCaps(s)) return false;
    return TERMINAL.matcher(s).find() || CITATION_END.matcher(s).find() || n >= 25;
  }

  private static final Pattern CITATION_END = Pattern.compile("(?:\\[\\d{1,4}(?:[,–-]\\s*\\d{1,4})*\\]|:)$");

  /** Each block's text without its footnote and page markers. */
  static List<String> texts(List<Block> blocks) {
    return blocks.stream().map(b -> Markers.strip(b.text())).toList();
  }

  static String clean(String s) {
    return Markers.strip(s).replaceAll("\\s+", " ").strip();
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.replace('’', '\'').toLowerCase(Locale.ROOT));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** {@code s} after its first {@code n} words. */
  static String afterWords(String s, int n) {
    Matcher m = WORD.matcher(s);
    int end = 0;
    for (int k = 0; k < n && m.find(); k++) end = m.end();
    String rest = s.substring(end);
    return rest.replaceFirst("^[\\s\\p{Punct}’”]*(?=\\p{L})", "").strip();
  }
}
