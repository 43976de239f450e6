package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The schema accepts what the writer writes and rejects what the contract forbids. */
class ReportSchemaTest {

  @Test
  void writerOutputIsValid() {
    SchemaAssert.assertValid(ReportJson.toTree(ReportFixtures.pagedReport()));
    SchemaAssert.assertValid(ReportJson.toTree(ReportFixtures.unpagedReport()));
  }

  @Test
  void rejectsBreachesOfTheContract() {
    assertRejected(r -> r.remove("schemaVersion"));
    assertRejected(r -> ((ObjectNode) r.get("report")).remove("source"));
    assertRejected(r -> essay(r).remove("kind"));
    assertRejected(r -> essay(r).remove("quotedClaims"));
    assertRejected(r -> essay(r).remove("authors"));
    assertRejected(r -> essay(r).put("kind", "cover"));
    assertRejected(r -> essay(r).putArray("pageStarts"));
    assertRejected(r -> ((ObjectNode) essay(r).at("/actors/0")).put("type", "PLACE"));
    assertRejected(r -> ((ObjectNode) essay(r).at("/quotedClaims/0")).put("kind", "paraphrase"));
    assertRejected(r -> ((ObjectNode) r.get("report")).put("date", "2 May 2025"));
    assertRejected(r -> ((ObjectNode) r.get("report")).put("documentType", "pamphlet"));
    assertRejected(r -> essay(r).putArray("sections").addObject().put("title", "I. Intro").put("level", 0).put("offset", 0));
    assertRejected(r -> ((ObjectNode) essay(r).at("/claims/0")).put("kind", "opinion"));
    assertRejected(r -> ((ObjectNode) essay(r).at("/quotedClaims/0/speaker")).remove("actorId"));
    assertRejected(r -> ((ObjectNode) essay(r).at("/footnotes/0")).put("page", 0));
  }

  @Test
  void acceptsTheSchema11Additions() {
    ObjectNode tree = ReportJson.toTree(ReportFixtures.pagedReport());
    ObjectNode report = (ObjectNode) tree.get("report");
    report.put("identifier", "S/2025/153").put("date", "2025-03").put("documentType", "report");
    report.putArray("authors").add("Secretary-General");
    ObjectNode front = report.putObject("frontMatter").put("text", "Contents ...");
    front.putArray("parts").addObject().put("kind", "contents").put("title", "Contents");
    essay(tree).put("kind", "annex");
    essay(tree).putArray("sections").addObject().put("number", "II").put("title", "Political developments")
        .put("level", 1).put("page", 2).put("offset", 0);
    ((ObjectNode) essay(tree).at("/quotedClaims/0")).put("kind", "indirect").put("section", "Political developments");
    assertEquals(List.of(), SchemaAssert.violations(tree));
  }

  @Test
  void anOfficeListsItsHoldersById() {
    ObjectNode tree = ReportJson.toTree(ReportFixtures.pagedReport());
    ((ObjectNode) essay(tree).at("/actors/0")).putArray("holders").add("ana-velloso");
    assertEquals(List.of(), SchemaAssert.violations(tree));
    ((ObjectNode) essay(tree).at("/actors/0")).putArray("holders").add("");
    assertEquals(1, SchemaAssert.violations(tree).size(), "an empty id is no holder");
  }

  private static ObjectNode essay(ObjectNode report) {
    return (ObjectNode) report.at("/essays/0");
  }

  private static void assertRejected(Consumer<ObjectNode> breach) {
    ObjectNode tree = ReportJson.toTree(ReportFixtures.pagedReport());
    assertEquals(List.of(), SchemaAssert.violations(tree));
    breach.accept(tree);
    assertTrue(!SchemaAssert.violations(tree).isEmpty(), "accepted: " + tree.toString().substring(0, 80));
  }
}
