package org.reportlens.aggregate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.model.Author;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;
import org.reportlens.model.Footnote;
import org.reportlens.model.FootnoteRef;
import org.reportlens.model.PullQuote;

/**
 * Development only: cuts the sample report's markdown into {@link Essay}s (level-1 headings after the
 * table of contents; footnote markers recorded and removed; pull-quote blocks kept apart; bylines,
 * "In Brief" and biographies kept out of the text). A stand-in until the real segmenter lands; not
 * used by any unit test.
 */
public final class SampleEssays {
  private static final Pattern MARKER = Pattern.compile("\\[\\^(\\d+)]");
  private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\[\\^(\\d+)]:\\s*(.*)$");

  private SampleEssays() {}

  public static List<Essay> read(Path md) throws IOException {
    List<String> lines = Files.readAllLines(md);
    Map<Integer, String> notes = new HashMap<>();
    for (String l : lines) {
      Matcher m = FOOTNOTE_DEF.matcher(l);
      if (m.matches()) notes.put(Integer.parseInt(m.group(1)), m.group(2).replaceAll("[*<>]", "").trim());
    }
    int start = 0;
    for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(".....")) start = i + 1;
    List<Essay> essays = new ArrayList<>();
    String title = null;
    List<String> body = new ArrayList<>();
    for (int i = start; i < lines.size(); i++) {
      String l = lines.get(i);
      if (FOOTNOTE_DEF.matcher(l).matches() || l.startsWith("**G | M | F**")) break;
      if (l.startsWith("# ")) {
        String t = l.substring(2).trim();
        if (t.equals(title)) continue; // running head repeated after a page break
        if (title != null) essays.add(build(essays.size() + 1, title, body, notes));
        title = t;
        body = new ArrayList<>();
        continue;
      }
      body.add(l);
    }
    if (title != null) essays.add(build(essays.size() + 1, title, body, notes));
    return essays;
  }

  private static Essay build(int n, String title, List<String> lines, Map<Integer, String> notes) {
    List<Author> authors = new ArrayList<>();
    List<PullQuote> pulls = new ArrayList<>();
    List<String> paras = new ArrayList<>();
    String summary = null;
    String affiliationPending = null;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).trim();
      if (l.isEmpty()) continue;
      if (l.startsWith(":::") && l.contains("Pull Quote")) {
        StringBuilder pq = new StringBuilder();
        while (++i < lines.size() && !lines.get(i).trim().startsWith(":::")) pq.append(lines.get(i).trim()).append(' ');
        String t = pq.toString().trim().replaceAll("^[“\"]\\s*", "").replaceAll("\\s*[”\"]$", "");
        pulls.add(new PullQuote(t, 0));
        continue;
      }
      if (l.replace("*", "").trim().equalsIgnoreCase("Biography")) break;
      if (paras.isEmpty() && l.equals(l.toUpperCase(Locale.ROOT)) && l.matches(".*[A-Z].*") && !l.startsWith("*")) {
        authors.add(new Author(titleCase(l), null));
        continue;
      }
      if (paras.isEmpty() && l.startsWith("*") && !l.startsWith("**")) {
        affiliationPending = l.replace("*", "");
        if (!authors.isEmpty()) authors.set(0, new Author(authors.get(0).name(), affiliationPending));
        continue;
      }
      if (l.startsWith("**In Brief:**")) {
        summary = l.substring("**In Brief:**".length()).trim();
        continue;
      }
      if (l.startsWith("#")) l = l.replaceAll("^#+\\s*", "");
      l = l.replace("*", "").replace("<i>", "").replace("</i>", "");
      if (!paras.isEmpty()) {
        String prev = paras.get(paras.size() - 1);
        // a paragraph cut by a page break or pull-quote: rejoin
        if (!prev.matches("(?s).*[.!?:”\"\\]]\\s*$") && Character.isLowerCase(l.charAt(0))) {
          paras.set(paras.size() - 1, prev + " " + l);
          continue;
        }
      }
      paras.add(l);
    }
    StringBuilder text = new StringBuilder();
    List<FootnoteRef> refs = new ArrayList<>();
    List<Footnote> footnotes = new ArrayList<>();
    for (String p : paras) {
      if (text.length() > 0) text.append("\n\n");
      Matcher m = MARKER.matcher(p);
      int last = 0;
      while (m.find()) {
        text.append(p, last, m.start());
        int num = Integer.parseInt(m.group(1));
        refs.add(new FootnoteRef(text.length(), num));
        if (notes.containsKey(num)) footnotes.add(new Footnote(num, notes.get(num), 0));
        last = m.end();
      }
      text.append(p.substring(last));
    }
    EssayKind kind = title.equalsIgnoreCase("Introduction") ? EssayKind.INTRODUCTION : EssayKind.ESSAY;
    return new Essay("sample/" + n, kind, title, authors, null, summary, text.toString(), List.of(), footnotes,
        refs, pulls, null);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ' || c == '-';
    }
    return b.toString();
  }
}
