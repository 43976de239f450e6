package org.reportlens.model;

import java.util.List;

/**
 * One essay (or introduction, chapter ...) of a report, with clean body text.
 *
 * @param text       body text: paragraphs separated by a blank line, headings as their own paragraphs
 * @param pageStarts where each page begins in {@code text}, in order; empty when the format has no pages
 * @param pages      null when the format has no pages
 * @param footnoteRefs where footnote markers stood in {@code text}, in text order
 * @param biography  the author biography, kept out of {@code text}; may be null
 * @param sections   the unit's headings in text order (schema 1.1), empty when it has none
 */
public record Essay(String id, EssayKind kind, String title, List<Author> authors, PageRange pages,
                    String summary, String text, List<PageStart> pageStarts, List<Footnote> footnotes,
                    List<FootnoteRef> footnoteRefs, List<PullQuote> pullQuotes, String biography,
                    List<Section> sections) {
  public Essay {
    sections = sections == null ? List.of() : List.copyOf(sections);
    if (id == null || title == null || text == null) throw new IllegalArgumentException("essay id/title/text");
    authors = List.copyOf(authors);
    pageStarts = List.copyOf(pageStarts);
    footnotes = List.copyOf(footnotes);
    footnoteRefs = List.copyOf(footnoteRefs);
    pullQuotes = List.copyOf(pullQuotes);
  }

  /** Without sections (formats and tests that give none). */
  public Essay(String id, EssayKind kind, String title, List<Author> authors, PageRange pages,
               String summary, String text, List<PageStart> pageStarts, List<Footnote> footnotes,
               List<FootnoteRef> footnoteRefs, List<PullQuote> pullQuotes, String biography) {
    this(id, kind, title, authors, pages, summary, text, pageStarts, footnotes, footnoteRefs, pullQuotes, biography, List.of());
  }

  /** The title of the innermost section that holds {@code offset}, or null before the first heading. */
  public String sectionAt(int offset) {
    String title = null;
    for (Section s : sections) {
      if (s.offset() > offset) break;
      title = s.title();
    }
    return title;
  }

  /** The page on which the character at {@code offset} stands, or null when unpaged. */
  public Integer pageAt(int offset) {
    Integer page = null;
    for (PageStart p : pageStarts) {
      if (p.offset() > offset) break;
      page = p.page();
    }
    if (page == null && pages != null) return pages.first();
    return page;
  }

  public int wordCount() { return Words.count(text); }

  /** The footnote whose marker stands within {@code maxGap} characters after {@code offset}, or null. */
  public Footnote footnoteAfter(int offset, int maxGap) {
    for (FootnoteRef r : footnoteRefs) {
      if (r.offset() >= offset && r.offset() - offset <= maxGap) {
        for (Footnote f : footnotes) if (f.number() == r.number()) return f;
      }
    }
    return null;
  }
}
