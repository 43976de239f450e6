package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportRowsTest {
  private static final String ONE = "{'report': {'id': 'r'}, 'essays': ["
      + "{'id': 'r/1', 'kind': 'essay', 'title': 'T', 'wordCount': 10, 'actors': [{'id': 'a', 'name': 'A', 'type': 'state', 'mentions': 2, 'salience': 0.5}]},"
      + "{'id': 'r/2', 'kind': 'essay', 'title': 'U', 'wordCount': 4, 'actors': []}]}";

  private static JsonNode parse(String json) throws Exception {
    return ReportRows.parse(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void perReportTablesAreThoseKeyedByReportAndHoldTheCsvRows() throws Exception {
    JsonNode r = parse(ONE);
    Map<String, ReportRows.Rows> byName = ReportRows.perReport(r).stream()
        .collect(Collectors.toMap(ReportRows.Rows::table, Function.identity()));
    assertFalse(byName.containsKey("actor_matrix"), "one column per essay of the batch: not per report");
    assertTrue(byName.keySet().containsAll(List.of("essays", "actors", "relations", "quotes", "claims", "themes")));
    assertEquals(ReportTables.essays(List.of(r)).rows(), byName.get("essays").rows());
    assertEquals(List.of(List.of("r", "r/1", "T", "", "a", "A", "state", "2", "0.5", "")), byName.get("actors").rows());
    for (ReportRows.Rows t : byName.values()) assertEquals(ReportRows.REPORT_ID, t.columns().get(0));
  }

  @Test
  void batchWideTablesSortReportsByIdAsTheCsvDoes() throws Exception {
    JsonNode z = parse(ONE.replace("'r'", "'z'").replace("'r/", "'z/"));
    List<ReportRows.Rows> wide = ReportRows.batchWide(List.of(z, parse(ONE)));
    assertEquals(List.of("actor_matrix", "actor_matrix_essays", "actor_rates"), wide.stream().map(ReportRows.Rows::table).toList());
    assertEquals(List.of("actor_id", "actor_name", "actor_type", "r", "z"), wide.get(0).columns());
    assertEquals(List.of("actor_id", "actor_name", "actor_type", "r/1", "r/2", "z/1", "z/2"), wide.get(1).columns());
    assertEquals(ReportRows.schema().size(), ReportTables.build(List.of()).size());
  }

  @Test
  void theBatchWideTablesOfTheSlimCopiesAreThoseOfTheFullReports() throws Exception {
    List<JsonNode> full = List.of(ReportRows.parse(new JsonReportWriter().toBytes(ReportFixtures.pagedReport())),
        ReportRows.parse(new JsonReportWriter().toBytes(ReportFixtures.unpagedReport())), parse(ONE));
    List<JsonNode> slim = full.stream().map(ReportRows::forBatchWide).toList();
    assertEquals(ReportRows.batchWide(full), ReportRows.batchWide(slim));
    assertTrue(ReportRows.batchWide(full).get(0).rows().size() > 1, "the fixtures have actors");
    assertTrue(slim.get(0).toString().length() < full.get(0).toString().length() / 2, "slim: no text, claims, quotes");
  }

  @Test
  void aFileThatIsNotAReportObjectIsRefused() {
    for (String bad : List.of("[1]", "{oops", "")) {
      try {
        ReportRows.parse(bad.getBytes(StandardCharsets.UTF_8));
        throw new AssertionError("accepted " + bad);
      } catch (java.io.IOException expected) {
        // the message says why
      }
    }
  }
}
