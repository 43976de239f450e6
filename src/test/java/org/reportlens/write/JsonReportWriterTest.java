package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.EssayAnalysis;
import org.reportlens.model.ReportResult;

class JsonReportWriterTest {
  @TempDir Path out;
  private final JsonReportWriter writer = new JsonReportWriter();

  @Test
  void pagedReportFollowsTheContractLayout() throws IOException {
    Path file = writer.write(ReportFixtures.pagedReport(), out);
    assertEquals(out.resolve("alpha-2019.json"), file);
    SchemaAssert.assertValid(file);
    JsonNode root = JsonReportReader.read(file);

    assertEquals(List.of("schemaVersion", "report", "essays", "run"), fields(root));
    assertEquals("1.1", root.get("schemaVersion").asText());
    JsonNode report = root.get("report");
    assertEquals(List.of("id", "source", "title", "series", "publisher", "year", "editors", "language"), fields(report));
    assertEquals(List.of("path", "sha256", "mediaType", "pages"), fields(report.get("source")));
    assertEquals(6, report.at("/source/pages").asInt());

    JsonNode essay = root.at("/essays/0");
    assertEquals(List.of("id", "kind", "title", "authors", "pages", "summary", "text", "wordCount", "actors", "themes",
        "keyphrases", "quotedClaims", "claims", "relations", "footnotes", "pullQuotes", "biography", "sections"), fields(essay));
    assertEquals("introduction", essay.get("kind").asText());
    assertEquals(List.of("name", "affiliation"), fields(essay.at("/authors/0")));
    assertEquals(List.of("name"), fields(essay.at("/authors/2")), "null affiliation left out");
    assertEquals(List.of("first", "last"), fields(essay.get("pages")));
    assertEquals(10, essay.get("wordCount").asInt());

    JsonNode nato = essay.at("/actors/0");
    assertEquals(List.of("id", "name", "type", "aliases", "mentions", "salience", "firstMention"), fields(nato));
    assertEquals("ORGANIZATION", nato.get("type").asText());
    assertEquals("0.3077", nato.get("salience").decimalValue().toPlainString());
    assertEquals(List.of("page", "sentence"), fields(nato.get("firstMention")));
    assertEquals(List.of("id", "label", "score", "keyphrases", "evidence"), fields(essay.at("/themes/0")));
    assertEquals(List.of("text", "score"), fields(essay.at("/keyphrases/0")));
    assertEquals("0.7143", essay.at("/keyphrases/0/score").decimalValue().toPlainString());
    assertEquals("1.0", essay.at("/keyphrases/1/score").decimalValue().toPlainString());

    JsonNode direct = essay.at("/quotedClaims/0");
    assertEquals(List.of("text", "kind", "speaker", "cue", "sentence", "page", "citation"), fields(direct));
    assertEquals(List.of("name", "actorId"), fields(direct.get("speaker")));
    assertTrue(direct.at("/speaker/actorId").isNull(), "actorId stays as an explicit null");
    assertEquals("pull-quote", essay.at("/quotedClaims/1/kind").asText());
    JsonNode scare = essay.at("/quotedClaims/2");
    assertEquals("scare", scare.get("kind").asText());
    assertFalse(scare.has("speaker"), "no speaker, no speaker object");
    assertEquals(List.of("text", "kind", "actorIds", "page"), fields(essay.at("/claims/0")));
    assertEquals("recommendation", essay.at("/claims/0/kind").asText());
    assertEquals(List.of("text", "kind", "actorIds"), fields(essay.at("/claims/1")));
    assertEquals(List.of("subject", "predicate", "object", "sentence", "page", "source"), fields(essay.at("/relations/0")));
    assertEquals(List.of("number", "text", "page"), fields(essay.at("/footnotes/0")));
    assertEquals(List.of("tool", "corenlp", "annotators", "startedAt", "elapsedMs", "warnings"), fields(root.get("run")));
  }

  @Test
  void essayWithNothingFoundStillHasEveryArray() throws IOException {
    JsonNode essay = JsonReportReader.read(writer.write(ReportFixtures.pagedReport(), out)).at("/essays/1");
    for (String array : List.of("authors", "actors", "themes", "keyphrases", "quotedClaims", "claims", "relations",
        "footnotes", "pullQuotes")) {
      assertTrue(essay.get(array).isArray() && essay.get(array).isEmpty(), array);
    }
    assertFalse(essay.has("summary"));
    assertFalse(essay.has("biography"));
  }

