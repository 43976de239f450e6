package org.reportlens.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the batch page in a real browser (headless Chromium, Debian package {@code chromium};
 * {@code .ci/run} installs it): the DOM after the page's script ran has the expected actors and
 * quotations, the report table sorted by the {@code #sort} in the URL, nothing logged to the console;
 * a screenshot is saved as {@code target/view-screenshot.png}. Skipped when no Chromium is installed.
 */
class ViewBrowserTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode report(String json) throws IOException {
    return JSON.readTree(json.replace('\'', '"'));
  }

  static List<JsonNode> reports() throws IOException {
    JsonNode a = report("{'report': {'id': 'alpha-2019', 'title': 'Water and Power', 'publisher': 'Institute A', 'year': 2019,"
        + " 'documentType': 'report', 'source': {'pages': 12}},"
        + " 'essays': [{'id': 'alpha-2019/1', 'kind': 'report', 'title': 'Water and Power', 'wordCount': 1000,"
        + "  'authors': [{'name': 'Ana Lima', 'affiliation': 'Institute A'}], 'pages': {'first': 1, 'last': 12},"
        + "  'actors': [{'id': 'un', 'name': 'United Nations', 'type': 'ORGANIZATION', 'mentions': 9},"
        + "             {'id': 'brazil', 'name': 'Brazil', 'type': 'COUNTRY', 'mentions': 4}],"
        + "  'themes': [{'id': 'energy', 'label': 'Energy', 'score': 0.4, 'hits': 7, 'keyphrases': ['hydropower']},"
        + "             {'id': 'environment', 'label': 'Environment', 'score': 0.2, 'hits': 3, 'keyphrases': ['drought']}],"
        + "  'keyphrases': [{'text': 'river basin', 'score': 1.0}],"
        + "  'quotedClaims': [{'text': 'dams are a <b>bet</b> on rain', 'kind': 'direct', 'page': 4, 'section': 'II. Risks',"
        + "     'speaker': {'name': 'Minister Rocha', 'actorId': null}}],"
        + "  'claims': [{'text': 'Basins should be managed jointly.', 'kind': 'recommendation', 'page': 9, 'actorIds': []}]}]}");
    JsonNode b = report("{'report': {'id': 'beta-2021', 'title': 'Grain Routes', 'publisher': 'Office B', 'year': 2021,"
        + " 'source': {'pages': 30}},"
        + " 'essays': [{'id': 'beta-2021/1', 'kind': 'chapter', 'title': 'Ports', 'wordCount': 3000, 'authors': [],"
        + "  'actors': [{'id': 'un', 'name': 'United Nations', 'type': 'ORGANIZATION', 'mentions': 2},"
        + "             {'id': 'wfp', 'name': 'World Food Programme', 'type': 'ORGANIZATION', 'mentions': 12}],"
        + "  'themes': [{'id': 'agriculture', 'label': 'Agriculture', 'score': 0.5, 'hits': 20, 'keyphrases': ['harvest']}],"
        + "  'quotedClaims': [{'text': 'the corridor must stay open', 'kind': 'indirect', 'page': 17, 'section': 'Ports',"
        + "     'speaker': {'name': 'the Secretary-General', 'actorId': null}}], 'claims': []},"
        + " {'id': 'beta-2021/2', 'kind': 'annex', 'title': 'Annex I: Data', 'wordCount': 500, 'authors': [], 'actors': [],"
        + "  'themes': [], 'quotedClaims': [], 'claims': []}]}");
    return List.of(a, b);
  }

  @Test
  void pageRendersInChromiumWithActorsQuotesSortingAndACleanConsole() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "no chromium on PATH (apt-get install chromium; .ci/run does it)");
    Path page = ViewWriter.write(reports(), dir, "reportlens: test batch");
    String url = page.toUri() + "#sort=6-desc"; // the Words column, largest first

    Browser run = run(chromium, List.of("--dump-dom", url));
    String dom = run.stdout;
    assertTrue(dom.contains("data-ready=\"1\""), "the page's script ran to its end");
    for (String s : List.of("United Nations", "World Food Programme", "Brazil", "Minister Rocha", "the Secretary-General",
        "the corridor must stay open", "II. Risks", "Basins should be managed jointly.", "Ana Lima")) {
      assertTrue(dom.contains(s), s);
    }
    assertTrue(dom.contains("dams are a &lt;b&gt;bet&lt;/b&gt; on rain"), "quotation text is escaped, not markup");
    assertTrue(dom.indexOf(">beta-2021</a>") < dom.indexOf(">alpha-2019</a>"), "sorted by words, descending");
    assertTrue(dom.contains("class=\"desc\""), "the sorted header is marked");
    assertEquals(List.of(), run.console, "console messages");
    assertFalse(dom.contains("http://") && dom.contains("<link"), "no external resources");

    Path shot = Path.of("target", "view-screenshot.png").toAbsolutePath();
    Files.createDirectories(shot.getParent());
    Files.deleteIfExists(shot);
    run(chromium, List.of("--window-size=1280,1600", "--hide-scrollbars", "--screenshot=" + shot, page.toUri().toString()));
    assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shot);
  }

  @Test
  void consoleCheckCatchesAScriptError() throws Exception {
    String chromium = chromium();
    assumeTrue(chromium != null, "no chromium on PATH");
    Path bad = Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><p>x</p><script>notDefined();</script>");
    assertEquals(1, run(chromium, List.of("--dump-dom", bad.toUri().toString())).console.size());
  }

  record Browser(String stdout, List<String> console) {}

  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[^\\]]*\\]\\s*(.*)");

  private Browser run(String chromium, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + dir.resolve("profile")));
    cmd.addAll(args);
    Path out = dir.resolve("stdout.txt"), err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + cmd);
    }
    List<String> console = new ArrayList<>();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      Matcher m = CONSOLE.matcher(line);
      if (m.find()) console.add(m.group(1));
    }
    return new Browser(Files.readString(out, StandardCharsets.UTF_8), console);
  }

  static String chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return Path.of(d, name).toString();
      }
    }
    return null;
  }
}
