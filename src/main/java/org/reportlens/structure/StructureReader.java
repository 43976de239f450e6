package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.reportlens.extract.Markers;
import org.reportlens.model.Author;
import org.reportlens.model.Block;
import org.reportlens.model.BlockKind;
import org.reportlens.model.CleanDocument;
import org.reportlens.model.Essay;
import org.reportlens.model.FailureReason;
import org.reportlens.model.OutlineEntry;
import org.reportlens.model.ReportException;
import org.reportlens.model.ReportMeta;
import org.reportlens.model.SegmentedReport;
import org.reportlens.model.Style;
import org.reportlens.model.Words;

/**
 * Reads the structure of any report from ranked evidence. A report whose table of contents, heading
 * typography ({@link Openings}: large type opening a page, then a byline) or headings give signed units (two or more, at least half of them with a byline naming people) is
 * an edited volume or journal issue, read by {@link TocSegmenter}. Any other is a single or
 * institutional report, read by {@link ReportStructure}: one {@code report} unit, its annexes and
 * appendices, front and back matter. A text with no recognisable structure is one unit. The report's
 * metadata comes from the cover ({@link CoverReader}, {@link MetaReader}); its title from the
 * cover's largest type when the blocks carry their style, else from the PDF outline, else from the
 * first heading or lines of the cover. Stateless and thread-safe.
 */
public final class StructureReader implements Segmenter {
  /** Titles that name a publisher, a part of the report or a date, never the report itself. */
  private static final Pattern NOT_A_TITLE = Pattern.compile(
      "(?i)^(?:united nations|(?:table of )?contents|executive summary|summary|abstract|foreword|preface|introduction|"
          + "acknowledge?ments?|participants|about\\b.*|copyright\\b.*|page \\d+|report|syllabus|highlights|letter|"
          + "abbreviations|acronyms|glossary|references|\\W*)[.:]?$");
  /** A case caption: "MASSACHUSETTS et al. v. ENVIRONMENTAL PROTECTION AGENCY et al.". */
  private static final Pattern CAPTION = Pattern.compile("^\\p{Lu}[^.:;]{1,80}?(?:\\s+et al\\.)?\\s+v\\.\\s+\\p{Lu}.{1,100}$");
  private static final Pattern MACHINE_NAME = Pattern.compile("(?i)^_|\\.pdf$|^\\d{4}-\\d\\d-\\d\\d|^[\\w-]+\\.[a-z]{2,4}$");

  /** The cover's largest type is the title only when it is this much larger than the body's. */
  private static final double TITLE_TYPE = 1.2;

  private final TocSegmenter volumes = new TocSegmenter();

