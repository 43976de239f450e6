package org.reportlens.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.reportlens.model.CleanDocument;

/**
 * A small PDF made in a test: lines of text placed on letter-size pages (y measured from the top,
 * as a reader sees the page) and framed or shaded boxes; then read and cleaned as the pipeline does.
 */
final class MadePdf {
  static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  static final PDType1Font SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  private record Text(PDType1Font font, float size, float x, float y, String text) {}

  private record Box(float x, float y, float w, float h, boolean filled) {}

  private final List<List<Object>> pages = new ArrayList<>();
  private final List<PDRectangle> sizes = new ArrayList<>();

  MadePdf page() {
    return page(PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
  }

  /** A page of another size (a journal's smaller page, a cover sheet). */
  MadePdf page(float width, float height) {
    pages.add(new ArrayList<>());
    sizes.add(new PDRectangle(width, height));
    return this;
  }

  MadePdf line(float size, float x, float y, String text) {
    return line(REGULAR, size, x, y, text);
  }

  MadePdf line(PDType1Font font, float size, float x, float y, String text) {
    pages.get(pages.size() - 1).add(new Text(font, size, x, y, text));
    return this;
  }

  /** A line ending in a note number set as a superscript (smaller, raised) right after its last word. */
  MadePdf lineWithMark(float size, float x, float y, String text, String mark) {
    line(size, x, y, text);
    float width;
    try {
      width = REGULAR.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line(REGULAR, size * 0.6f, x + width + 0.5f, y - size * 0.1f, mark);
  }

  /** Lines of body text from {@code y} down, {@code lead} points apart; returns the y under the last. */
  float paragraph(float size, float x, float y, float lead, String... lines) {
    for (String l : lines) {
      line(size, x, y, l);
      y += lead;
    }
    return y;
  }

  MadePdf box(float x, float y, float w, float h, boolean filled) {
    pages.get(pages.size() - 1).add(new Box(x, y, w, h, filled));
    return this;
  }

  Path save(Path file) {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages.size(); p++) {
        List<Object> items = pages.get(p);
        PDPage page = new PDPage(sizes.get(p));
        doc.addPage(page);
        float top = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (Object o : items) {
            if (o instanceof Box b) {
              cs.addRect(b.x(), top - b.y() - b.h(), b.w(), b.h());
              if (b.filled()) {
                cs.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
              } else {
                cs.stroke();
              }
            }
          }
          for (Object o : items) {
            if (o instanceof Text t) {
              cs.beginText();
              cs.setFont(t.font(), t.size());
              cs.newLineAtOffset(t.x(), top - t.y() - t.size());
              cs.showText(t.text());
              cs.endText();
            }
          }
        }
      }
      doc.save(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  CleanDocument clean(Path file) {
    if (System.getProperty("madepdf.keep") != null) save(Path.of(System.getProperty("madepdf.keep"), file.getFileName().toString()));
    try {
      return new LayoutCleaner().clean(new PdfBoxExtractor().extract(save(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
