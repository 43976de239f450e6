package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.ActorType;

class GazetteerTest {
  static final Gazetteer SMALL = Gazetteer.parse(List.of(
      "# comment",
      "id\ttype\tname\taliases\tdemonyms\tcapitals\tcontextual",
      "nato\tORGANIZATION\tNATO\tNorth Atlantic Treaty Organization\t\t\tthe Alliance|Alliance",
      "gcc\tORGANIZATION\tGCC\tGulf Cooperation Council\t\t\t",
      "gulf-region\tLOCATION\tGulf region\tthe Gulf\t\t\t",
      "al-qaeda\tORGANIZATION\tAl Qaeda\tal-Qaeda\t\t\t",
      "aqim\tORGANIZATION\tAQIM\tAl Qaeda in the Islamic Maghreb\t\t\t",
      "iran\tCOUNTRY\tIran\t\tIranian|Iranians\tTehran\t",
      "isis\tORGANIZATION\tISIS\tIslamic State|IS\t\t\t"));

  /** One-line form of each match: "[begin,end) KIND id text". */
  static List<String> matches(String text) {
    return SMALL.match(text).stream()
        .map(m -> "[" + m.span().begin() + "," + m.span().end() + ") " + m.kind() + " " + m.entry().id() + " " + m.text())
        .toList();
  }

  @Test
  void longestMatchWinsEvenWhenAShorterOneStartsFirst() {
    assertEquals(List.of("[4,28) ALIAS gcc Gulf Cooperation Council"), matches("the Gulf Cooperation Council met."));
    assertEquals(List.of("[0,31) ALIAS aqim Al Qaeda in the Islamic Maghreb", "[36,44) NAME al-qaeda Al Qaeda"),
        matches("Al Qaeda in the Islamic Maghreb and Al Qaeda"));
  }

  @Test
  void contextualFormsNeedTheActorNamedElsewhere() {
    assertEquals(List.of(), matches("The Alliance met in June."));
    assertEquals(List.of("[0,4) NAME nato NATO", "[10,22) CONTEXTUAL nato the Alliance",
        "[24,36) CONTEXTUAL nato The Alliance"), matches("NATO said the Alliance. The Alliance too."));
  }

  @Test
  void matchesOnWordBoundariesAndCaseSensitively() {
    assertEquals(List.of("[0,8) DEMONYM iran Iranians"), matches("Iranians, ISISx, this, Irania"));
    assertEquals(List.of("[4,6) ALIAS isis IS"), matches("The IS is here"));
  }

  @Test
  void loadsTheShippedGazetteer() {
    Gazetteer g = Gazetteer.load(Path.of("models/actors.tsv"));
    assertTrue(g.entries().size() > 400);
    assertNotNull(g.byId("nato"));
    assertEquals(ActorType.COUNTRY, g.byId("iran").type());
    assertTrue(g.byId("iran").capitals().contains("Tehran"));
    assertEquals("Libyans", g.byId("libya").peopleName());
  }

  @Test
  void rejectsDuplicateIds() {
    assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(List.of("h",
        "x\tCOUNTRY\tX\t\t\t\t", "x\tCOUNTRY\tY\t\t\t\t")));
  }

  @Test
  void badRowsNameTheLineAResearcherMustFix() {
    IllegalArgumentException shortRow = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.parse(List.of("# comment", "id\ttype\tname", "x\tCOUNTRY\tX", "y\tCOUNTRY")));
    assertEquals("gazetteer:4: expected id, type, name (then aliases, demonyms, capitals, contextual)", shortRow.getMessage());
    IllegalArgumentException badType = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.parse(List.of("id\ttype\tname", "x\tSTATE\tX")));
    assertTrue(badType.getMessage().startsWith("gazetteer:2: unknown actor type 'STATE'"), badType.getMessage());
  }
}
