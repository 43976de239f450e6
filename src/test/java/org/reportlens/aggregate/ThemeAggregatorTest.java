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
    ThemeTaxonomy t = ThemeTaxonomy.load(Path.of("models/themes-security.tsv"));
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

  @Test
  void parsesTheDefaultPolicyTaxonomy() {
    ThemeTaxonomy t = ThemeTaxonomy.load(Path.of("models/themes-policy.tsv"));
    assertEquals(21, t.themes().size()); // the CAP major topics
    assertTrue(t.themes().stream().anyMatch(e -> e.id().equals("immigration")));
  }

  private static final ThemeTaxonomy CONTEXT = ThemeTaxonomy.parse(List.of("id\tlabel\tcues",
      "spending\tDefence spending\t2 per cent [gdp, defen?e]|defen?e budget*",
      "arms\tArms control\tdisarmament|arms control",
      "energy\tEnergy\tenergy|electricity"), "test");

  @Test
  void aNumberCueNeedsItsContextWord() {
    String text = "Investment grew by 2 per cent last year. Exports rose 2 per cent. Savings fell 2 per cent. "
        + "Prices were up 2 per cent.";
    assertEquals(List.of(), new ThemeAggregator(CONTEXT).aggregate(MiniTagger.annotate(text)));
    String defence = "Allies pledged 2 per cent of GDP. The defence budget grew. Defense budgets matter.";
    List<Theme> themes = new ThemeAggregator(CONTEXT).aggregate(MiniTagger.annotate(defence));
    assertEquals(List.of("spending"), themes.stream().map(Theme::id).toList());
    assertEquals(3, themes.get(0).hits()); // '?' matches the s of defense and the c of defence
  }

  @Test
  void aCueInsideALongerNameDoesNotCount() {
    String names = "The Disarmament Commission met. The United Nations Disarmament Commission adopted its report. "
        + "The Department of Energy and the Ministry of Energy spoke. The Energy Charter Treaty was cited.";
    assertEquals(List.of(), new ThemeAggregator(CONTEXT).aggregate(MiniTagger.annotate(names)));
    String subject = "Disarmament is slow. Nuclear disarmament and arms control stalled. Energy prices rose, "
        + "electricity too.";
    List<Theme> themes = new ThemeAggregator(CONTEXT).aggregate(MiniTagger.annotate(subject));
    assertEquals(List.of("arms", "energy"), themes.stream().map(Theme::id).sorted().toList());
  }
}
