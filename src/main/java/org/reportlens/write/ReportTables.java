package org.reportlens.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the batch tables of the output contract from report JSON trees (as {@link JsonReportReader}
 * gives them): one row per fact, keyed by report_id and essay_id so they join. Multi-valued cells are
 * joined with {@value #JOIN} (a value that itself holds "; " cannot be told apart: the JSON is the
 * exact record); missing values are empty cells; numbers appear as the JSON has them.
 *
 * <p>Rows follow the input order of reports (the caller sorts them) and the document order of essays
 * and of each essay's lists; the actor matrix sorts rows by total mentions, highest first, then id.
 * Pure function of its input; does not read or write files. Thread-safe.
 */
final class ReportTables {
  static final String JOIN = "; ";

  private ReportTables() {}

  static List<Table> build(List<JsonNode> reports) {
    return List.of(essays(reports), actors(reports), actorMatrix(reports), relations(reports),
        quotes(reports), claims(reports), themes(reports));
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

  static Table actors(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode a : e.path("actors")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(e.get("title")), authors(e), cell(a.get("id")),
            cell(a.get("name")), cell(a.get("type")), cell(a.get("mentions")), cell(a.get("salience"))));
      }
    });
    return new Table("actors.csv", List.of("report_id", "essay_id", "essay_title", "authors", "actor_id",
        "actor_name", "actor_type", "mentions", "salience"), rows);
  }

  static Table relations(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode r : e.path("relations")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(r.get("subject")), cell(r.get("predicate")),
            cell(r.get("object")), cell(r.get("page")), cell(r.get("source")), cell(r.get("sentence"))));
      }
    });
    return new Table("relations.csv", List.of("report_id", "essay_id", "subject", "predicate", "object", "page",
        "source", "sentence"), rows);
  }

  static Table quotes(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode q : e.path("quotedClaims")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(q.get("kind")), cell(q.path("speaker").get("name")),
            cell(q.path("speaker").get("actorId")), cell(q.get("text")), cell(q.get("page")), cell(q.get("citation"))));
      }
    });
    return new Table("quotes.csv", List.of("report_id", "essay_id", "kind", "speaker", "speaker_actor_id", "text",
        "page", "citation"), rows);
  }

  static Table claims(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode c : e.path("claims")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(c.get("kind")), cell(c.get("text")), cell(c.get("actorIds")),
            cell(c.get("page"))));
      }
    });
    return new Table("claims.csv", List.of("report_id", "essay_id", "kind", "text", "actor_ids", "page"), rows);
  }

  static Table themes(List<JsonNode> reports) {
    List<List<String>> rows = new ArrayList<>();
    forEachEssay(reports, (rid, e) -> {
      for (JsonNode t : e.path("themes")) {
        rows.add(List.of(rid, cell(e.get("id")), cell(t.get("label")), cell(t.get("id")), cell(t.get("score")),
            cell(t.get("keyphrases"))));
      }
    });
    return new Table("themes.csv", List.of("report_id", "essay_id", "theme", "theme_id", "score", "keyphrases"), rows);
  }

  /**
   * Actor id x essay id mention counts over the whole batch. The name shown for an id is the one
   * carrying most mentions (the same id may be named differently in different essays); an essay id
   * that occurs twice gets one column with the counts summed.
   */
  static Table actorMatrix(List<JsonNode> reports) {
    Map<String, Integer> column = new LinkedHashMap<>();
    Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
    Map<String, Map<String, Long>> names = new LinkedHashMap<>();
    forEachEssay(reports, (rid, e) -> {
      int col = column.computeIfAbsent(cell(e.get("id")), k -> column.size());
      for (JsonNode a : e.path("actors")) {
        String id = cell(a.get("id"));
        long n = a.path("mentions").asLong();
        counts.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(col, n, Long::sum);
        names.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(cell(a.get("name")), n, Long::sum);
      }
    });
    Map<String, Long> total = new LinkedHashMap<>();
    counts.forEach((id, byCol) -> total.put(id, byCol.values().stream().mapToLong(Long::longValue).sum()));
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> total.get(id)).reversed().thenComparing(Comparator.naturalOrder()));
    List<List<String>> rows = new ArrayList<>();
    for (String id : ids) {
      List<String> row = new ArrayList<>(2 + column.size());
      row.add(id);
      row.add(topName(names.get(id)));
      for (int c = 0; c < column.size(); c++) row.add(Long.toString(counts.get(id).getOrDefault(c, 0L)));
      rows.add(row);
    }
    List<String> header = Stream.concat(Stream.of("actor_id", "actor_name"), column.keySet().stream()).toList();
    return new Table("actor_matrix.csv", header, rows);
  }

  private static String topName(Map<String, Long> byName) {
    String best = "";
    long most = -1;
    for (Map.Entry<String, Long> e : byName.entrySet()) {
      if (e.getValue() > most) { best = e.getKey(); most = e.getValue(); } // ties: the first seen
    }
    return best;
  }

  private interface EssayVisitor {
    void visit(String reportId, JsonNode essay);
  }

  private static void forEachEssay(List<JsonNode> reports, EssayVisitor v) {
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