  @Override
  public SegmentedReport segment(CleanDocument doc, String reportId) throws ReportException {
    List<Block> blocks = doc.blocks();
    if (!hasBodyText(blocks)) {
      throw new ReportException(doc.source().sourcePath(), FailureReason.NO_ESSAYS, "no body text: the document holds headings at most");
    }
    Reading reading = Reading.of(doc); // once for both readers below
    List<String> texts = reading.texts();
    Casing casing = reading.casing();
    ReportMeta base = reading.meta();
    CoverReader.Cover cover = CoverReader.read(doc, base.identifier());

    SegmentedReport volume = volumes.volume(doc, reading, reportId);
    if (volume != null && signed(volume.essays(), casing)) {
      String title = base.title() != null && acceptable(base.title(), doc.running()) ? base.title() : title(doc, texts, null, base.series());
      ReportStructure.Result matter = new ReportStructure.Result(volume.essays(), volume.meta().frontMatter(), null);
      return new SegmentedReport(meta(base, cover, title, "edited-volume", matter), volume.essays());
    }

    String title = title(doc, texts, base.title(), base.series());
    ReportStructure.Result r = ReportStructure.read(reading, reportId, title != null ? title : fileTitle(doc),
        ReportAuthors.read(blocks, texts, title, casing), doc.source().outline());
    List<Essay> units = r.units();
    if (units.isEmpty()) {
      // Nothing read as body: the text is one unit rather than a failure.
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) all.add(i);
      UnitText u = UnitText.of(blocks, all);
      units = List.of(new Essay(reportId + "/1", org.reportlens.model.EssayKind.REPORT, title != null ? title : fileTitle(doc),
          List.of(), null, null, u.text(), u.pageStarts(), List.of(), u.refs(), List.of(), null, u.sections()));
      r = new ReportStructure.Result(units, null, null);
    }
    ReportMeta meta = meta(base, cover, title, "report", r);
    return new SegmentedReport(meta, TocSegmenter.assignFootnotesAndPullQuotes(units, doc));
  }

  private static ReportMeta meta(ReportMeta base, CoverReader.Cover cover, String title, String type, ReportStructure.Result r) {
    String publisher = base.publisher() != null ? base.publisher() : cover.publisher();
    Integer year = base.year();
    if (year == null && cover.date() != null) year = Integer.parseInt(cover.date().substring(0, 4));
    String date = cover.date() != null ? cover.date() : year != null ? year.toString() : null;
    return new ReportMeta(title, base.series(), publisher, year, base.editors(), cover.identifier(), date, type,
        cover.authors(), r == null || r.front() == null || r.front().isEmpty() ? null : r.front(),
        r == null || r.back() == null || r.back().isEmpty() ? null : r.back());
  }

  /** Some block other than a heading or a contents line holds words. */
  static boolean hasBodyText(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() != BlockKind.HEADING && b.kind() != BlockKind.CONTENTS && Words.count(Markers.strip(b.text())) > 0) return true;
    }
    return false;
  }

  /** Two or more units of 100 words or more signed by people (not by a heading read as a byline), at least half of all. */
  static boolean signed(List<Essay> essays, Casing casing) {
    if (essays.size() < 2) return false;
    int signed = 0;
    for (Essay e : essays) {
      // A list of names with their affiliations (an authors page) is not a set of signed texts.
      if (!e.authors().isEmpty() && e.wordCount() >= 100 && e.authors().stream().allMatch(a -> casing.personName(a.name()))) signed++;
    }
    return signed >= 2 && signed * 2 >= essays.size();
  }

  /** The report's title as printed: cover's largest type, else outline, else cover heading or lines. */
  static String title(CleanDocument doc, List<String> texts, String metaTitle, String series) {
    List<Block> blocks = doc.blocks();
    List<String> running = doc.running();
    int firstPage = blocks.stream().mapToInt(Block::page).filter(p -> p > 0).findFirst().orElse(0);
    // 1. The largest type on the cover, when the blocks carry their style (the extracted blocks
    // keep it when the cleaned ones do not).
    if (doc.source().blocks().stream().anyMatch(b -> b.style() != null)) {
      blocks = doc.source().blocks();
      texts = TocSegmenter.texts(blocks);
    }
    double max = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Style s = blocks.get(i).style();
      if (blocks.get(i).page() != firstPage || s == null) continue;
      if (s.fontSize() > max && acceptable(texts.get(i), running)) max = s.fontSize();
    }
    // Only type that stands out from the body's is a title (a gazette's first page sets the
    // document's title in body-size bold under a section banner).
    if (max < Openings.bodySize(blocks) * TITLE_TYPE) max = 0;
    if (max > 0) {
      // Each run of blocks in the largest type; with several (a series name above the title), the
      // one the outline names or that is printed again as a heading after the cover wins.
      List<String> runs = new ArrayList<>();
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < blocks.size() && blocks.get(i).page() == firstPage; i++) {
        Style s = blocks.get(i).style();
        boolean big = s != null && Math.abs(s.fontSize() - max) < 0.5 && acceptable(texts.get(i), running);
        if (big) t.append(t.length() > 0 ? " " : "").append(TocSegmenter.clean(texts.get(i)));
        else if (t.length() > 0) {
          runs.add(t.toString());
          t.setLength(0);
        }
      }
      if (t.length() > 0) runs.add(t.toString());
      if (runs.size() > 1) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (OutlineEntry e : doc.source().outline()) named.add(norm(e.title()));
        for (int i = 0; i < blocks.size(); i++) {
          if (blocks.get(i).page() > firstPage && blocks.get(i).kind() == BlockKind.HEADING) named.add(norm(texts.get(i)));
        }
        for (Block b : doc.blocks()) if (b.page() > firstPage && b.kind() == BlockKind.HEADING) named.add(norm(b.text()));
        for (String r : runs) if (named.contains(norm(r))) return r;
      }
      if (!runs.isEmpty()) return runs.get(0);
    }
    blocks = doc.blocks();
    texts = TocSegmenter.texts(blocks);
    // 2. A case caption on the first page.
    for (int i = 0; i < blocks.size() && blocks.get(i).page() == firstPage; i++) {
      String t = TocSegmenter.clean(texts.get(i));
      if (!caption(t)) continue;
      // A caption set over two lines: the second line in capitals goes on with the party's name.
      if (i + 1 < blocks.size() && blocks.get(i + 1).page() == firstPage && caption(t + " " + TocSegmenter.clean(texts.get(i + 1)))
          && Casing.isMostlyCaps(TocSegmenter.clean(texts.get(i + 1)).replaceAll("\\bet al\\.", ""))) {
        return t + " " + TocSegmenter.clean(texts.get(i + 1));
      }
      return t;
    }
    // 3. The first outline entry printed on the cover pages.
    StringBuilder coverText = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (firstPage > 0 && blocks.get(i).page() >= firstPage + CoverReader.COVER_PAGES) break;
      coverText.append(' ').append(norm(texts.get(i)));
    }
    for (OutlineEntry e : doc.source().outline()) {
      String t = TocSegmenter.clean(e.title());
      if (!acceptable(t, running) || MACHINE_NAME.matcher(t).find() || Words.count(t) > 25 || t.equalsIgnoreCase(series)) continue;
      if (coverText.indexOf(norm(t)) >= 0) return t;
    }
    // 3. The first heading of the cover; 4. its first lines.
    if (metaTitle != null && acceptable(metaTitle, running)) return metaTitle;
    for (int i = 0; i < blocks.size() && (firstPage == 0 || blocks.get(i).page() == firstPage); i++) {
      String t = TocSegmenter.clean(texts.get(i));
      // Without pages, only the head above the first paragraph holds a title (not a closing line) ...
      // ... and there only its first line: a line after an address ("To the Congress:") heads a section.
      if (firstPage == 0 && (i > 0 || TocSegmenter.isProse(t) || t.endsWith(":"))) break;
      if (!acceptable(t, running) || TocSegmenter.isProse(t) || Words.count(t) > 20 || t.matches(".*\\d{3,}.*")) continue;
      // A title broken over two lines: the first line ends mid-phrase.
      if (i + 1 < blocks.size() && blocks.get(i + 1).page() == blocks.get(i).page() && !t.matches(".*[.:;!?]$")) {
        String next = TocSegmenter.clean(texts.get(i + 1));
        if (acceptable(next, running) && !TocSegmenter.isProse(next) && Words.count(t + " " + next) <= 25 && !next.matches(".*\\d{3,}.*")
            && CoverReader.dateIn(next) == null) return t + " " + next;
      }
      return t;
    }
    return null;
  }

  private static boolean caption(String t) {
    return CAPTION.matcher(t).matches() && Words.count(t) <= 20 && Casing.isMostlyCaps(t.replaceAll("\\b(?:et al|v)\\.", ""));
  }

  /**
   * Acceptable, and not the periodical's or section's name printed in a masthead running head, one
   * that carries a volume number or the day ("Gazette / Vol. 85, No. 152 / Thursday, August
   * 6, 2020 / Proposed Rules"). A running head without them may well carry the title itself.
   */
  static boolean acceptable(String t, List<String> running) {
    if (!acceptable(t)) return false;
    String key = " " + norm(t) + " ";
    if (key.isBlank() || Words.count(t) > 6) return true;
    for (String r : running) {
      String date = CoverReader.dateIn(r);
      boolean masthead = MASTHEAD_VOLUME.matcher(r).find() || date != null && date.length() == 10;
      if (masthead && (" " + norm(r) + " ").contains(key)) return false;
    }
    return true;
  }

  private static final Pattern MASTHEAD_VOLUME = Pattern.compile("(?i)\\bvol(?:ume)?\\.?\\s*\\d+");

  private static boolean acceptable(String t) {
    String s = TocSegmenter.clean(t);
    if (!s.matches("(?s).*\\p{L}.*")) return false;
    return !s.isEmpty() && !NOT_A_TITLE.matcher(s).matches() && !(CoverReader.dateIn(s) != null && Words.count(s) <= 4)
        && Words.count(s) >= 1 && Words.count(s) <= 30;
  }

  private static String norm(String s) {
    return String.join(" ", TocSegmenter.words(s));
  }

  private static String fileTitle(CleanDocument doc) {
    String name = doc.source().sourcePath().replaceAll(".*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    return name.replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT).isEmpty() ? "Report" : name.replace('_', ' ').strip();
  }

  /** Authors of a unit as records. */
  static List<Author> authors(List<String> names) {
    return names.stream().map(n -> new Author(n, null)).toList();
  }
}
