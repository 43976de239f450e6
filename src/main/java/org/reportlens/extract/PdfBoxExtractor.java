package org.reportlens.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.reportlens.model.Block;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.OutlineEntry;

/**
 * Reads a PDF with PDFBox into styled blocks in reading order ({@link StyledTextStripper},
 * {@link PageLayout}), its outline (bookmarks, with the page each points to) and its document
 * information. Throws {@link IOException} for anything it cannot read (encrypted, damaged): the
 * caller ({@link TikaExtractor}) then lets Tika say why. Thread-safe: nothing is shared.
 */
final class PdfBoxExtractor {
  private static final int MAX_OUTLINE = 5_000;

  ExtractedText extract(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      // An owner password that forbids copying does not stop reading (Tika reads such files too);
      // a user password makes loadPDF throw, and Tika then says the file is encrypted.
      List<Block> blocks = new StyledTextStripper().read(doc);
      return new ExtractedText(file.toString(), "application/pdf", doc.getNumberOfPages(), info(doc), blocks, outline(doc));
    }
  }

  private static Map<String, String> info(PDDocument doc) {
    Map<String, String> out = new LinkedHashMap<>();
    PDDocumentInformation i = doc.getDocumentInformation();
    if (i != null) {
      put(out, "title", i.getTitle());
      put(out, "creator", i.getAuthor());
      Calendar created = i.getCreationDate();
      if (created != null) put(out, "created", created.toInstant().toString());
    }
    put(out, "language", doc.getDocumentCatalog().getLanguage());
    out.put("contentType", "application/pdf");
    return out;
  }

  private static void put(Map<String, String> map, String key, String value) {
    if (value != null && !value.isBlank()) map.put(key, value.trim());
  }

  /** The bookmarks, depth first, each with its depth (1 = top) and target page (0 when unknown). */
  static List<OutlineEntry> outline(PDDocument doc) {
    List<OutlineEntry> out = new ArrayList<>();
    PDDocumentOutline root = doc.getDocumentCatalog().getDocumentOutline();
    if (root != null) walk(doc, root, 1, out);
    return out;
  }

  private static void walk(PDDocument doc, PDOutlineNode node, int depth, List<OutlineEntry> out) {
    for (PDOutlineItem item : node.children()) {
      if (out.size() >= MAX_OUTLINE || depth > 20) return;
      String title = item.getTitle() == null ? "" : item.getTitle().replaceAll("\\s+", " ").strip();
      if (!title.isEmpty()) out.add(new OutlineEntry(title, depth, page(doc, item)));
      walk(doc, item, depth + 1, out);
    }
  }

  private static int page(PDDocument doc, PDOutlineItem item) {
    try {
      PDPage p = item.findDestinationPage(doc);
      return p == null ? 0 : Math.max(0, doc.getPages().indexOf(p) + 1);
    } catch (IOException | RuntimeException e) {
      return 0; // a broken destination: keep the title, the page is unknown
    }
  }
}
