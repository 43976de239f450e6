package org.reportlens.annotate.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reports in French, German and Spanish are told apart from English ones, whatever the score scale. */
class OpenNlpLanguageDetectorTest {
  private static final OpenNlpLanguageDetector DETECTOR = new OpenNlpLanguageDetector();

  @Test
  void frenchGermanAndSpanishAreNotEnglish() {
    String fr = """
        Le conseil municipal a adopté hier soir un budget qui réduit les dépenses consacrées aux routes et
        augmente celles des écoles primaires. Plusieurs élus de l'opposition ont regretté que le plan ne
        prévoie aucune mesure pour les transports publics, alors que les habitants des quartiers nord
        attendent depuis des années une nouvelle ligne de bus vers le centre de la ville.""";
    String de = """
        Der Stadtrat hat gestern Abend einen Haushalt beschlossen, der die Ausgaben für Straßen kürzt und
        die Mittel für Grundschulen erhöht. Mehrere Abgeordnete der Opposition bedauerten, dass der Plan
        keine Maßnahmen für den öffentlichen Nahverkehr vorsieht, obwohl die Bewohner der nördlichen
        Stadtteile seit Jahren auf eine neue Buslinie in die Innenstadt warten.""";
    String es = """
        El ayuntamiento aprobó anoche un presupuesto que reduce el gasto en carreteras y aumenta el de las
        escuelas primarias. Varios concejales de la oposición lamentaron que el plan no incluya ninguna
        medida para el transporte público, aunque los vecinos de los barrios del norte esperan desde hace
        años una nueva línea de autobús hacia el centro de la ciudad.""";
    assertNotEnglish(fr, "fr");
    assertNotEnglish(de, "de");
    assertNotEnglish(es, "es");
  }

  @Test
  void anEnglishReportQuotingForeignNamesIsEnglish() {
    String en = """
        The city council adopted a budget last night that cuts spending on roads and raises the money
        for primary schools. Several opposition members regretted that the plan, which the mayor called
        a "plan de relance", contains no measure for public transport, although residents of the northern
        districts of Saint-Denis have waited for years for a new bus line to the centre of the city.""";
    OpenNlpLanguageDetector.Detection d = DETECTOR.detect(en);
    assertFalse(d.notEnglish(), d.toString());
    assertEquals("en", d.language(), d.toString());
  }

  private static void assertNotEnglish(String text, String language) {
    OpenNlpLanguageDetector.Detection d = DETECTOR.detect(text);
    assertEquals(language, d.language(), d.toString());
    assertTrue(d.notEnglish(), d.toString());
    assertTrue(d.lead() > 2, d.toString());
  }
}
