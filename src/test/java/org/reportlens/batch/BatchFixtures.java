package org.reportlens.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.reportlens.fixtures.PdfFixture;

/** Good and hostile input files for batch tests, generated in code. */
final class BatchFixtures {
  private static final String[] TOPICS = {"water", "energy", "migration", "trade", "security", "health", "climate",
      "food", "transport", "housing", "education", "fisheries"};
  private static final String[] PLACES = {"the Sahel", "the Mekong basin", "the Western Balkans", "Central Asia",
      "the Andes", "the Horn of Africa", "the Baltic states", "the Caucasus", "the Pacific islands", "North Africa",
      "the Caribbean", "the Arctic"};

  private BatchFixtures() {}

  /** A small English report of two signed essays over {@code pagesPerEssay} pages each; {@code n} varies the text. */
  static PdfFixture report(int n, int pagesPerEssay) {
    PdfFixture pdf = new PdfFixture().runningHeader("Policy Papers " + (2000 + n) + " | No." + n)
        .runningFooter("Institute for Public Policy |");
    for (int essay = 0; essay < 2; essay++) {
      String topic = TOPICS[(n + essay) % TOPICS.length];
      String place = PLACES[(n * 3 + essay) % PLACES.length];
      for (int page = 0; page < pagesPerEssay; page++) {
        List<String> lines = new ArrayList<>();
        if (page == 0) {
          lines.addAll(List.of(capital(topic) + " Policy in " + capital(place), "", essay == 0 ? "Maria Kowalska" : "Sara Haddad", ""));
        }
        for (int para = 0; para < 4; para++) {
          lines.add("Governments in " + place + " have promised reforms of " + topic + " policy for years, and the");
          lines.add("donors that fund them expect results before the next budget round in " + (2010 + n + para) + ".");
          lines.add("Ministers met in the capital to discuss " + topic + " and agreed to publish a plan by the");
          lines.add("end of the year, but officials doubt that the commission can enforce its own rules.");
          lines.add("");
        }
        pdf.page(lines.toArray(String[]::new));
      }
    }
    return pdf;
  }

  private static String capital(String s) {
    return s.startsWith("the ") ? "the " + capital(s.substring(4)) : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A PDF whose only page holds a filled rectangle: no text layer at all. */
  static Path imageOnlyPdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.addRect(72, 300, 400, 300);
        cs.fill();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** The first half of another file's bytes. */
  static Path truncated(Path good, Path file) throws IOException {
    byte[] b = Files.readAllBytes(good);
    return Files.write(file, java.util.Arrays.copyOf(b, b.length / 2));
  }

  static Path randomBytes(Path file, int size, long seed) throws IOException {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return Files.write(file, b);
  }

  /** A DOCX whose document.xml inflates to about {@code megabytes} MB of one repeated paragraph. */
  static Path zipBombDocx(Path file, int megabytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
          </Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
          + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
      byte[] para = "<w:p><w:r><w:t>The ministers agreed that the commission should publish its plan before the summit.</w:t></w:r></w:p>"
          .getBytes(StandardCharsets.UTF_8);
      byte[] chunk = new byte[para.length * 1000];
      for (int i = 0; i < 1000; i++) System.arraycopy(para, 0, chunk, i * para.length, para.length);
      long target = (long) megabytes << 20;
      for (long written = 0; written < target; written += chunk.length) zip.write(chunk);
      zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** An XML report that declares an external entity pointing at /etc/passwd and uses it. */
  static Path xmlWithExternalEntity(Path file) throws IOException {
    return Files.writeString(file, """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE report [ <!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>
        <report>
          <title>Fisheries Policy in the Baltic States</title>
          <p>Governments in the Baltic states have promised reforms of fisheries policy for years. &secret;</p>
          <p>The donors that fund them expect results before the next budget round. &remote;</p>
          <p>Ministers met in the capital to discuss quotas and agreed to publish a plan by the end of the year.</p>
        </report>
        """);
  }

  /** The same kind of trick in HTML. */
  static Path htmlWithExternalEntity(Path file) throws IOException {
    return Files.writeString(file, """
        <!DOCTYPE html [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
        <html><head><title>Housing Policy in the Andes</title></head><body>
        <h1>Housing Policy in the Andes</h1>
        <p>Governments in the Andes have promised reforms of housing policy for years. &secret;</p>
        <p>Ministers met in the capital to discuss housing and agreed to publish a plan by the end of the year,
        but officials doubt that the commission can enforce its own rules.</p>
        </body></html>
        """);
  }

  static Path french(Path file) throws IOException {
    return Files.writeString(file, """
        La politique de l'eau au Sahel

        Les gouvernements du Sahel promettent depuis des années une réforme de la politique de l'eau, et les
        bailleurs de fonds qui les financent attendent des résultats avant le prochain cycle budgétaire.

        Les ministres se sont réunis dans la capitale pour discuter de l'eau et ont convenu de publier un plan
        avant la fin de l'année, mais les fonctionnaires doutent que la commission puisse faire respecter ses
        propres règles. Les agriculteurs qui dépendent des puits n'ont plus guère de solutions.

        Les nappes phréatiques ne se rechargent plus, et les forages promis par les gouvernements du Niger et
        du Mali ne suffiront pas à répondre aux besoins des villages pendant la saison sèche.
        """);
  }

  /** An English plain-text brief (for a file whose name says .pdf). */
  static Path textBrief(Path file) throws IOException {
    return Files.writeString(file, """
        Groundwater Depletion in Central Asia

        Wells across Central Asia are deeper every year, and the farmers who depend on them have few options left.
        Governments in Uzbekistan and Kazakhstan have promised new boreholes, but the aquifers are not recharging.

        The donors that fund the water commission expect results before the next budget round, and officials
        doubt that the commission can enforce its own rules without the support of the ministries.
        """);
  }

  static void copy(Path from, Path to) throws IOException {
    Files.copy(from, to);
  }

}
