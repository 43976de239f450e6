package org.reportlens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.Footnote;
import org.reportlens.model.OutlineEntry;
import org.reportlens.model.PullQuote;
import org.reportlens.model.Style;
import org.reportlens.layout.PageZones;
import org.reportlens.layout.Zoned;

/**
 * Turns extracted blocks into clean body blocks, written for the genre of policy reports:
 * <ul>
 *   <li>running headers and footers (lines recurring at page tops and bottoms, page numbers, a
 *       section title repeated at the top of a page whose text continues mid-sentence) removed;</li>
 *   <li>footnotes (a line starting with the next footnote number whose marker stands in the page's
 *       body) taken out with their number and page; markers replaced by {@link Markers#footnote};</li>
 *   <li>pull-quotes (a quoted passage set on its own lines that repeats body text, or a DOCX
 *       pull-quote style) taken out;</li>
 *   <li>headings split from the text they were glued to (PDF bookmarks, or short title-case lines);</li>
 *   <li>lines joined, end-of-line hyphenation undone by {@link Dehyphenator}, and sentences cut by a
 *       page break, a footnote block or a pull-quote rejoined; page changes kept as
 *       {@link Markers#page} markers.</li>
 * </ul>
 * Each rebuilt block keeps its source block's {@link Style} (size, weight, position, page start)
 * for the structure stage; bold is the only typography used here (a bold block of title lines is
 * one heading). Does not find essays or bylines (that is the segmenter's job). Stateless and
 * thread-safe.
 */
