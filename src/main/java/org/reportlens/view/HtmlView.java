package org.reportlens.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch as one static, self-contained HTML page ({@code output/index.html}): no server, no network,
 * inline CSS, SVG and a few lines of script (table sorting). It shows
 * <ul>
 *   <li>the reports in a table sortable by any column (click a header; {@code #sort=N} sorts by column N on load);
 *   <li>the comparison: a heat map of the most mentioned actors by report (mentions per 10,000 words)
 *       and each report's theme shares (cue hits of each theme over all its theme hits);
 *   <li>per report, its units with authors, actors as bars, themes, quotations with speaker, page and
 *       section, and claims (long lists are cut, with the count left and the table that has them all).
 * </ul>
 * Consumes report JSON trees (as the tables do); pure function of them. Thread-safe.
 */
public final class HtmlView {
  static final int HEAT_ACTORS = 25;
  static final int HEAT_REPORTS = 60;
  static final int BAR_ACTORS = 10;
  static final int MAX_ROWS = 40;
  private static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
      "#ff9da7", "#9c755f", "#bab0ac"};

  private HtmlView() {}

  public static String render(List<JsonNode> reports, String title) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").text(title).raw("</title>\n<style>")
        .raw(CSS).raw("</style></head>\n<body>\n<h1>").text(title).raw("</h1>\n");
    h.raw("<p class=\"meta\">").text(reports.size() + " reports, " + units(reports) + " units, " + words(reports) + " words. ")
        .raw("Tables: <code>tables/*.csv</code>; comparisons: <code>reportlens compare</code>.</p>\n");
    reportTable(h, reports);
    h.raw("<h2 id=\"comparison\">Comparison</h2>\n");
    heatMap(h, reports);
    themeShares(h, reports);
    h.raw("<h2 id=\"reports-detail\">Report details</h2>\n");
    boolean few = reports.size() <= 3; // a small batch opens each report's first unit
    for (JsonNode r : reports) report(h, r, few);
    h.raw("<script>").raw(SCRIPT).raw("</script>\n</body></html>\n");
    return h.toString();
  }

  private static void reportTable(Html h, List<JsonNode> reports) {
    h.raw("<h2 id=\"reports\">Reports</h2>\n<table class=\"sortable\" id=\"report-table\"><thead><tr>");
    String[] cols = {"Report", "Title", "Publisher", "Year", "Type", "Pages", "Words", "Units", "Actors", "Quotations"};
    for (int i = 0; i < cols.length; i++) h.raw("<th data-col=\"" + i + "\"" + (i >= 3 && i != 4 ? " data-num=\"1\"" : "") + ">").text(cols[i]).raw("</th>");
    h.raw("</tr></thead><tbody>\n");
    for (JsonNode r : reports) {
      JsonNode m = r.path("report");
      int actors = 0, quotes = 0;
      for (JsonNode e : r.path("essays")) {
        actors += e.path("actors").size();
        quotes += e.path("quotedClaims").size();
      }
      h.raw("<tr><td><a href=\"#r-").text(anchor(id(r))).raw("\">").text(id(r)).raw("</a></td>");
      for (String v : List.of(m.path("title").asText(""), m.path("publisher").asText(""), m.path("year").asText(""),
          m.path("documentType").asText(""), m.path("source").path("pages").asText(""), Long.toString(words(r)),
          Integer.toString(r.path("essays").size()), Integer.toString(actors), Integer.toString(quotes))) {
        h.el("td", v);
      }
      h.raw("</tr>\n");
    }
    h.raw("</tbody></table>\n");
  }

  /** Actors x reports, colour = mentions per 10,000 words of the report (darkest = the highest rate shown). */
  private static void heatMap(Html h, List<JsonNode> reports) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    Map<String, Long> total = new LinkedHashMap<>();
    for (JsonNode r : reports) {
      for (JsonNode e : r.path("essays")) {
        for (JsonNode a : e.path("actors")) {
          String id = a.path("id").asText();
          long n = a.path("mentions").asLong();
          names.putIfAbsent(id, a.path("name").asText(id));
          counts.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(id(r), n, Long::sum);
          total.merge(id, n, Long::sum);
        }
      }
    }
    List<String> actors = total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(HEAT_ACTORS).map(Map.Entry::getKey).toList();
    List<JsonNode> shown = reports.subList(0, Math.min(HEAT_REPORTS, reports.size()));
    h.raw("<h3>Actors by report</h3>\n");
    if (actors.isEmpty()) {
      h.raw("<p class=\"meta\">No actors found.</p>\n");
      return;
    }
    double max = 0;
    double[][] rate = new double[actors.size()][shown.size()];
    for (int i = 0; i < actors.size(); i++) {
      for (int j = 0; j < shown.size(); j++) {
        long w = words(shown.get(j));
        rate[i][j] = w == 0 ? 0 : counts.get(actors.get(i)).getOrDefault(id(shown.get(j)), 0L) * 10_000.0 / w;
        max = Math.max(max, rate[i][j]);
      }
    }
    int longest = shown.stream().mapToInt(r -> Math.min(24, id(r).length())).max().orElse(1);
    int cell = 18, left = 190, top = 20 + (int) Math.round(longest * 5.6); // slanted column labels fit above
    int width = left + cell * shown.size() + 130, height = top + cell * actors.size() + 10; // room for the slanted labels
    h.raw("<svg class=\"heat\" role=\"img\" aria-label=\"heat map of actors by report\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    for (int j = 0; j < shown.size(); j++) {
      int x = left + j * cell + cell / 2;
      h.raw("<text class=\"col\" transform=\"translate(" + x + "," + (top - 6) + ") rotate(-60)\">").text(shorten(id(shown.get(j)), 24)).raw("</text>\n");
    }
    for (int i = 0; i < actors.size(); i++) {
      int y = top + i * cell;
      h.raw("<text class=\"row\" x=\"" + (left - 6) + "\" y=\"" + (y + cell - 5) + "\">").text(shorten(names.get(actors.get(i)), 28)).raw("</text>\n");
      for (int j = 0; j < shown.size(); j++) {
        double v = max == 0 ? 0 : Math.sqrt(rate[i][j] / max); // square root: one dominant actor does not wash out the rest
        h.raw("<rect x=\"" + (left + j * cell) + "\" y=\"" + y + "\" width=\"" + (cell - 1) + "\" height=\"" + (cell - 1)
            + "\" fill=\"" + blue(v) + "\"><title>").text(names.get(actors.get(i)) + " in " + id(shown.get(j)) + ": "
            + Html.num(rate[i][j]) + " per 10,000 words").raw("</title></rect>");
      }
      h.raw("\n");
    }
    h.raw("</svg>\n<p class=\"meta\">").text("Mentions per 10,000 words (colour on a square-root scale); darkest = " + Html.num(max) + ". The "
        + actors.size() + " most mentioned actors" + (shown.size() < reports.size() ? ", first " + shown.size() + " reports" : "")
        + "; all in tables/actor_rates.csv.").raw("</p>\n");
  }

  /** Per report, a 100% bar of its theme hits by theme; the legend names the colours. */
  private static void themeShares(Html h, List<JsonNode> reports) {
    Map<String, Long> overall = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Map<String, Long>> byReport = new LinkedHashMap<>();
    for (JsonNode r : reports) {
      for (JsonNode e : r.path("essays")) {
        for (JsonNode t : e.path("themes")) {
          String id = t.path("id").asText(t.path("label").asText());
          long hits = t.hasNonNull("hits") ? t.path("hits").asLong() : Math.max(1, Math.round(t.path("score").asDouble() * 10));
          labels.putIfAbsent(id, t.path("label").asText(id));
          overall.merge(id, hits, Long::sum);
          byReport.computeIfAbsent(id(r), k -> new LinkedHashMap<>()).merge(id, hits, Long::sum);
        }
      }
    }
    h.raw("<h3>Theme shares</h3>\n");
    if (overall.isEmpty()) {
      h.raw("<p class=\"meta\">No themes found.</p>\n");
      return;
    }
    List<String> themes = overall.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
    Map<String, String> colour = new LinkedHashMap<>();
    for (int i = 0; i < themes.size(); i++) colour.put(themes.get(i), i < PALETTE.length - 1 ? PALETTE[i] : PALETTE[PALETTE.length - 1]);
    List<JsonNode> shown = reports.subList(0, Math.min(HEAT_REPORTS, reports.size()));
    int left = 190, barW = 520, rowH = 18;
    int width = left + barW + 10, height = rowH * shown.size() + 10;
    h.raw("<svg class=\"shares\" role=\"img\" aria-label=\"theme shares by report\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    for (int j = 0; j < shown.size(); j++) {
      String rid = id(shown.get(j));
      int y = j * rowH;
      h.raw("<text class=\"row\" x=\"" + (left - 6) + "\" y=\"" + (y + rowH - 5) + "\">").text(shorten(rid, 28)).raw("</text>");
      Map<String, Long> mine = byReport.getOrDefault(rid, Map.of());
      long sum = mine.values().stream().mapToLong(Long::longValue).sum();
      double x = left;
      for (String t : themes) {
        long n = mine.getOrDefault(t, 0L);
        if (n == 0) continue;
        double w = barW * (double) n / sum;
        h.raw("<rect x=\"" + Html.num(x) + "\" y=\"" + y + "\" width=\"" + Html.num(w) + "\" height=\"" + (rowH - 2)
            + "\" fill=\"" + colour.get(t) + "\"><title>").text(labels.get(t) + ": " + Math.round(100.0 * n / sum) + "% of "
            + rid + "'s theme cues").raw("</title></rect>");
        x += w;
      }
      h.raw("\n");
    }
    h.raw("</svg>\n<ul class=\"legend\">");
    for (int i = 0; i < Math.min(themes.size(), PALETTE.length); i++) {
      String t = themes.get(i);
      String label = i < PALETTE.length - 1 ? labels.get(t) : "other themes";
      h.raw("<li><span class=\"swatch\" style=\"background:" + colour.get(t) + "\"></span>").text(label).raw("</li>");
    }
    h.raw("</ul>\n");
  }

  private static void report(Html h, JsonNode r, boolean openFirst) {
    JsonNode m = r.path("report");
    h.raw("<section class=\"report\" id=\"r-").text(anchor(id(r))).raw("\"><h3>").text(m.path("title").asText(id(r))).raw("</h3>\n");
    List<String> facts = new ArrayList<>();
    for (String f : List.of("identifier", "publisher", "date", "year", "documentType")) {
      if (!m.path(f).asText("").isEmpty()) facts.add(f + ": " + m.path(f).asText());
    }
    if (m.path("authors").size() > 0) facts.add("issued by: " + join(m.path("authors")));
    h.raw("<p class=\"meta\">").text(id(r) + (facts.isEmpty() ? "" : " · " + String.join(" · ", facts))).raw("</p>\n");
    boolean open = openFirst;
    for (JsonNode e : r.path("essays")) {
      unit(h, e, open);
      open = false;
    }
    h.raw("</section>\n");
  }

  private static void unit(Html h, JsonNode e, boolean open) {
    h.raw("<details class=\"unit\"" + (open ? " open" : "") + "><summary><span class=\"kind\">").text(e.path("kind").asText()).raw("</span> ")
        .text(e.path("title").asText());
    List<String> authors = new ArrayList<>();
    for (JsonNode a : e.path("authors")) {
      authors.add(a.path("name").asText() + (a.path("affiliation").asText("").isEmpty() ? "" : " (" + a.path("affiliation").asText() + ")"));
    }
    if (!authors.isEmpty()) h.raw(" <span class=\"authors\">— ").text(String.join("; ", authors)).raw("</span>");
    JsonNode pages = e.path("pages");
    if (pages.has("first")) h.raw(" <span class=\"meta\">").text("pp. " + pages.path("first").asText() + "–" + pages.path("last").asText()).raw("</span>");
    h.raw("</summary>\n<div class=\"cols\"><div>");
    actorBars(h, e.path("actors"));
    h.raw("</div><div><h4>Themes</h4><ul class=\"themes\">");
    for (JsonNode t : e.path("themes")) {
      h.raw("<li>").text(t.path("label").asText()).raw(" <span class=\"meta\">").text(t.path("score").asText()
          + (t.path("keyphrases").size() > 0 ? " · " + join(t.path("keyphrases")) : "")).raw("</span></li>");
    }
    if (e.path("themes").isEmpty()) h.raw("<li class=\"meta\">none</li>");
    h.raw("</ul>");
    if (e.path("keyphrases").size() > 0) {
      List<String> ks = new ArrayList<>();
      for (JsonNode k : e.path("keyphrases")) ks.add(k.path("text").asText());
      h.raw("<h4>Keyphrases</h4><p class=\"keyphrases\">").text(String.join(" · ", ks)).raw("</p>");
    }
    h.raw("</div></div>\n");
    quotes(h, e);
    claims(h, e);
    h.raw("</details>\n");
  }

  private static void actorBars(Html h, JsonNode actors) {
    h.raw("<h4>Actors</h4>");
    if (actors.isEmpty()) {
      h.raw("<p class=\"meta\">none</p>");
      return;
    }
    List<JsonNode> top = new ArrayList<>();
    actors.forEach(top::add);
    top.sort(Comparator.comparingLong((JsonNode a) -> -a.path("mentions").asLong()));
    top = top.subList(0, Math.min(BAR_ACTORS, top.size()));
    long max = Math.max(1, top.get(0).path("mentions").asLong());
    int rowH = 18, left = 170, barW = 200;
    int height = rowH * top.size();
    h.raw("<svg class=\"bars\" width=\"" + (left + barW + 40) + "\" height=\"" + height + "\" xmlns=\"http://www.w3.org/2000/svg\">");
    for (int i = 0; i < top.size(); i++) {
      JsonNode a = top.get(i);
      long n = a.path("mentions").asLong();
      int y = i * rowH;
      double w = barW * (double) n / max;
      h.raw("<text class=\"row actor\" x=\"" + (left - 6) + "\" y=\"" + (y + rowH - 5) + "\">").text(shorten(a.path("name").asText(), 26))
          .raw("</text><rect x=\"" + left + "\" y=\"" + (y + 2) + "\" width=\"" + Html.num(w) + "\" height=\"" + (rowH - 4)
              + "\" fill=\"" + typeColour(a.path("type").asText()) + "\"><title>").text(a.path("name").asText() + " ("
              + a.path("type").asText().toLowerCase(Locale.ROOT) + "): " + n + " mentions").raw("</title></rect><text class=\"n\" x=\""
              + Html.num(left + w + 4) + "\" y=\"" + (y + rowH - 5) + "\">" + n + "</text>");
    }
    h.raw("</svg>");
    if (actors.size() > top.size()) h.raw("<p class=\"meta\">").text((actors.size() - top.size()) + " more in tables/actors.csv").raw("</p>");
  }

  private static void quotes(Html h, JsonNode e) {
    JsonNode qs = e.path("quotedClaims");
    h.raw("<h4>Quotations</h4>");
    if (qs.isEmpty()) {
      h.raw("<p class=\"meta\">none</p>\n");
      return;
    }
    h.raw("<table class=\"quotes\"><thead><tr><th>Speaker</th><th>Kind</th><th>Page</th><th>Section</th><th>Quotation</th></tr></thead><tbody>");
    int n = 0;
    for (JsonNode q : qs) {
      if (n++ == MAX_ROWS) break;
      h.raw("<tr>").el("td class=\"speaker\"", q.path("speaker").path("name").asText("")).el("td", q.path("kind").asText())
          .el("td", q.path("page").asText("")).el("td", q.path("section").asText("")).el("td class=\"quote\"", q.path("text").asText())
          .raw("</tr>");
    }
    h.raw("</tbody></table>\n");
    if (qs.size() > MAX_ROWS) h.raw("<p class=\"meta\">").text((qs.size() - MAX_ROWS) + " more in tables/quotes.csv").raw("</p>\n");
  }

  private static void claims(Html h, JsonNode e) {
    JsonNode cs = e.path("claims");
    h.raw("<h4>Claims</h4>");
    if (cs.isEmpty()) {
      h.raw("<p class=\"meta\">none</p>\n");
      return;
    }
    h.raw("<ul class=\"claims\">");
    int n = 0;
    for (JsonNode c : cs) {
      if (n++ == MAX_ROWS) break;
      h.raw("<li><span class=\"kind\">").text(c.path("kind").asText()).raw("</span> ").text(c.path("text").asText());
      String where = (c.path("page").asText("").isEmpty() ? "" : "p. " + c.path("page").asText())
          + (c.path("section").asText("").isEmpty() ? "" : " · " + c.path("section").asText());
      if (!where.isEmpty()) h.raw(" <span class=\"meta\">").text(where).raw("</span>");
      h.raw("</li>");
    }
    h.raw("</ul>\n");
    if (cs.size() > MAX_ROWS) h.raw("<p class=\"meta\">").text((cs.size() - MAX_ROWS) + " more in tables/claims.csv").raw("</p>\n");
  }

  private static String id(JsonNode r) { return r.path("report").path("id").asText(); }

  private static String anchor(String id) { return id.replaceAll("[^A-Za-z0-9_-]", "-"); }

  private static long words(JsonNode r) {
    long n = 0;
    for (JsonNode e : r.path("essays")) n += e.path("wordCount").asLong();
    return n;
  }

  private static long words(List<JsonNode> rs) { return rs.stream().mapToLong(HtmlView::words).sum(); }

  private static int units(List<JsonNode> rs) { return rs.stream().mapToInt(r -> r.path("essays").size()).sum(); }

  private static String join(JsonNode arr) {
    List<String> parts = new ArrayList<>();
    for (JsonNode x : arr) parts.add(x.asText());
    return String.join("; ", parts);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** White (0) to dark blue (1). */
  static String blue(double v) {
    double t = Math.max(0, Math.min(1, v));
    int r = (int) Math.round(247 - t * (247 - 8)), g = (int) Math.round(251 - t * (251 - 48)), b = (int) Math.round(255 - t * (255 - 107));
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String typeColour(String type) {
    return switch (type) {
      case "PERSON" -> "#e15759";
      case "COUNTRY" -> "#4e79a7";
      case "ORGANIZATION" -> "#59a14f";
      case "LOCATION" -> "#76b7b2";
      default -> "#b07aa1";
    };
  }

  private static final String CSS = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1200px;color:#222;padding:0 16px}
      h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:28px}
      h3{font-size:16px;margin:18px 0 6px}h4{font-size:13px;margin:10px 0 4px;color:#555;text-transform:uppercase;letter-spacing:.04em}
      .meta{color:#666;font-size:12px}code{background:#f3f3f3;padding:0 3px}
      table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
      table.sortable th{cursor:pointer;background:#f7f7f7;user-select:none}table.sortable th:after{content:" \\2195";color:#aaa}
      table.sortable th.asc:after{content:" \\2191";color:#333}table.sortable th.desc:after{content:" \\2193";color:#333}
      svg text{font:11px system-ui,sans-serif;fill:#333}svg text.row{text-anchor:end}svg text.n{fill:#666}
      .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px}
      .swatch{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
      section.report{border-top:1px solid #eee;margin-top:14px}details.unit{margin:6px 0 6px 6px;border-left:3px solid #dde;padding-left:10px}
      details.unit>summary{cursor:pointer;font-weight:600}.kind{font-size:11px;font-weight:normal;background:#eef;border-radius:3px;padding:0 4px;color:#446}
      .authors{font-weight:normal;color:#444}.cols{display:flex;gap:32px;flex-wrap:wrap}.cols>div{min-width:300px;flex:1}
      ul.themes,ul.claims{margin:0;padding-left:18px}td.quote{font-style:italic}td.speaker{white-space:nowrap}
      """;

  /** Sorts a table by a clicked header (numbers as numbers); #sort=N[-desc] sorts the reports table on load. */
  private static final String SCRIPT = """
      (function(){
        function key(td,num){var t=td?td.textContent.trim():'';if(!num)return t.toLowerCase();var n=parseFloat(t);return isNaN(n)?-Infinity:n;}
        function sortBy(table,col,desc){
          var th=table.tHead.rows[0].cells[col],num=th.hasAttribute('data-num'),body=table.tBodies[0];
          var rows=Array.prototype.slice.call(body.rows);
          rows.sort(function(a,b){var x=key(a.cells[col],num),y=key(b.cells[col],num);return (x<y?-1:x>y?1:0)*(desc?-1:1);});
          rows.forEach(function(r){body.appendChild(r);});
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(c){c.classList.remove('asc','desc');});
          th.classList.add(desc?'desc':'asc');
        }
        Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(table){
          Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
            th.addEventListener('click',function(){sortBy(table,i,th.classList.contains('asc'));});
          });
        });
        var m=/^#sort=(\\d+)(-desc)?$/.exec(location.hash);
        var t=document.getElementById('report-table');
        if(m&&t&&+m[1]<t.tHead.rows[0].cells.length)sortBy(t,+m[1],!!m[2]);
        document.body.setAttribute('data-ready','1');
      })();
      """;
}
