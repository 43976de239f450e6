package org.reportlens.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * reader's expectations. Needs {@code ../shared/corpus}, {@code ../shared/eval/score.py} and
 * {@code python3}: without any of them the test fails (it never skips), and it checks every figure
 * the scorer prints.
 */
class SampleReportEndToEndTest {
  /** ../shared beside the checkout; -Dreportlens.shared=DIR points elsewhere (a worktree). */
  static final Path SHARED = Path.of(System.getProperty("reportlens.shared", "../shared"));
  private static final Path CORPUS = SHARED.resolve("corpus");
  static final Path SCORER = SHARED.resolve("eval/score.py");
  static final Path BATCH_SCORER = SHARED.resolve("eval/score_batch.py");
  private static final String SAMPLE = "gmf-2017-southern-challenges";
  private static Pipeline pipeline;

  @TempDir
  static Path out;

  @BeforeAll
  static void pipeline() throws IOException {
    assertTrue(Files.isDirectory(CORPUS), "../shared/corpus is not beside the checkout: the end-to-end test cannot run");
    assertTrue(Files.isRegularFile(SCORER), "the scorer " + SCORER + " is missing: the end-to-end test cannot run");
    // the sample is a transatlantic-security volume: scored with the security taxonomy its expected themes come from
    // (the default Comparative Agendas taxonomy gives themes=0.90 on it: "division of labor", "training" are not policy topics)
    pipeline = new Pipeline(new StandardAnalyzer(SharedAnnotator.get(), Path.of("models"), "security"));
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

    Map<String, Double> score = score(json, CORPUS.resolve(SAMPLE + ".expected.json"));
    assertEquals(FIGURES, score.keySet(), "the scorer printed other figures than this test checks: " + score);
    for (String f : RATIOS) {
      if (f.equals("pullquotes") && format.equals("docx")) continue; // a DOCX has no page layout to set pull-quotes apart
      assertEquals(1.0, score.get(f), f + " " + score);
    }
    for (String f : COUNTS) assertEquals(0.0, score.get(f), f + " " + score);
    assertTrue(report.get("run").has("coverage"), "run.coverage is written");
  }

  private static final java.util.Set<String> RATIOS = java.util.Set.of("essays", "authors", "actors", "quotes",
      "attribution", "pullquotes", "themes", "coverage", "indirect", "meta");
  private static final java.util.Set<String> COUNTS = java.util.Set.of("split", "junk", "leaks");
  private static final java.util.Set<String> FIGURES = new java.util.TreeSet<>(java.util.stream.Stream
      .concat(RATIOS.stream(), COUNTS.stream()).toList());

  /**
   * score.py's summary line as numbers. Fails the test when python3 cannot be started, the scorer
   * exits non-zero or prints no summary line: a check that cannot run is not a check that passed.
   */
  static Map<String, Double> score(Path json, Path expected) throws Exception {
    return summary(run(List.of("python3", SCORER.toString(), json.toString(), expected.toString())));
  }

  /** score_batch.py's pooled line for the JSON in {@code json} against a corpus folder, with its flags ("--whole"). */
  static Map<String, Double> scoreBatch(Path json, Path corpus, String... flags) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("python3", BATCH_SCORER.toString(), json.toString(), corpus.toString()));
    command.addAll(List.of(flags));
    return summary(run(command));
  }

  /** The files of a folder whose names end with {@code suffix}, sorted. */
  static List<Path> files(Path dir, String suffix) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Writes an analysed report's JSON to {@code json}, or keeps a failed one's one-line reason in {@code failed}. */
  static void keep(Pipeline.Outcome o, Path json, List<String> failed) throws IOException {
    if (o.ok()) new JsonReportWriter().write(o.result(), json);
    else failed.add(o.failure().oneLine());
  }

  /** Runs a scorer command and gives its output; fails unless it exits 0 within two minutes. */
  static String run(List<String> command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail("cannot run " + command.get(0) + " (is python3 installed?): " + e.getMessage());
    }
    String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the scorer did not finish in 120 s: " + command);
    }
    assertEquals(0, p.exitValue(), () -> "the scorer exited " + p.exitValue() + ": " + command + "\n" + outText);
    return outText;
  }

  /** The figures of the last line starting "summary" or "pooled", as numbers; fails when there is none. */
  static Map<String, Double> summary(String outText) {
    String line = outText.lines().filter(l -> l.startsWith("summary") || l.startsWith("pooled")).reduce((a, b) -> b)
        .orElseGet(() -> fail("the scorer printed no summary line:\n" + outText));
    System.out.println(line);
    Map<String, Double> m = new java.util.TreeMap<>();
    Matcher kv = Pattern.compile("(\\w+)=([0-9.]+)").matcher(line);
    while (kv.find()) m.put(kv.group(1), Double.parseDouble(kv.group(2)));
    return m;
  }
}