public final class LayoutCleaner {
  private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$");
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:page\\s+)?[-–]?\\s*(?:\\d{1,4}|[ivxlc]{1,6})\\s*[-–]?(?:\\s*(?:of|/)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCX_FOOTNOTE_REF = Pattern.compile("\\s?\\[(?:footnoteRef|endnoteRef):\\d+\\]");
  private static final Pattern MD_FOOTNOTE_REF = Pattern.compile("\\[\\^(\\d+)\\]");
  private static final String OPEN_QUOTES = "“\"«";
  private static final String CLOSE_QUOTES = "”\"»";
  private static final int RUNNING_ZONE = 2;

  public CleanDocument clean(ExtractedText doc) {
    return doc.paged() ? cleanPaged(doc) : cleanFlowing(doc);
  }

  // ---------------------------------------------------------------- paged (PDF)

  private enum Role { BODY, RUNNING, FOOTNOTE, PULL_QUOTE, HEADING, CONTENTS, SIDEBAR }

  private static final class Line {
    String text;
    final int page;
    final int block;
    Role role = Role.BODY;
    int group = -1; // heading group id, so a two-line heading stays one block
    int level;
    BlockKind source = BlockKind.PARAGRAPH; // what the layout stage said the line's block is
    double size; // the block's type size, 0 when the format gives none
    Style style; // the source block's typography and position (PDF), carried into the rebuilt block

    Line(String text, int page, int block) {
      this.text = text;
      this.page = page;
      this.block = block;
    }
  }

  private CleanDocument cleanPaged(ExtractedText doc) {
    Zoned zoned = PageZones.apply(doc.blocks(), doc.pages());
    List<Line> lines = new ArrayList<>();
    List<Block> blocks = zoned.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      for (String t : blocks.get(b).text().split("\n")) {
        if (t.isBlank()) continue;
        Line l = new Line(t.strip(), blocks.get(b).page(), b);
        l.source = blocks.get(b).kind();
        if (blocks.get(b).style() != null) l.size = blocks.get(b).style().fontSize();
        l.style = blocks.get(b).style();
        if (l.source == BlockKind.CONTENTS) l.role = Role.CONTENTS;
        if (l.source == BlockKind.SIDEBAR) l.role = Role.SIDEBAR; // a box: kept apart from the running text
        lines.add(l);
      }
    }
    List<String> running = new ArrayList<>(zoned.running());
    boolean styled = blocks.stream().anyMatch(b -> b.style() != null);
    for (String r : markRunning(lines, styled ? blocks : null)) if (!running.contains(r)) running.add(r);
    Map<String, Integer> dropped = new HashMap<>(zoned.dropped());
    for (Line l : lines) {
      if (l.role == Role.RUNNING) dropped.merge("running", TextMatch.list(l.text).size(), Integer::sum);
    }
    Dehyphenator dh = Dehyphenator.forDocument(lines.stream().map(l -> l.text).toList());
    List<Footnote> footnotes = extractFootnotes(lines, dh);
    footnotes.addAll(zoned.notes()); // endnote blocks, taken out by the layout stage
    List<PullQuote> pullQuotes = extractPullQuotes(lines, dh);
    markHeadings(lines, doc.outline());
    List<Block> rebuilt = rebuild(lines, dh);
    return new CleanDocument(doc, rejoin(rebuilt, dh), footnotes, pullQuotes, running, dropped);
  }

  /** Marks running heads and page numbers; returns the distinct running lines (for metadata). */
  private static List<String> markRunning(List<Line> lines, List<Block> styledBlocks) {
    Map<Integer, List<Line>> byPage = byPage(lines);
    Map<String, Integer> top = new HashMap<>();
    Map<String, Integer> bottom = new HashMap<>();
    for (List<Line> page : byPage.values()) {
      Set<String> seenTop = new HashSet<>();
      Set<String> seenBottom = new HashSet<>();
      for (int i = 0; i < Math.min(RUNNING_ZONE, page.size()); i++) seenTop.add(shape(page.get(i).text));
      for (int i = Math.max(0, page.size() - RUNNING_ZONE); i < page.size(); i++) seenBottom.add(shape(page.get(i).text));
      seenTop.forEach(k -> top.merge(k, 1, Integer::sum));
      seenBottom.forEach(k -> bottom.merge(k, 1, Integer::sum));
    }
    int pages = byPage.size();
    int threshold = Math.max(2, (int) Math.ceil(pages * 0.3));
    Map<String, Set<String>> found = new LinkedHashMap<>(); // shape -> texts seen
    Set<String> shapes = new HashSet<>();
    top.forEach((k, n) -> { if (n >= threshold) shapes.add(k); });
    bottom.forEach((k, n) -> { if (n >= threshold) shapes.add(k); });
    for (List<Line> page : byPage.values()) {
      for (int i = 0; i < page.size(); i++) {
        Line l = page.get(i);
        boolean atTop = i < RUNNING_ZONE;
        boolean atBottom = i >= page.size() - RUNNING_ZONE;
        String key = shape(l.text);
        // With the page's layout known, a line inside a paragraph of several lines is text, not
        // furniture, however often it repeats (the zones took the furniture blocks out already).
        if (styledBlocks != null && styledBlocks.get(l.block).text().indexOf('\n') >= 0) continue;
        boolean recurring = pages >= 2 && ((atTop && top.getOrDefault(key, 0) >= threshold)
            || (atBottom && bottom.getOrDefault(key, 0) >= threshold));
        // A variant of a whole running line (a back cover's footer carries a slogan, not a number).
        boolean variant = !recurring && shapes.stream().anyMatch(r -> r.length() >= 20 && key.startsWith(stripNumber(r)));
        if (recurring || variant || ((atTop || atBottom) && PAGE_NUMBER.matcher(l.text).matches())) {
          l.role = Role.RUNNING;
          if (recurring) found.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(l.text);
        }
      }
    }
    Set<String> seenText = new HashSet<>();
    // A section title repeated at the top of a page whose text goes on mid-sentence.
    for (List<Line> page : byPage.values()) {
      List<Line> body = page.stream().filter(x -> x.role == Role.BODY).toList();
      if (body.size() >= 2) {
        Line first = body.get(0);
        Line next = body.get(1);
        if (looksLikeTitle(first.text) && startsLower(next.text)
            && seenText.contains(norm(first.text))) {
          first.role = Role.RUNNING;
        }
      }
      for (Line l : page) if (l.role == Role.BODY) seenText.add(norm(l.text));
    }
    List<String> texts = new ArrayList<>();
    // Lines that differ only by a trailing number carry the page number: drop it.
    found.forEach((key, seen) -> {
      String first = seen.iterator().next();
      texts.add(seen.size() > 1 ? first.replaceAll("\\s*\\d+$", "") : first);
    });
    return texts;
  }

  private static String stripNumber(String shape) {
    return shape.endsWith("#") ? shape.substring(0, shape.length() - 1).strip() : shape;
  }

  private static List<Footnote> extractFootnotes(List<Line> lines, Dehyphenator dh) {
    List<Footnote> notes = new ArrayList<>();
    int expected = 1;
    int[] lastMarker = {-1, -1}; // line index, char offset of the last marker placed
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.role != Role.BODY) continue;
      Matcher m = noteStart(l.text);
      if (!m.matches()) continue;
      int n = Integer.parseInt(m.group(1));
      // The layout stage saw a note at the page foot in small type: taken even when its number is
      // out of sequence or its marker is not found.
      boolean zoned = l.source == BlockKind.FOOTNOTE;
      if (!zoned && n != expected && !(n == 1 && expected > 1)) continue;
      if (!placeMarker(lines, i, n, lastMarker) && !zoned) continue;
      // The note runs to the end of its block or to the next note.
      StringBuilder text = new StringBuilder(m.group(2));
      l.role = Role.FOOTNOTE;
      int j = i + 1;
      while (j < lines.size() && (lines.get(j).block == l.block || (zoned && lines.get(j).source == BlockKind.FOOTNOTE
          && lines.get(j).page == l.page)) && lines.get(j).role == Role.BODY) {
        Matcher next = noteStart(lines.get(j).text);
        if (next.matches() && (Integer.parseInt(next.group(1)) == n + 1 || lines.get(j).block != l.block)) break;
        String joined = dh.join(text.toString(), lines.get(j).text);
        text.setLength(0);
        text.append(joined);
        lines.get(j).role = Role.FOOTNOTE;
        j++;
      }
      continueFootnote(lines, notes, i, l.page, dh);
      notes.add(new Footnote(n, text.toString().strip(), l.page));
      expected = n + 1;
      i = j - 1;
    }
    return notes;
  }

  /** A note's opening line, "12 See ..." or "12. See ...", matched with the number as group 1. */
  private static Matcher noteStart(String line) {
    return FOOTNOTE_START.matcher(line.replaceFirst("^(\\d{1,3})\\.\\s", "$1 "));
  }

  /**
   * A note cut by a page break goes on at the foot of the next page, just before that page's first
   * note: a short unnumbered block with no marker in it, right before note line {@code noteLine}.
   */
  private static void continueFootnote(List<Line> lines, List<Footnote> notes, int noteLine, int page, Dehyphenator dh) {
    if (notes.isEmpty()) return;
    Footnote prev = notes.get(notes.size() - 1);
    if (prev.page() > page || finished(prev.text())) return;
    int end = noteLine - 1;
    if (end < 0 || lines.get(end).role != Role.BODY || lines.get(end).page != page) return;
    int block = lines.get(end).block;
    int start = end;
    while (start > 0 && lines.get(start - 1).block == block && lines.get(start - 1).role == Role.BODY) start--;
    if (end - start > 3) return;
    // A block in larger type than the note after it is the page's text, not the rest of a note.
    if (lines.get(start).size > 0 && lines.get(noteLine).size > 0 && lines.get(start).size > lines.get(noteLine).size + 0.5) return;
    StringBuilder text = new StringBuilder(prev.text());
    StringBuilder candidate = new StringBuilder();
    for (int k = start; k <= end; k++) {
      if (lines.get(k).text.indexOf(Markers.FOOTNOTE_OPEN) >= 0) return;
      candidate.append(lines.get(k).text).append(' ');
    }
    // On the same page the rest of a note sits at the foot of the next column; body text can sit
    // there too, so only a block that reads like the tail of a citation is taken.
    if (prev.page() == page && !CITATION_TAIL.matcher(candidate).find()) return;
    for (int k = start; k <= end; k++) {
      String joined = dh.join(text.toString(), lines.get(k).text);
      text.setLength(0);
      text.append(joined);
      lines.get(k).role = Role.FOOTNOTE;
    }
    notes.set(notes.size() - 1, new Footnote(prev.number(), text.toString(), prev.page()));
  }

  private static final Pattern CITATION_TAIL = Pattern.compile(
      "https?://|www\\.|\\[?retrieved|accessed|Available at|^\\s*(?-i:\\p{Ll})|\\bpp?\\. \\d", Pattern.CASE_INSENSITIVE);

  private static boolean finished(String note) {
    String t = note.strip();
    return !t.isEmpty() && ".!?)]\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * Finds footnote {@code n}'s marker in the body lines of the note's page (else the page before),
   * after the last marker placed, and replaces it with {@link Markers#footnote}.
   */
  private static boolean placeMarker(List<Line> lines, int noteLine, int n, int[] last) {
    Pattern attached = Pattern.compile("(?<=[\\p{Ll}.,;:!?\"”’)\\]])" + n + "(?![\\d\\p{L}])");
    Pattern spaced = Pattern.compile("(?<=[.,;:!?\"”’)\\]])\\s+" + n + "(?=\\s|$)");
    int page = lines.get(noteLine).page;
    for (int pass = 0; pass < 2; pass++) {
      int wanted = pass == 0 ? page : page - 1;
      // Lines are in page order: look only at the wanted page's lines, not the whole document's.
      int from = noteLine;
      while (from > 0 && lines.get(from - 1).page >= wanted) from--;
      for (int i = from; i < lines.size() && lines.get(i).page <= wanted; i++) {
        Line l = lines.get(i);
        if (l.page != wanted || l.role != Role.BODY || i == noteLine) continue;
        if (i < last[0]) continue;
        if (FOOTNOTE_START.matcher(l.text).matches() && i > noteLine) continue;
        int at = i == last[0] ? last[1] : 0;
        for (Pattern p : List.of(attached, spaced)) {
          Matcher m = p.matcher(l.text);
          if (m.find(at)) {
            String marker = Markers.footnote(n);
            l.text = l.text.substring(0, m.start()) + marker + l.text.substring(m.end());
            last[0] = i;
            last[1] = m.start() + marker.length();
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<PullQuote> extractPullQuotes(List<Line> lines, Dehyphenator dh) {
    // The body's words, indexed once; each line's first word position, to leave a candidate's own
    // words out when looking for where it repeats.
    int[] wordStart = new int[lines.size() + 1];
    List<String> words = new ArrayList<>();
    String last = "";
    for (int k = 0; k < lines.size(); k++) {
      wordStart[k] = words.size();
      if (lines.get(k).role != Role.BODY) continue;
      String t = Markers.strip(lines.get(k).text);
      List<String> w = TextMatch.list(t);
      // A word broken at the line end and joined by the dehyphenator is one word of the body.
      if (last.endsWith("-") && !w.isEmpty() && !words.isEmpty()
          && dh.join(last, t).length() == last.length() - 1 + t.length()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + w.get(0));
        w = w.subList(1, w.size());
      }
      words.addAll(w);
      last = t;
    }
    wordStart[lines.size()] = words.size();
    TextMatch.Index index = new TextMatch.Index(words);
    List<PullQuote> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.role != Role.BODY || l.text.isEmpty() || OPEN_QUOTES.indexOf(l.text.charAt(0)) < 0) continue;
      int end = closingLine(lines, i);
      if (end < 0) continue;
      String text = "";
      for (int k = i; k <= end; k++) text = dh.join(text, lines.get(k).text);
      String inner = stripOuterQuotes(text);
      if (TextMatch.list(inner).size() < 5) continue;
      if (!index.repeats(inner, wordStart[i] - 1, wordStart[end + 1] + 1)) continue;
      for (int k = i; k <= end; k++) lines.get(k).role = Role.PULL_QUOTE;
      found.add(new PullQuote(Markers.strip(inner), l.page));
      i = end;
    }
    return found;
  }

  /** The line where a quotation opened at the start of {@code start} closes at a line end, or -1. */
  private static int closingLine(List<Line> lines, int start) {
    int depth = 0;
    for (int k = start; k < Math.min(lines.size(), start + 10); k++) {
      Line l = lines.get(k);
      if (l.block != lines.get(start).block || l.role != Role.BODY) return -1;
      String t = l.text;
      for (int c = 0; c < t.length(); c++) {
        char ch = t.charAt(c);
        if (ch == '"') {
          depth += depth > 0 && (c == t.length() - 1 || !Character.isLetterOrDigit(t.charAt(c + 1))) ? -1 : 1;
        } else if (OPEN_QUOTES.indexOf(ch) >= 0) {
          depth++;
        } else if (CLOSE_QUOTES.indexOf(ch) >= 0) {
          depth--;
        }
        if (depth == 0) return t.substring(c + 1).isBlank() ? k : -1;
      }
    }
    return -1;
  }

  static String stripOuterQuotes(String s) {
    String t = s.strip();
    if (!t.isEmpty() && OPEN_QUOTES.indexOf(t.charAt(0)) >= 0) t = t.substring(1);
    if (!t.isEmpty() && CLOSE_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
    return t.strip();
  }

  /** Splits headings off the text they were glued to: by the PDF outline, else by their look. */
  private static void markHeadings(List<Line> lines, List<OutlineEntry> outline) {
    Map<String, Integer> titles = new HashMap<>();
    Set<String> prefixes = new HashSet<>();
    for (OutlineEntry e : outline) {
      String t = norm(e.title());
      titles.putIfAbsent(t, e.depth());
      for (int k = 1; k <= Math.min(t.length(), 300); k++) prefixes.add(t.substring(0, k));
    }
    int group = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).role != Role.BODY) continue;
      boolean blockStart = i == 0 || lines.get(i - 1).block != lines.get(i).block
          || lines.get(i - 1).role != Role.BODY;
      int end = -1;
      int level = 1;
      if (!titles.isEmpty()) {
        StringBuilder acc = new StringBuilder();
        for (int k = i; k < Math.min(lines.size(), i + 6); k++) {
          Line l = lines.get(k);
          if (l.role != Role.BODY || l.block != lines.get(i).block) break;
          acc.append(norm(l.text));
          Integer depth = titles.get(acc.toString());
          if (depth != null) {
            end = k;
            level = depth;
            break;
          }
          if (!prefixes.contains(acc.toString())) break;
        }
      } else if (blockStart) {
        end = boldHeading(lines, i);
        if (end < 0) end = headingByLook(lines, i);
      }
      if (end < 0) continue;
      for (int k = i; k <= end; k++) {
        lines.get(k).role = Role.HEADING;
        lines.get(k).group = group;
        lines.get(k).level = level;
      }
      group++;
      i = end;
    }
  }

  /**
   * Last line of a heading set in bold over two or three lines of its own block, or -1: the layout
   * stage cuts blocks where bold type starts and stops, so the block's lines are one title however
   * each line looks ("Airworthiness Directives; The Boeing" / "Company Airplanes").
   */
  private static int boldHeading(List<Line> lines, int i) {
    Line first = lines.get(i);
    if (first.style == null || !first.style.bold()) return -1;
    StringBuilder acc = new StringBuilder();
    int k = i;
    while (k < lines.size() && lines.get(k).block == first.block && lines.get(k).role == Role.BODY && k - i < 3) {
      acc.append(acc.length() == 0 ? "" : " ").append(lines.get(k).text);
      k++;
    }
    boolean wholeBlock = k >= lines.size() || lines.get(k).block != first.block;
    if (k - i < 2 || !wholeBlock || !looksLikeTitle(acc.toString()) || isAllCaps(acc.toString())) return -1;
    return k < lines.size() ? k - 1 : -1;
  }

  /** Last line of a heading starting at line {@code i} (one to three short title-case lines), or -1. */
  private static int headingByLook(List<Line> lines, int i) {
    StringBuilder acc = new StringBuilder();
    for (int k = i; k < Math.min(lines.size(), i + 3); k++) {
      Line l = lines.get(k);
      if (l.block != lines.get(i).block || l.role != Role.BODY) return -1;
      acc.append(acc.length() == 0 ? "" : " ").append(l.text);
      if (l.text.endsWith("-")) continue;
      if (k + 1 >= lines.size()) return -1;
      if (lines.get(k + 1).block != l.block) {
        // A whole short block in title case before a paragraph that starts a sentence: a heading
        // set apart (PDFs without bookmarks). Bylines look the same; the segmenter tells them apart.
        String following = lines.get(k + 1).text;
        boolean sentenceNext = !following.isEmpty() && Character.isUpperCase(following.charAt(0));
        return looksLikeTitle(acc.toString()) && !isAllCaps(acc.toString()) && sentenceNext
            && lines.get(k + 1).role == Role.BODY ? k : -1;
      }
      String next = lines.get(k + 1).text;
      if (looksLikeTitle(acc.toString()) && !isAllCaps(acc.toString()) && !next.isEmpty()
          && (Character.isUpperCase(next.charAt(0)) || OPEN_QUOTES.indexOf(next.charAt(0)) >= 0)) {
        return k;
      }
    }
    return -1;
  }

  /** Lines back into blocks: one per source block and heading, joined and dehyphenated. */
  private static List<Block> rebuild(List<Line> lines, Dehyphenator dh) {
    List<Block> out = new ArrayList<>();
    StringBuilder text = null;
    int startPage = 0;
    int lastPage = 0;
    int block = -1;
    int group = -2;
    Role role = null;
    int level = 0;
    Style style = null;
    int lastBlock = -1;
    for (Line l : lines) {
      if (l.role != Role.BODY && l.role != Role.HEADING && l.role != Role.CONTENTS && l.role != Role.SIDEBAR) continue;
      boolean same = text != null && l.block == block && l.role == role && l.group == group;
      if (same && role == Role.CONTENTS) {
        text.append('\n').append(l.text); // entries keep their lines for the TOC reader
      } else if (!same) {
        if (text != null) out.add(new Block(text.toString(), startPage, kindOf(role), level, style));
        text = new StringBuilder();
        startPage = l.page;
        block = l.block;
        group = l.group;
        role = l.role;
        level = l.level;
        // The rest of a block a heading was split from does not open the page.
        style = l.style != null && !out.isEmpty() && lastBlock == l.block && l.style.pageStart()
            ? new Style(l.style.fontSize(), l.style.bold(), l.style.italic(), l.style.x(), l.style.y(), l.style.width(),
                l.style.height(), l.style.pageWidth(), l.style.pageHeight(), false)
            : l.style;
        lastBlock = l.block;
        text.append(l.text);
      } else {
        appendLine(text, l.text, l.page != lastPage ? l.page : 0, dh);
      }
      lastPage = l.page;
    }
    if (text != null) out.add(new Block(text.toString(), startPage, kindOf(role), level, style));
    return out;
  }

  private static BlockKind kindOf(Role role) {
    return role == Role.HEADING ? BlockKind.HEADING : role == Role.CONTENTS ? BlockKind.CONTENTS
        : role == Role.SIDEBAR ? BlockKind.SIDEBAR : BlockKind.PARAGRAPH;
  }

  /** Appends a line with dehyphenation, in place; a page marker goes where the new page's text begins. */
  static void appendLine(StringBuilder text, String line, int newPage, Dehyphenator dh) {
    int at = dh.append(text, line);
    if (newPage > 0) text.insert(at, Markers.page(newPage));
  }

  /**
   * Rejoins paragraphs a page break, a footnote block, a pull-quote or a sidebar cut mid-sentence.
   * Linear in the text: the paragraph being continued grows in place ({@link GrowingParagraph}).
   */
  private static List<Block> rejoin(List<Block> blocks, Dehyphenator dh) {
    List<Block> out = new ArrayList<>();
    // The last block that is not a sidebar, when it is a paragraph: a box set inside a sentence
    // stays after its end.
    GrowingParagraph open = null;
    for (Block b : blocks) {
      if (open != null && b.kind() == BlockKind.PARAGRAPH && continues(open.end(), b.text())) {
        open.append(b, dh);
        continue;
      }
      if (b.kind() != BlockKind.SIDEBAR && open != null) {
        out.set(open.index(), open.block());
        open = null;
      }
      out.add(b);
      if (b.kind() == BlockKind.PARAGRAPH) open = new GrowingParagraph(b, out.size() - 1);
    }
    if (open != null) out.set(open.index(), open.block());
    return out;
  }

  /** True when {@code next} carries on the sentence a paragraph ending in {@code p} left unfinished. */
  private static boolean continues(GrowingParagraph.End p, String next) {
    String n = Markers.strip(next).strip();
    if (p.empty() || n.isEmpty()) return false;
    char last = p.last();
    if (".!?:;".indexOf(last) >= 0) return false;
    if ((CLOSE_QUOTES.indexOf(last) >= 0 || last == ')') && p.beforeLast() != 0 && ".!?".indexOf(p.beforeLast()) >= 0) return false;
    if (startsLower(n) || (last == '-' && Character.isLetter(n.charAt(0)))) return true;
    // A body paragraph never ends without punctuation: a column or page break cut this sentence.
    return p.eightWords() && !p.allCaps() && !isAllCaps(n) && !looksLikeTitle(n);
  }

  // ---------------------------------------------------------------- flowing (DOCX, HTML, text)

  private CleanDocument cleanFlowing(ExtractedText doc) {
    List<Footnote> footnotes = new ArrayList<>();
    List<PullQuote> pullQuotes = new ArrayList<>();
    List<Block> body = new ArrayList<>();
    int docxRef = 0;
    int docxNote = 0;
    for (Block b : doc.blocks()) {
      switch (b.kind()) {
        case FOOTNOTE -> {
          Matcher m = FOOTNOTE_START.matcher(b.text().strip());
          if (m.matches() && b.text().strip().length() > m.group(1).length()) {
            footnotes.add(new Footnote(Integer.parseInt(m.group(1)), m.group(2).strip(), 0));
          } else {
            footnotes.add(new Footnote(++docxNote, b.text().strip(), 0));
          }
        }
        case PULL_QUOTE -> pullQuotes.add(new PullQuote(stripOuterQuotes(b.text().replace('\n', ' ')), 0));
        default -> {
          String t = b.text().replace('\n', ' ').replaceAll(" {2,}", " ").strip();
          StringBuilder sb = new StringBuilder();
          Matcher m = DOCX_FOOTNOTE_REF.matcher(t);
          int pos = 0;
          while (m.find()) {
            sb.append(t, pos, m.start()).append(Markers.footnote(++docxRef));
            pos = m.end();
          }
          sb.append(t.substring(pos));
          t = MD_FOOTNOTE_REF.matcher(sb.toString()).replaceAll(r -> Markers.footnote(Integer.parseInt(r.group(1))));
          body.add(b.withText(t));
        }
      }
    }
    // A paragraph that is only a quotation repeating the body is a pull-quote (Markdown, HTML).
    List<String> words = new ArrayList<>();
    int[] wordStart = new int[body.size() + 1];
    for (int k = 0; k < body.size(); k++) {
      wordStart[k] = words.size();
      words.addAll(TextMatch.list(Markers.strip(body.get(k).text())));
    }
    wordStart[body.size()] = words.size();
    TextMatch.Index index = new TextMatch.Index(words);
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Block b = body.get(i);
      String t = b.text().strip();
      if (b.kind() == BlockKind.PARAGRAPH && t.length() > 2 && OPEN_QUOTES.indexOf(t.charAt(0)) >= 0
          && CLOSE_QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0 && TextMatch.list(t).size() >= 5) {
        String inner = stripOuterQuotes(t);
        if (index.repeats(inner, wordStart[i], wordStart[i + 1])) {
          pullQuotes.add(new PullQuote(Markers.strip(inner), 0));
          continue;
        }
      }
      kept.add(b);
    }
    // A heading repeated before text that goes on mid-sentence is a continuation head, not a section.
    List<Block> clean = new ArrayList<>();
    Set<String> seenHeadings = new HashSet<>();
    List<String> running = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Block b = kept.get(i);
      if (b.kind() == BlockKind.HEADING) {
        String key = norm(b.text());
        boolean continuation = i + 1 < kept.size() && startsLower(Markers.strip(kept.get(i + 1).text()).strip())
            && seenHeadings.contains(key);
        seenHeadings.add(key);
        if (continuation) {
          running.add(b.text());
          continue;
        }
      }
      clean.add(b);
    }
    return new CleanDocument(doc, rejoin(clean, Dehyphenator.dictionaryOnly()), footnotes, pullQuotes, running);
  }

  // ---------------------------------------------------------------- helpers

  private static Map<Integer, List<Line>> byPage(List<Line> lines) {
    Map<Integer, List<Line>> byPage = new LinkedHashMap<>();
    for (Line l : lines) byPage.computeIfAbsent(l.page, k -> new ArrayList<>()).add(l);
    return byPage;
  }

  /** A line's shape for recurrence: case, spacing and digits (page numbers) ignored. */
  private static String shape(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
  }

  /** Letters and digits only, lower case: compares titles across line breaks and hyphenation. */
  static String norm(String s) {
    return Markers.strip(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }

  static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) return false;
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "for", "to",
      "with", "at", "by", "from", "as", "vs", "its", "after", "into", "over", "under", "between", "beyond", "without");

  /** A short line of capitalised words without sentence punctuation at its end. */
  static boolean looksLikeTitle(String s) {
    String t = Markers.strip(s).strip();
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return false;
    char last = t.charAt(t.length() - 1);
    if (".,;".indexOf(last) >= 0) return false;
    String[] words = t.split("\\s+");
    if (words.length > 12) return false;
    int content = 0;
    int capital = 0;
    for (String w : words) {
      String bare = w.replaceAll("^[^\\p{L}]+", "");
      if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) continue;
      content++;
      if (Character.isUpperCase(bare.charAt(0))) capital++;
    }
    return content > 0 && capital >= Math.ceil(content * 0.75);
  }
}
