package org.reportlens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlens.Pipeline;
import org.reportlens.StandardAnalyzer;
import org.reportlens.annotate.corenlp.SharedAnnotator;
import org.reportlens.write.JsonReportReader;
import org.reportlens.write.JsonReportWriter;
import org.reportlens.write.SchemaAssert;

/**
 * The one full end-to-end run: the sample report (PDF, and its DOCX edition) through every stage,
 * checked as a reader would check it and scored with the project's scorer against the careful
 * reader's expectations. Needs {@code ../shared/corpus} beside the checkout.
 */
class SampleReportEndToEndTest {
  private static final Path CORPUS = Path.of("../shared/corpus");
  private static final Path SCORER = Path.of("../shared/eval/score.py");
  private static final String SAMPLE = "gmf-2017-southern-challenges";
  private static Pipeline pipeline;

  @TempDir
  static Path out;

  @BeforeAll
  static void pipeline() throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not beside the checkout");
    pipeline = new Pipeline(new StandardAnalyzer(SharedAnnotator.get(), Path.of("models")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdf", "docx"})
  void theSampleReportComesOutAsTheCarefulReaderSaysItShould(String format) throws Exception {
    Path input = CORPUS.resolve(SAMPLE + "." + format);
    Pipeline.Outcome o = pipeline.process(input, SAMPLE);
    assertTrue(o.ok(), () -> o.failure().oneLine());
    Path dir = Files.createDirectories(out.resolve(format));
    Path json = new JsonReportWriter().write(o.result(), dir);
    SchemaAssert.assertValid(json);
    JsonNode report = JsonReportReader.read(json);

    JsonNode meta = report.get("report");
    assertEquals("The German Marshall Fund of the United States", meta.get("publisher").asText());
    assertEquals(2017, meta.get("year").asInt());
    assertEquals(3, meta.get("editors").size());
    JsonNode essays = report.get("essays");
    assertEquals(4, essays.size(), "an introduction and three essays; front matter is not an essay");
    assertEquals("introduction", essays.get(0).get("kind").asText());
    for (JsonNode e : essays) {
      String text = e.get("text").asText();
      assertFalse(text.contains("Transatlantic Security and the Future of NATO"), "running header in " + e.get("id"));
      assertFalse(text.contains("G | M | F"), "running footer in " + e.get("id"));
      assertFalse(text.contains(" is a senior") || text.contains("is an associate professor"), "biography in " + e.get("id"));
      assertFalse(text.contains("[retrieved"), "footnote text in " + e.get("id"));
      assertFalse(Pattern.compile("\\b(?:transat|Ar|de|fa)- \\p{Ll}").matcher(text).find(), "line-end hyphen left in " + e.get("id"));
      for (JsonNode q : e.get("quotedClaims")) {
        if (q.get("kind").asText().equals("direct")) assertTrue(q.get("text").asText().split("\\s+").length > 1 || q.has("speaker"));
      }
    }
    assertEquals("Jean-Loup Samaan", essays.get(1).get("authors").get(0).get("name").asText(), "the contents page spelling wins");
    int footnotes = 0;
    for (JsonNode e : essays) footnotes += e.get("footnotes").size();
    assertEquals(25, footnotes);

    Map<String, Double> score = score(json);
    if (score.isEmpty()) return; // no python3 here: the checks above stand
    assertEquals(1.0, score.get("essays"));
    assertEquals(1.0, score.get("authors"));
    assertEquals(0.0, score.get("leaks"));
    assertEquals(0.0, score.get("junk"));
    assertTrue(score.get("split") <= 1, score.toString());
    assertTrue(score.get("actors") >= 0.90, score.toString());
    assertTrue(score.get("quotes") >= 0.90, score.toString());
    assertTrue(score.get("attribution") >= 0.85, score.toString());
    assertTrue(score.get("themes") >= 0.75, score.toString());
    if (format.equals("pdf")) assertEquals(1.0, score.get("pullquotes"), score.toString());
  }

  /** score.py's summary line as numbers, or empty when python3 is not installed. */
  private static Map<String, Double> score(Path json) throws Exception {
    Path expected = CORPUS.resolve(SAMPLE + ".expected.json");
    Process p;
    try {
      p = new ProcessBuilder("python3", SCORER.toString(), json.toString(), expected.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return Map.of();
    }
    String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    System.out.println(json.getParent().getFileName() + ": " + outText.lines().filter(l -> l.startsWith("summary")).findFirst().orElse(outText));
    Map<String, Double> m = new HashMap<>();
    Matcher kv = Pattern.compile("(\\w+)=([0-9.]+)").matcher(outText.lines().filter(l -> l.startsWith("summary")).findFirst().orElse(""));
    while (kv.find()) m.put(kv.group(1), Double.parseDouble(kv.group(2)));
    return m;
  }
}
