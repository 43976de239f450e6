package org.reportlens.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.extract.Markers;
import org.reportlens.model.Block;
import org.reportlens.model.CleanDocument;

/**
 * Reads from the first pages of a report what identifies it as printed: an identifier (a UN-style
 * symbol "S/2025/153", a report number "GAO-18-559" or a code set alone on the cover "R47324", a
 * docket "FAA–2020–0686", a case "No. 05–1120", an ISBN, a DOI, a volume and issue "Vol. 51, No. 1"),
 * the date as precisely as it is printed (ISO 8601: "2018-08-30", "2018-08", "2013"), a publishing
 * organisation named on the cover or in the running footer, and an institutional author ("the
 * Secretary-General"). Fields not printed stay null. Pure and thread-safe.
 */
final class CoverReader {
  /** Pages searched: the cover, the imprint and the first page of text. */
  static final int COVER_PAGES = 3;
  /** A date on the cover is refined by the same date printed in full on these first pages. */
  private static final int REFINE_PAGES = 6;

  private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\p{L}])" + MONTH + "\\s+\\d{1,2}\\s*[–—-]\\s*\\d{1,2},?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern FULL_MDY = Pattern.compile("(?i)(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern FULL_DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-([0-2]\\d|3[01])\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("(?i)(?<![\\p{L}])" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern SEASON_YEAR = Pattern.compile("(?i)\\b(?:spring|summer|fall|autumn|winter)\\s+((?:19|20)\\d\\d)\\b");

  private static final Pattern UN_SYMBOL = Pattern.compile("\\b([A-Z]{1,4}(?:/[A-Z]{1,6}(?:\\.\\d+)?)*/(?:(?:19|20)\\d\\d|\\d{1,3})/[A-Z0-9.]{1,8}(?:/[A-Za-z0-9.]+)?)\\b");
  private static final Pattern REPORT_NUMBER = Pattern.compile("\\b([A-Z]{2,6}-\\d{2}-\\d{2,5}[A-Z]{0,2})\\b");
  private static final Pattern CODE_ALONE = Pattern.compile("^([A-Z]{1,4}\\d{3,6})$");
  private static final Pattern DOCKET = Pattern.compile("(?i)\\bDocket\\s+No\\.?\\s*([A-Z]{2,8}[–-]\\d{4}[–-]\\d{2,6})\\b");
  private static final Pattern CASE_NO = Pattern.compile("\\b(No(?:s)?\\.\\s*\\d{2}[–-]\\d{2,6})\\b");
  private static final Pattern ISBN = Pattern.compile("(?i)\\bISBN(?:-1[03])?:?\\s*((?:97[89][–-]?)?\\d{1,5}[–-]\\d{1,7}[–-]\\d{1,7}[–-][\\dX])\\b");
  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s\"<>,;]+[^\\s\"<>,;.)])");
  private static final Pattern VOLUME = Pattern.compile("(?i)\\bVol(?:ume|\\.)?\\s*(\\d{1,4})(?:\\s*[,/]?\\s*(?:No\\.?|Number|Issue)\\s*(\\d{1,4}))?");
  private static final Pattern ORGANISATION = Pattern.compile("(?i)"
      + "\\b(?:Office|Service|Commission|Center|Centre|Institute|University|Foundation|Council|Agency|Department|Ministry|Bureau|Organi[sz]ation|Fund|Association|Institution|Secretariat|Programme|Laboratory|School|Faculty|Academy|Society|Leibniz-Zentrum|White House)\\b");
  private static final Pattern INSTITUTIONAL_AUTHOR = Pattern.compile(
      "(?i)\\bReport of the\\s+(Secretary-General|(?:[\\p{Lu}][\\p{L}-]+\\s+){0,6}(?:Panel|Committee|Commission|Group|Inspectors?|Board|Rapporteur)(?:\\s+of\\s+[\\p{Lu}][\\p{L}-]+(?:\\s+[\\p{Lu}][\\p{L}-]+){0,4})?)");

  record Cover(String identifier, String date, String publisher, List<String> authors) {}

  private CoverReader() {}

  static Cover read(CleanDocument doc, String issueLine) {
    List<String> cover = new ArrayList<>();
    List<String> later = new ArrayList<>();
    int firstPage = -1;
    // The source blocks: the cleaner may have taken imprint lines and footers out of the text.
    for (Block b : doc.source().blocks()) {
      if (b.page() > 0 && firstPage < 0) firstPage = b.page();
      int rel = b.page() > 0 ? b.page() - Math.max(1, firstPage) : 0;
      String t = Markers.strip(b.text());
      // A text without pages (plain text, DOCX, HTML) has no cover: what identifies it is printed in
      // its head, the lines above its first paragraph; a date in the prose is an event's.
      if (firstPage < 0 && TocSegmenter.isProse(t)) break;
      if (rel < COVER_PAGES) cover.add(t);
      else if (rel < REFINE_PAGES) later.add(t);
      else if (b.page() > 0) break;
      if (b.page() == 0 && cover.size() > 80) break;
    }
    List<String> running = doc.running();
    String identifier = identifier(cover, running, issueLine);
    // A volume line standing alone a little later (over a journal's contents page).
    if (identifier == null) identifier = volumeLine(later);
    String date = runningDate(running);
    if (date == null) date = date(cover, later);
    List<String> front = new ArrayList<>(cover);
    front.addAll(later);
    String publisher = publishedBy(front);
    if (publisher == null) publisher = organisation(cover, running);
    List<String> authors = new ArrayList<>();
    for (String t : cover) {
      Matcher m = INSTITUTIONAL_AUTHOR.matcher(t);
      if (m.find()) {
        authors.add(m.group(1).strip());
        break;
      }
    }
    return new Cover(identifier, date, publisher, authors);
  }

  /** The first identifier found, by rank: symbol, report number, docket, case, the series' issue line, ISBN, DOI, volume. */
  static String identifier(List<String> cover, List<String> running, String issueLine) {
    List<Pattern> ranked = List.of(UN_SYMBOL, REPORT_NUMBER, DOCKET, CASE_NO, ISBN, DOI);
    for (Pattern p : ranked) {
      if (p == ISBN && issueLine != null) return issueLine;
      for (String t : cover) {
        Matcher m = p.matcher(t);
        if (m.find()) return m.group(1).replace("Nos.", "No.");
      }
      if (p == REPORT_NUMBER) {
        for (String t : cover) {
          Matcher m = CODE_ALONE.matcher(t.strip());
          if (m.matches()) return m.group(1);
        }
      }
    }
    // A volume and issue, from the cover or the running header: the fullest form wins.
    String best = null;
    List<String> all = new ArrayList<>(cover);
    all.addAll(running);
    for (String t : all) {
      Matcher m = VOLUME.matcher(t);
      while (m.find()) {
        String v = "Vol. " + m.group(1) + (m.group(2) != null ? ", No. " + m.group(2) : "");
        if (best == null || m.group(2) != null && !best.contains("No.")) best = v;
      }
    }
    return best;
  }

  /**
   * The date printed in the running head of every page: the issue's date (a gazette, a journal),
   * which wins over the dates its text gives. A running line with a time of day is a printer's
   * stamp, not the issue's date.
   */
  static String runningDate(List<String> running) {
    for (String r : running) {
      if (CLOCK.matcher(r).find()) continue;
      String d = dateIn(r);
      if (d != null && d.length() >= 7) return d;
    }
    return null;
  }

  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");

  /** The first date printed on the cover pages, refined by the same day printed in full a little later. */
  static String date(List<String> cover, List<String> later) {
    String found = null;
    for (String t : cover) {
      found = dateIn(t);
      if (found != null) break;
    }
    // Only a month is refined by its day printed later: a year alone (a season, "Spring 2013") is as
    // precise as the cover prints it, whatever dated items the text holds.
    if (found == null || found.length() != 7) return found;
    List<String> all = new ArrayList<>(cover);
    all.addAll(later);
    for (String t : all) {
      if (t.split("\\s+").length > 8) continue; // a date standing alone, as on a letter or cover
      for (Pattern p : List.of(FULL_MDY, FULL_DMY, ISO)) {
        Matcher m = p.matcher(t);
        while (m.find()) {
          String full = full(p, m);
          if (full != null && full.startsWith(found)) return full;
        }
      }
    }
    return found;
  }

  /** A label that says which of several dates is the document's own ("Argued ...—Decided April 2, 2007"). */
  private static final Pattern OWN_DATE = Pattern.compile(
      "(?i)\\b(?:decided|issued|adopted|dated|released|updated|published|signed|approved)\\b\\s*:?\\s*(?:on\\s+)?");

  /** The first date in one text, or null, as precise as printed: a day, a month (also for a range of days), a year. */
  static String dateIn(String t) {
    Matcher own = OWN_DATE.matcher(t);
    while (own.find()) {
      String d = firstDate(t.substring(own.end(), Math.min(t.length(), own.end() + 40)));
      if (d != null) return d;
    }
    return firstDate(t);
  }

  private static String firstDate(String t) {
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : List.of(RANGE, FULL_MDY, FULL_DMY, ISO, MONTH_YEAR, SEASON_YEAR)) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        if (m.start() >= bestAt) break;
        String d;
        if (p == RANGE) d = m.group(2) + "-" + month(m.group(1));
        else if (p == MONTH_YEAR) d = m.group(2) + "-" + month(m.group(1));
        else if (p == SEASON_YEAR) d = m.group(1);
        else d = full(p, m);
        if (d != null) {
          best = d;
          bestAt = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static String full(Pattern p, Matcher m) {
    int y;
    int mo;
    int d;
    if (p == FULL_MDY) {
      mo = Integer.parseInt(month(m.group(1)));
      d = Integer.parseInt(m.group(2));
      y = Integer.parseInt(m.group(3));
    } else if (p == FULL_DMY) {
      d = Integer.parseInt(m.group(1));
      mo = Integer.parseInt(month(m.group(2)));
      y = Integer.parseInt(m.group(3));
    } else {
      y = Integer.parseInt(m.group(1));
      mo = Integer.parseInt(m.group(2));
      d = Integer.parseInt(m.group(3));
    }
    if (d < 1 || d > 31) return null;
    return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
  }

  private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "01"), Map.entry("feb", "02"),
      Map.entry("mar", "03"), Map.entry("apr", "04"), Map.entry("may", "05"), Map.entry("jun", "06"), Map.entry("jul", "07"),
      Map.entry("aug", "08"), Map.entry("sep", "09"), Map.entry("oct", "10"), Map.entry("nov", "11"), Map.entry("dec", "12"));

  private static String month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  /** An organisation's name set alone on the cover, or as one part of the running footer. */
  /** "Vol. 9" from a short line of its own ("VOLUME 9 WINTER 2013"), not from a citation in the text. */
  static String volumeLine(List<String> lines) {
    for (String t : lines) {
      if (t.strip().split("\\s+").length > 8) continue;
      Matcher m = VOLUME.matcher(t);
      if (m.find()) return "Vol. " + m.group(1) + (m.group(2) != null ? ", No. " + m.group(2) : "");
    }
    return null;
  }

  /** The organisation a front page says publishes the report: "... is published by the Faculty of Law." */
  static String publishedBy(List<String> lines) {
    for (String t : lines) {
      Matcher m = PUBLISHED_BY.matcher(t);
      if (m.find() && ORGANISATION.matcher(m.group(1)).find()) return m.group(1).replaceAll("[.,;:]+$", "").strip();
    }
    return null;
  }

  private static final Pattern PUBLISHED_BY = Pattern.compile(
      "\\b(?:is|are)\\s+published\\s+by\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|for|and|on|the|\\p{Lu}[\\p{L}'’.-]*))*)");

  static String organisation(List<String> cover, List<String> running) {
    // The organisation the running footer names on every page first: a cover line naming one may
    // be a contents entry ("Commission Background").
    // A name that ends in its kind ("... Solarium Commission") before a heading that holds one.
    String first = null;
    for (String r : running) {
      for (String part : r.split("\\s*[|•·]\\s*")) {
        String s = part.replaceAll("^\\d+\\s+|\\s+\\d+$", "").strip();
        if (!isOrganisationLine(s)) continue;
        Matcher last = ORGANISATION.matcher(s);
        boolean endsInKind = false;
        while (last.find()) endsInKind = last.end() == s.length();
        if (endsInKind) return s;
        if (first == null) first = s;
      }
    }
    if (first != null) return first;
    for (String t : cover) {
      String s = t.strip();
      if (isOrganisationLine(s)) return s;
    }
    return null;
  }

  private static boolean isOrganisationLine(String s) {
    String[] w = s.split("\\s+");
    if (w.length < 2 || w.length > 10 || !ORGANISATION.matcher(s).find()) return false;
    if (s.matches("(?i)^(?:with (?:the )?support|supported|funded|sponsored|in partnership|in cooperation|prepared for|submitted to)\\b.*")) return false;
    if (s.matches(".*[.:;!?]$") || s.matches(".*\\d.*")) return false;
    int caps = 0;
    for (String x : w) if (Character.isUpperCase(x.charAt(0))) caps++;
    return caps * 3 >= w.length * 2;
  }
}