  @Test
  void unpagedReportLeavesOutPagesAndUnknownMetadata() throws IOException {
    Path file = writer.write(ReportFixtures.unpagedReport(), out);
    SchemaAssert.assertValid(file);
    JsonNode root = JsonReportReader.read(file);
    assertEquals(List.of("schemaVersion", "report", "essays"), fields(root), "no run info, no run object");
    assertEquals(List.of("id", "source", "editors"), fields(root.get("report")));
    assertEquals(List.of("path", "sha256", "mediaType"), fields(root.at("/report/source")));
    JsonNode essay = root.at("/essays/0");
    assertFalse(essay.has("pages"));
    assertEquals(List.of("number", "text"), fields(essay.at("/footnotes/0")));
    assertEquals(List.of("sentence"), fields(essay.at("/actors/0/firstMention")));
    assertFalse(essay.at("/actors/1").has("firstMention"));
    assertFalse(essay.at("/quotedClaims/0").has("page"));
    assertEquals("turkey", essay.at("/quotedClaims/0/speaker/actorId").asText());
    assertFalse(essay.at("/themes/0").has("id"));
    assertEquals("0.3333", essay.at("/themes/0/score").decimalValue().toPlainString());
    assertEquals(ReportFixtures.AWKWARD, essay.at("/quotedClaims/0/text").asText());
  }

  @Test
  void internalFieldsStayOut() throws IOException {
    String json = Files.readString(writer.write(ReportFixtures.pagedReport(), out), StandardCharsets.UTF_8);
    for (String internal : List.of("pageStarts", "footnoteRefs", "\"offset\"", "\"essay\"", "\"analysis\"", "\"meta\"")) { // the fixture has no sections, whose offset is a contract field
      assertFalse(json.contains(internal), internal);
    }
  }

  @Test
  void prettyUtf8WithUnixLineEnds() throws IOException {
    byte[] bytes = Files.readAllBytes(writer.write(ReportFixtures.unpagedReport(), out));
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"report\": {\n"), json.substring(0, 60));
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));
    assertTrue(json.contains("北约") && json.contains("Zoë Çelik"), "non-ASCII written as UTF-8, not escaped");
    assertTrue(json.contains("\"keyphrases\": []"));
    assertTrue(json.contains("\"actorId\": \"turkey\""));
  }

  @Test
  void sameResultSameBytes() throws IOException {
    ReportResult r = ReportFixtures.pagedReport();
    byte[] first = Files.readAllBytes(writer.write(r, out));
    byte[] second = Files.readAllBytes(writer.write(r, out));
    assertArrayEquals(first, second);
    assertArrayEquals(first, writer.toBytes(r));
    assertTrue(new String(first, StandardCharsets.UTF_8).contains("\"actorId\": null"));
  }

  @Test
  void failedWriteKeepsTheOldFileAndLeavesNoTemp() throws IOException {
    Path file = writer.write(ReportFixtures.pagedReport(), out);
    byte[] old = Files.readAllBytes(file);
    ReportResult good = ReportFixtures.pagedReport();
    AnalyzedEssay first = good.essays().get(0);
    EssayAnalysis broken = new EssayAnalysis(
        List.of(new Actor("nato", "NATO", ActorType.ORGANIZATION, List.of(), 1, Double.NaN, null)), List.of(), List.of(),
        List.of(), List.of(), List.of());
    ReportResult bad = new ReportResult(good.id(), good.source(), good.meta(), good.language(),
        List.of(new AnalyzedEssay(first.essay(), broken)), good.run());
    assertThrows(IllegalArgumentException.class, () -> writer.write(bad, out));
    assertArrayEquals(old, Files.readAllBytes(file));
    assertEquals(List.of(file), listing(out));
  }

  @Test
  void reportIdMustBeAFileName() {
    assertThrows(IllegalArgumentException.class, () -> JsonReportWriter.pathFor(out, "../escape"));
    assertThrows(IllegalArgumentException.class, () -> JsonReportWriter.pathFor(out, ".hidden"));
    assertEquals(out.resolve("gmf-2017.json"), JsonReportWriter.pathFor(out, "gmf-2017"));
  }

  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<Path> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
