package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  private static JsonNode tree(String json) throws Exception {
    return JsonFormat.MAPPER.readTree(json.replace('\'', '"'));
  }

  @Test
  void matrixSortsByTotalThenIdAndNamesByMostMentions() throws Exception {
    JsonNode r = tree("{'report': {'id': 'r'}, 'essays': ["
        + "{'id': 'r/1', 'actors': [{'id': 'b', 'name': 'B one', 'mentions': 2}, {'id': 'a', 'name': 'A', 'mentions': 5}]},"
        + "{'id': 'r/2', 'actors': [{'id': 'b', 'name': 'B two', 'mentions': 3}, {'id': 'c', 'name': 'C', 'mentions': 9}]},"
        + "{'id': 'r/3', 'actors': []}]}");
    Table m = ActorMatrices.byEssay(List.of(r));
    assertEquals(List.of("actor_id", "actor_name", "actor_type", "r/1", "r/2", "r/3"), m.columns());
    assertEquals(List.of(
        List.of("c", "C", "", "0", "9", "0"),
        List.of("a", "A", "", "5", "0", "0"),    // a and b both total 5: id order
        List.of("b", "B two", "", "2", "3", "0")), m.rows());
    assertEquals(List.of(List.of("c", "C", "", "9"), List.of("a", "A", "", "5"), List.of("b", "B two", "", "5")),
        ActorMatrices.byReport(List.of(r)).rows());
  }

  @Test
  void cellsShowJsonValuesAsWritten() throws Exception {
    JsonNode n = tree("{'d': 0.3077, 'one': 1.0, 'tiny': 0.0001, 'i': 12, 'a': ['x', 'y'], 'e': [], 'n': null}");
    assertEquals("0.3077", ReportTables.cell(n.get("d")));
    assertEquals("1.0", ReportTables.cell(n.get("one")));
    assertEquals("0.0001", ReportTables.cell(n.get("tiny")));
    assertEquals("12", ReportTables.cell(n.get("i")));
    assertEquals("x; y", ReportTables.cell(n.get("a")));
    assertEquals("", ReportTables.cell(n.get("e")));
    assertEquals("", ReportTables.cell(n.get("n")));
    assertEquals("", ReportTables.cell(n.get("absent")));
  }
}
