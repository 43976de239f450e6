package org.reportlens.extract;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a PDF of a given length by repeating another one (the page-scaling benchmark): the copies
 * are appended with PDFBox's merger and the last copy is cut to the page count asked for.
 */
public final class PdfRepeat {
  private PdfRepeat() {}

  /** Writes {@code pages} pages made of copies of {@code pdf} to {@code out}; returns out. */
  public static Path write(Path pdf, int pages, Path out) throws IOException {
    if (pages < 1) throw new IllegalArgumentException("pages " + pages);
    try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument dst = new PDDocument()) {
      int per = src.getNumberOfPages();
      if (per == 0) throw new IOException(pdf + ": no pages");
      PDFMergerUtility merger = new PDFMergerUtility();
      for (int have = 0; have < pages; have += per) {
        try (PDDocument copy = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
          merger.appendDocument(dst, copy);
        }
      }
      while (dst.getNumberOfPages() > pages) dst.removePage(dst.getNumberOfPages() - 1);
      dst.save(out.toFile());
    }
    return out;
  }
}
