package org.reportlens.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the batch tables of the output contract from report JSON trees (as {@link JsonReportReader}
 * gives them): one row per fact, keyed by report_id and essay_id so they join. Lists that used to be
 * packed into one cell (claim actors, essay authors, theme keyphrases) also have a long-format join
 * table with one row per pair; the packed cells stay for compatibility, joined with {@value #JOIN}.
 * Missing values are empty cells; numbers appear as the JSON has them. Claims and quotations get an
 * id ({@code <essay id>#c<n>}, {@code #q<n>}, 1-based in document order) so the join tables can refer to them.
 *
 * <p>Rows follow the input order of reports (the caller sorts them) and the document order of essays
 * and of each essay's lists. The actor matrices are in {@link ActorMatrices}. Pure function of its
 * input; does not read or write files. Thread-safe.
 */
final class ReportTables {
  static final String JOIN = "; ";

  private ReportTables() {}

  static List<Table> build(List<JsonNode> reports) {
    return List.of(reports(reports), essays(reports), essayAuthors(reports), actors(reports),
        ActorMatrices.byReport(reports), ActorMatrices.byEssay(reports), ActorMatrices.rates(reports),
        relations(reports), quotes(reports), claims(reports), claimActors(reports), themes(reports),
        themeKeyphrases(reports), keyphrases(reports));
  }

  /** One row per report: its metadata and size (words and units summed over its essays). */
  static Table reports(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode r : reports) {
      JsonNode m = r.path("report");
      rows.add(List.of(cell(m.get("id")), cell(m.get("title")), cell(m.get("identifier")), cell(m.get("date")),
          cell(m.get("year")), cell(m.get("publisher")), cell(m.get("series")), cell(m.get("documentType")),
          cell(m.get("authors")), cell(m.path("source").get("pages")), Long.toString(words(r)),
          Integer.toString(r.path("essays").size()), cell(m.get("language")), cell(m.path("source").get("path"))));
    }
    return new Table("reports.csv", List.of("report_id", "title", "identifier", "date", "year", "publisher", "series",
        "document_type", "authors", "pages", "words", "essays", "language", "source_path"), rows);
  }

  static long words(JsonNode report) {
    long n = 0;
    for (JsonNode e : report.path("essays")) n += e.path("wordCount").asLong();
    return n;
  }

  static Table essays(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      Set<String> affiliations = new LinkedHashSet<>(); // co-authors from one institution: named once
      for (JsonNode a : e.path("authors")) if (!cell(a.get("affiliation")).isEmpty()) affiliations.add(cell(a.get("affiliation")));
      rows.add(List.of(rid, cell(e.get("id")), cell(e.get("kind")), cell(e.get("title")), authors(e),
          String.join(JOIN, affiliations), cell(e.path("pages").get("first")), cell(e.path("pages").get("last")),
          cell(e.get("wordCount"))));
    });
    return new Table("essays.csv", List.of("report_id", "essay_id", "kind", "title", "authors", "affiliations",
        "first_page", "last_page", "words"), rows);
  }

  static Table essayAuthors(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      int n = 0;
      for (JsonNode a : e.path("authors")) {
        rows.add(List.of(rid, cell(e.get("id")), Integer.toString(++n), cell(a.get("name")), cell(a.get("affiliation"))));
      }
    });
    return new Table("essay_authors.csv", List.of("report_id", "essay_id", "position", "author", "affiliation"), rows);
  }

  static Table actors(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode a : e.path("actors")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(e.get("title")), authors(e), cell(a.get("id")),
            cell(a.get("name")), cell(a.get("type")), cell(a.get("mentions")), cell(a.get("salience")),
            cell(a.get("parent"))));
      }
    });
    return new Table("actors.csv", List.of("report_id", "essay_id", "essay_title", "authors", "actor_id",
        "actor_name", "actor_type", "mentions", "salience", "parent"), rows);
  }

  static Table relations(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode r : e.path("relations")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(r.get("subject")), cell(r.get("predicate")),
            cell(r.get("object")), cell(r.get("page")), cell(r.get("source")), cell(r.get("sentence")),
            cell(r.get("section"))));
      }
    });
    return new Table("relations.csv", List.of("report_id", "essay_id", "subject", "predicate", "object", "page",
        "source", "sentence", "section"), rows);
  }

  static Table quotes(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      int n = 0;
      for (JsonNode q : e.path("quotedClaims")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(q.get("kind")), cell(q.path("speaker").get("name")),
            cell(q.path("speaker").get("actorId")), cell(q.get("text")), cell(q.get("page")), cell(q.get("citation")),
            cell(e.get("id")) + "#q" + (++n), cell(q.get("cue")), cell(q.get("sentence")), cell(q.get("section"))));
      }
    });
    return new Table("quotes.csv", List.of("report_id", "essay_id", "kind", "speaker", "speaker_actor_id", "text",
        "page", "citation", "quote_id", "cue", "sentence", "section"), rows);
  }

  static Table claims(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      int n = 0;
      for (JsonNode c : e.path("claims")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(c.get("kind")), cell(c.get("text")), cell(c.get("actorIds")),
            cell(c.get("page")), cell(e.get("id")) + "#c" + (++n), cell(c.get("section"))));
      }
    });
    return new Table("claims.csv", List.of("report_id", "essay_id", "kind", "text", "actor_ids", "page", "claim_id",
        "section"), rows);
  }

  /** claims.csv's actor_ids in long format: one row per claim and actor. */
  static Table claimActors(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      int n = 0;
      for (JsonNode c : e.path("claims")) {
        String id = cell(e.get("id")) + "#c" + (++n);
        for (JsonNode a : c.path("actorIds")) rows.add(List.of(rid, cell(e.get("id")), id, cell(a)));
      }
    });
    return new Table("claim_actors.csv", List.of("report_id", "essay_id", "claim_id", "actor_id"), rows);
  }

  static Table themes(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode t : e.path("themes")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(t.get("label")), cell(t.get("id")), cell(t.get("score")),
            cell(t.get("keyphrases")), cell(t.get("hits"))));
      }
    });
    return new Table("themes.csv", List.of("report_id", "essay_id", "theme", "theme_id", "score", "keyphrases", "hits"),
        rows);
  }

  /** themes.csv's keyphrases in long format: one row per theme and matched cue phrase. */
  static Table themeKeyphrases(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode t : e.path("themes")) {
        for (JsonNode k : t.path("keyphrases")) rows.add(List.of(rid, cell(e.get("id")), cell(t.get("id")), cell(k)));
      }
    });
    return new Table("theme_keyphrases.csv", List.of("report_id", "essay_id", "theme_id", "keyphrase"), rows);
  }

  static Table keyphrases(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      int n = 0;
      for (JsonNode k : e.path("keyphrases")) {
        rows.add(List.of(rid, cell(e.get("id")), Integer.toString(++n), cell(k.get("text")), cell(k.get("score"))));
      }
    });
    return new Table("keyphrases.csv", List.of("report_id", "essay_id", "rank", "keyphrase", "score"), rows);
  }

  interface EssayVisitor {
    void visit(String reportId, JsonNode essay);
  }

  static void forEachEssay(List<JsonNode> reports, EssayVisitor v) {
    for (JsonNode r : reports) {
      String rid = cell(r.path("report").get("id"));
      for (JsonNode e : r.path("essays")) v.visit(rid, e);
    }
  }

  private static String authors(JsonNode essay) {
    List<String> names = new ArrayList<>();
    for (JsonNode a : essay.path("authors")) names.add(cell(a.get("name")));
    return String.join(JOIN, names);
  }

  /** A JSON value as a cell: "" for none, numbers as written, arrays joined. */
  static String cell(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) return "";
    if (n.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode x : n) parts.add(cell(x));
      return String.join(JOIN, parts);
    }
    if (n.isFloatingPointNumber()) return n.decimalValue().toPlainString();
    if (n.isValueNode()) return n.asText();
    return n.toString(); // an object where a value was expected: keep it visible rather than drop it
  }
}
