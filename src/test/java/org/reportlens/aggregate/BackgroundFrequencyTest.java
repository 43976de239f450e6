package org.reportlens.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.model.Keyphrase;

class BackgroundFrequencyTest {

  @Test
  void documentFrequencyAndIdfByHand() {
    BackgroundFrequency bf = BackgroundFrequency.count(List.of("The report and the efforts.", "A report on efforts.",
        "Report, report, report: militias."));
    assertEquals(3, bf.documents());
    assertEquals(Math.log(4.0 / 4.0), bf.idf("reports"), 1e-12); // in all 3: ln(4/4) = 0
    assertEquals(Math.log(4.0 / 2.0), bf.idf("militia"), 1e-12); // "militias" normalised, in 1
    assertEquals(Math.log(4.0), bf.idf("interoperability"), 1e-12); // unseen
    assertEquals((0 + Math.log(4.0)) / 2 / Math.log(4.0), bf.weight("report interoperability"), 1e-12);
  }

  @Test
  void wordsEveryTextUsesSinkInTheRanking() {
    BackgroundFrequency bf = BackgroundFrequency.count(List.of("report efforts", "report efforts", "report efforts"));
    var essay = MiniTagger.annotate("The report covers efforts. The report lists efforts and reports. "
        + "Militia integration needs militia integration plans. The report ends.");
    List<String> plain = new KeyphraseExtractor(3).extract(essay).stream().map(Keyphrase::text).toList();
    List<String> weighted = new KeyphraseExtractor(3, bf).extract(essay).stream().map(Keyphrase::text).toList();
    assertEquals("report", plain.get(0));
    assertEquals("militia integration", weighted.get(0));
  }

  @Test
  void shippedFileLoads() {
    BackgroundFrequency bf = BackgroundFrequency.load(Path.of("models/background-df.tsv"));
    assertTrue(bf.documents() >= 200);
    assertTrue(bf.idf("report") < bf.idf("militia"));
  }
}
