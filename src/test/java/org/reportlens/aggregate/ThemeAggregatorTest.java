package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Theme;

class ThemeAggregatorTest {
  private static final ThemeTaxonomy TAXONOMY = ThemeTaxonomy.parse(List.of(
      "# comment", "id\tlabel\tcues",
      "terrorism\tTerrorism\tterror*|violent extremism|foreign fighters",
      "migration\tMigration\tmigra*|refugee*",
      "maritime\tMaritime security\tmaritime|naval"), "test");

  @Test
  void parsesTheShippedTaxonomy() {
    ThemeTaxonomy t = ThemeTaxonomy.load(Path.of("models/themes.tsv"));
    assertTrue(t.themes().size() >= 25);
    assertTrue(t.themes().stream().allMatch(e -> !e.cues().isEmpty() && e.id().matches("[a-z0-9-]+")));
  }

  @Test
  void scoresPrefixAndPhraseCuesAndKeepsOnlyThemesWithEnoughHits() {
    String text = "Terrorism and terrorist networks spread. Violent\nextremism grows among foreign fighters. "
        + "Refugees, migrants and refugee camps fill up. The naval base is old.";
    List<Theme> themes = new ThemeAggregator(TAXONOMY).aggregate(MiniTagger.annotate(text));
    assertEquals(List.of("terrorism", "migration"), themes.stream().map(Theme::id).toList()); // maritime: one hit only
    Theme terror = themes.get(0);
    assertEquals(List.of("Terrorism", "terrorist", "Violent extremism", "foreign fighters"), terror.keyphrases());
    assertTrue(terror.score() > themes.get(1).score() && terror.score() <= 1);
    assertEquals("Violent\nextremism grows among foreign fighters.".replace('\n', ' '), terror.evidence().get(0).sentence());
  }

  @Test
  void cueDoesNotMatchInsideAWord() {
    assertEquals(List.of(), new ThemeAggregator(TAXONOMY).aggregate(MiniTagger.annotate(
        "The paranaval and bimaritime terms are invented. Counterterror is one word.")));
  }
}
