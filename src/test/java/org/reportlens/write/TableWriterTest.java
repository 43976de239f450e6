package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableWriterTest {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  @TempDir Path out;
  private Path alpha;
  private Path beta;

  @BeforeEach
  void writeReports() throws IOException {
    JsonReportWriter json = new JsonReportWriter();
    alpha = json.write(ReportFixtures.pagedReport(), out);
    beta = json.write(ReportFixtures.unpagedReport(), out);
  }

  @Test
  void everyTableHasItsColumnsAndOneRowPerFact() throws IOException {
    List<Path> written = new TableWriter().write(List.of(beta, alpha), out);
    Path tables = out.resolve("tables");
    assertEquals(List.of("actor_matrix.csv", "actor_matrix_essays.csv", "actor_rates.csv", "actors.csv",
        "claim_actors.csv", "claims.csv", "essay_authors.csv", "essays.csv", "keyphrases.csv", "quotes.csv",
        "relations.csv", "reports.csv", "theme_keyphrases.csv", "themes.csv"),
        JsonReportWriterTest.listing(tables).stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(14, written.size());

    List<List<String>> essays = read(tables.resolve("essays.csv"));
    assertEquals(List.of("report_id", "essay_id", "kind", "title", "authors", "affiliations", "first_page", "last_page",
        "words"), essays.get(0));
    assertEquals(List.of(
        List.of("alpha-2019", "alpha-2019/1", "introduction", "Introduction: Burden Sharing Revisited",
            "Jane Roe; Ann Example; John Doe", "Institute for Security Studies", "2", "4", "10"),
        List.of("alpha-2019", "alpha-2019/2", "conclusion", "Conclusion", "", "", "5", "5", "3"),
        List.of("beta-2020", "beta-2020/1", "essay", "Turkey, Russia and the \"Southern Flank\"", "Zoë Çelik",
            "Université de Genève", "", "", "15")), essays.subList(1, essays.size()));

    List<List<String>> actors = read(tables.resolve("actors.csv"));
    assertEquals(List.of("report_id", "essay_id", "essay_title", "authors", "actor_id", "actor_name", "actor_type",
        "mentions", "salience", "parent"), actors.get(0));
    assertEquals(1 + 5, actors.size());
    assertEquals(List.of("alpha-2019", "alpha-2019/1", "Introduction: Burden Sharing Revisited",
        "Jane Roe; Ann Example; John Doe", "nato", "NATO", "ORGANIZATION", "12", "0.3077", ""), actors.get(1));

    List<List<String>> relations = read(tables.resolve("relations.csv"));
    assertEquals(List.of("report_id", "essay_id", "subject", "predicate", "object", "page", "source", "sentence",
        "section"), relations.get(0));
    assertEquals(List.of("beta-2020", "beta-2020/1", "russia", "cooperate", "turkey", "", "cooccurrence",
        ReportFixtures.AWKWARD, ""), relations.get(2));

    List<List<String>> quotes = read(tables.resolve("quotes.csv"));
    assertEquals(List.of("report_id", "essay_id", "kind", "speaker", "speaker_actor_id", "text", "page", "citation",
        "quote_id", "cue", "sentence", "section"), quotes.get(0));
    assertEquals(1 + 4, quotes.size());
    assertEquals(List.of("alpha-2019", "alpha-2019/1", "scare", "", "", "division of labor", "4", ""), quotes.get(3).subList(0, 8));
    assertEquals("alpha-2019/1#q3", quotes.get(3).get(8));
    assertEquals(List.of("beta-2020", "beta-2020/1", "direct", "Recep, \"the Reis\"", "turkey", ReportFixtures.AWKWARD, "",
        "See \"Note\", p. 4; also ibid."), quotes.get(4).subList(0, 8));

    List<List<String>> claims = read(tables.resolve("claims.csv"));
    assertEquals(List.of("report_id", "essay_id", "kind", "text", "actor_ids", "page", "claim_id", "section"), claims.get(0));
    assertEquals(1 + 3, claims.size());
    assertEquals(List.of("alpha-2019", "alpha-2019/1", "prediction", "Turkey and NATO will drift apart.", "turkey; nato", "",
        "alpha-2019/1#c2", ""), claims.get(2));
    List<List<String>> claimActors = read(tables.resolve("claim_actors.csv"));
    assertTrue(claimActors.contains(List.of("alpha-2019", "alpha-2019/1", "alpha-2019/1#c2", "turkey")), claimActors.toString());
    assertTrue(claimActors.contains(List.of("alpha-2019", "alpha-2019/1", "alpha-2019/1#c2", "nato")), claimActors.toString());

    List<List<String>> reports = read(tables.resolve("reports.csv"));
    assertEquals(List.of("report_id", "title", "identifier", "date", "year", "publisher", "series", "document_type",
        "authors", "pages", "words", "essays", "language", "source_path"), reports.get(0));
    assertEquals(List.of("alpha-2019", "13", "2"), List.of(reports.get(1).get(0), reports.get(1).get(10), reports.get(1).get(11)));
    assertEquals(ReportFixtures.AWKWARD, claims.get(3).get(3));

    List<List<String>> themes = read(tables.resolve("themes.csv"));
    assertEquals(List.of("report_id", "essay_id", "theme", "theme_id", "score", "keyphrases", "hits"), themes.get(0));
    assertEquals(List.of(
        List.of("alpha-2019", "alpha-2019/1", "Burden sharing", "burden-sharing", "0.25", "defense spending; two percent", ""),
        List.of("beta-2020", "beta-2020/1", "Russia, and the South", "", "0.3333", "flank; south; Moscow", "")),
        themes.subList(1, themes.size()));
    assertEquals(List.of("alpha-2019", "alpha-2019/1", "burden-sharing", "two percent"),
        read(tables.resolve("theme_keyphrases.csv")).get(2));

    // nato 12+2, turkey 3+4, russia 4; the name with most mentions wins ("NATO" over the long form)
    assertEquals(List.of(
        List.of("actor_id", "actor_name", "actor_type", "alpha-2019/1", "alpha-2019/2", "beta-2020/1"),
        List.of("nato", "NATO", "ORGANIZATION", "12", "0", "2"),
        List.of("turkey", "Turkey", "COUNTRY", "3", "0", "4"),
        List.of("russia", "Russia", "COUNTRY", "0", "0", "4")), read(tables.resolve("actor_matrix_essays.csv")));
    assertEquals(List.of(
        List.of("actor_id", "actor_name", "actor_type", "alpha-2019", "beta-2020"),
        List.of("nato", "NATO", "ORGANIZATION", "12", "2"),
        List.of("turkey", "Turkey", "COUNTRY", "3", "4"),
        List.of("russia", "Russia", "COUNTRY", "0", "4")), read(tables.resolve("actor_matrix.csv")));
    // alpha: 13 words, beta: 15 words; nato 12 / 13 * 10,000 = 9230.77
    assertEquals(List.of("nato", "NATO", "ORGANIZATION", "9230.77", "1333.33"), read(tables.resolve("actor_rates.csv")).get(1));
  }

  @Test
  void rerunGivesIdenticalBytesWhateverTheListingOrder() throws IOException {
    TableWriter tables = new TableWriter();
    List<byte[]> first = bytes(tables.write(List.of(alpha, beta), out));
    List<byte[]> second = bytes(tables.write(List.of(beta, alpha), out));
    for (int i = 0; i < first.size(); i++) assertArrayEquals(first.get(i), second.get(i));
  }

  @Test
  void rfc4180AndUtf8OnDisk() throws IOException {
    new TableWriter().write(List.of(alpha, beta), out);
    String quotes = Files.readString(out.resolve("tables/quotes.csv"));
    // records end in CRLF; the line break inside a quoted field stays a bare LF; quotes are doubled
    assertTrue(quotes.startsWith("report_id,essay_id,kind,speaker,speaker_actor_id,text,page,citation,quote_id,cue,sentence,section\r\nalpha-2019,"));
    assertTrue(quotes.contains("\"Recep, \"\"the Reis\"\"\""));
    assertTrue(quotes.contains("once praised,\nended — naïve? «Ça va», 北约 said."));
  }

  @Test
  void noReportsGiveHeaderOnlyTables() throws IOException {
    for (Path p : new TableWriter().write(List.of(), out)) assertEquals(1, read(p).size(), p.toString());
    assertEquals(List.of(List.of("actor_id", "actor_name", "actor_type")), read(out.resolve("tables/actor_matrix.csv")));
  }

  @Test
  void oneReportIdTwiceIsRefused() throws IOException {
    Path copy = Files.copy(alpha, Files.createDirectories(out.resolve("elsewhere")).resolve("alpha-2019.json"));
    assertThrows(IllegalArgumentException.class, () -> new TableWriter().write(List.of(alpha, copy), out));
  }

  @Test
  void brokenJsonIsNamed() throws IOException {
    Path broken = Files.writeString(out.resolve("broken.json"), "{\"schemaVersion\": \"1.0\", \"rep");
    IOException e = assertThrows(IOException.class, () -> new TableWriter().write(List.of(alpha, broken), out));
    assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
  }

  private static List<List<String>> read(Path csv) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(csv.toFile())) {
      while (it.hasNext()) rows.add(List.of(it.next()));
    }
    return rows;
  }

  private static List<byte[]> bytes(List<Path> files) throws IOException {
    List<byte[]> all = new ArrayList<>();
    for (Path p : files) all.add(Files.readAllBytes(p));
    return all;
  }

}
