package org.reportlens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.cli.Main;
import picocli.CommandLine;

class CompareCommandTest {
  @TempDir Path dir;

  private void report(String id, String publisher, String text, String actors) throws IOException {
    String json = ("{'report': {'id': '" + id + "', 'publisher': '" + publisher + "'}, 'essays': [{'id': '" + id + "/1',"
        + " 'wordCount': 1000, 'text': '" + text + "', 'actors': [" + actors + "],"
        + " 'themes': [{'id': 'energy', 'label': 'Energy', 'score': 0.2, 'hits': 3}],"
        + " 'keyphrases': [{'text': 'grid reform', 'score': 1.0}]}]}").replace('\'', '"');
    Files.writeString(dir.resolve(id + ".json"), json);
  }

  static List<List<String>> csv(Path p) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(p.toFile())) {
      while (it.hasNext()) rows.add(it.next());
    }
    return rows;
  }

  @Test
  void byPublisherAndByCsvFileWriteRatesAndLogOdds() throws IOException {
    String un = "{'id': 'un', 'name': 'United Nations', 'type': 'ORGANIZATION', 'mentions': 10}";
    String eu = "{'id': 'eu', 'name': 'European Union', 'type': 'ORGANIZATION', 'mentions': 10}";
    report("a1", "Alpha", "Grid reform now. Grid reforms later.", un);
    report("a2", "Alpha", "Nothing here.", un);
    report("b1", "Beta", "Grid reform.", eu);
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute("compare", dir.toString(), "--by", "publisher"), err.toString());
    Path res = dir.resolve("compare/publisher");
    List<List<String>> actors = csv(res.resolve("actors.csv"));
    assertEquals(List.of("group", "group_reports", "group_words", "term_id", "term", "type", "count", "rate_per_10k_words",
        "rest_count", "rest_rate_per_10k_words", "log_odds", "z"), actors.get(0));
    // Alpha: un 20 of 20 in 2,000 words (100 per 10,000); rest (Beta): un 0 of 10.
    List<String> alphaUn = actors.stream().filter(r -> r.get(0).equals("Alpha") && r.get(3).equals("un")).findFirst().orElseThrow();
    assertEquals(List.of("Alpha", "2", "2000", "un", "United Nations", "ORGANIZATION", "20", "100.00", "0", "0.00"), alphaUn.subList(0, 10));
    assertTrue(Double.parseDouble(alphaUn.get(11)) > 0);
    List<List<String>> phrases = csv(res.resolve("keyphrases.csv"));
    List<String> alphaGrid = phrases.stream().filter(r -> r.get(0).equals("Alpha")).findFirst().orElseThrow();
    assertEquals("2", alphaGrid.get(6)); // "Grid reform" and "Grid reforms" in a1
    assertTrue(out.toString().contains("Alpha (2 reports, 2000 words)"), out.toString());
    assertTrue(out.toString().contains("United Nations"), out.toString());

    Path groups = Files.writeString(dir.resolve("groups.csv"), "report_id,era,party\na1,old,X\nb1,new,Y\n");
    cl = Main.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute("compare", dir.toString(), "--by", groups.toString(), "--column", "party"));
    assertEquals(List.of(List.of("group", "reports", "words", "report_ids"), List.of("X", "1", "1000", "a1"),
        List.of("Y", "1", "1000", "b1")), csv(dir.resolve("compare/groups-party/groups.csv")));
  }

  @Test
  void oneGroupIsAUsageError() throws IOException {
    report("a1", "Alpha", "x", "");
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    assertEquals(2, cl.execute("compare", dir.toString(), "--by", "publisher"));
    assertTrue(err.toString().contains("needs two or more"), err.toString());
  }
}
