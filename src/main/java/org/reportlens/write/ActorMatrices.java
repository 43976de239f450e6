package org.reportlens.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The actor x unit tables a comparison starts from: {@code actor_matrix.csv} (one column per report,
 * mention counts summed over its essays), {@code actor_matrix_essays.csv} (one column per essay) and
 * {@code actor_rates.csv} (one column per report, mentions per 10,000 words of the report, so long and
 * short reports compare). Each row starts with actor_id, actor_name, actor_type; the name and type
 * shown for an id are those carrying most mentions over the batch (ties: first seen). Rows are sorted
 * by total mentions, highest first, then id. A unit id that occurs twice gets one column, summed.
 * Pure functions; thread-safe.
 */
final class ActorMatrices {
  static final int RATE_PER = 10_000;

  private ActorMatrices() {}

  static Table byReport(List<JsonNode> reports) {
    return build("actor_matrix.csv", reports, (rid, e) -> rid, (count, words) -> Long.toString(count));
  }

  static Table byEssay(List<JsonNode> reports) {
    return build("actor_matrix_essays.csv", reports, (rid, e) -> ReportTables.cell(e.get("id")),
        (count, words) -> Long.toString(count));
  }

  /** Mentions per {@value #RATE_PER} words, 2 decimals; empty for a report without words. */
  static Table rates(List<JsonNode> reports) {
    return build("actor_rates.csv", reports, (rid, e) -> rid, (count, words) -> words == 0 ? ""
        : BigDecimal.valueOf(count * (double) RATE_PER / words).setScale(2, RoundingMode.HALF_UP).toPlainString());
  }

  /**
   * What {@link #build} reads of a report, and nothing else: report.id; per essay id, wordCount and
   * per actor id, name, type and mentions. Keep in step with build (ReportRowsTest checks the
   * matrices of the slim copy equal those of the full report).
   */
  static ObjectNode slim(JsonNode report) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.putObject("report").set("id", report.path("report").get("id"));
    ArrayNode essays = out.putArray("essays");
    for (JsonNode e : report.path("essays")) {
      ObjectNode se = essays.addObject();
      copy(e, se, "id", "wordCount");
      ArrayNode actors = se.putArray("actors");
      for (JsonNode a : e.path("actors")) copy(a, actors.addObject(), "id", "name", "type", "mentions");
    }
    return out;
  }

  private static void copy(JsonNode from, ObjectNode to, String... fields) {
    for (String f : fields) if (from.has(f)) to.set(f, from.get(f));
  }

  private interface Cell {
    String of(long count, long words);
  }

  private static Table build(String file, List<JsonNode> reports, BiFunction<String, JsonNode, String> unitOf, Cell cell) {
    Map<String, Integer> column = new LinkedHashMap<>();
    Map<String, Long> unitWords = new LinkedHashMap<>();
    Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
    Map<String, Map<String, Long>> names = new LinkedHashMap<>();
    Map<String, Map<String, Long>> types = new LinkedHashMap<>();
    ReportTables.forEachEssay(reports, (rid, e) -> {
      String unit = unitOf.apply(rid, e);
      int col = column.computeIfAbsent(unit, k -> column.size());
      unitWords.merge(unit, e.path("wordCount").asLong(), Long::sum);
      for (JsonNode a : e.path("actors")) {
        String id = ReportTables.cell(a.get("id"));
        long n = a.path("mentions").asLong();
        counts.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(col, n, Long::sum);
        names.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(ReportTables.cell(a.get("name")), n, Long::sum);
        types.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(ReportTables.cell(a.get("type")), n, Long::sum);
      }
    });
    // A report without essays still gets its column (all zero), so every report of the batch is listed.
    if (file.equals("actor_matrix.csv") || file.equals("actor_rates.csv")) {
      for (JsonNode r : reports) column.computeIfAbsent(ReportTables.cell(r.path("report").get("id")), k -> column.size());
    }
    Map<String, Long> total = new LinkedHashMap<>();
    counts.forEach((id, byCol) -> total.put(id, byCol.values().stream().mapToLong(Long::longValue).sum()));
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> total.get(id)).reversed().thenComparing(Comparator.naturalOrder()));
    List<String> units = new ArrayList<>(column.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (String id : ids) {
      List<String> row = new ArrayList<>(3 + column.size());
      row.add(id);
      row.add(top(names.get(id)));
      row.add(top(types.get(id)));
      for (int c = 0; c < units.size(); c++) {
        row.add(cell.of(counts.get(id).getOrDefault(c, 0L), unitWords.getOrDefault(units.get(c), 0L)));
      }
      rows.add(row);
    }
    List<String> header = Stream.concat(Stream.of("actor_id", "actor_name", "actor_type"), units.stream()).toList();
    return new Table(file, header, rows);
  }

  private static String top(Map<String, Long> byValue) {
    String best = "";
    long most = -1;
    for (Map.Entry<String, Long> e : byValue.entrySet()) {
      if (e.getValue() > most) { best = e.getKey(); most = e.getValue(); } // ties: the first seen
    }
    return best;
  }
}
