package org.reportlens.extract;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.reportlens.model.FailureReason;
import org.reportlens.model.ReportException;

/**
 * Says what is wrong with a file the PDF parser rejected, from its bytes rather than from PDFBox's
 * message (which names an inner structure: "Page tree root must be a dictionary"). A file without the
 * {@code %PDF-} header is not a PDF at all (random bytes named {@code .pdf}, which Tika sent to the
 * PDF parser by name); a PDF without {@code %%EOF} near its end was cut short (an interrupted
 * download). Stateless.
 */
final class PdfDamage {
  private static final int TAIL = 2048;

  private PdfDamage() {}

  /** The diagnosis, or null when the parser that failed was not the PDF parser or the bytes look whole. */
  static ReportException diagnose(Path file, Exception parserError) {
    String msg = String.valueOf(parserError.getMessage()) + " " + parserError.getCause();
    if (!msg.contains("PDF") && !msg.contains("pdf")) return null;
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      byte[] head = new byte[(int) Math.min(1024, f.length())];
      f.readFully(head);
      if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
        return new ReportException(file.toString(), FailureReason.UNREADABLE,
            "not a PDF (no %PDF- header) and no other format recognised", parserError);
      }
      byte[] tail = new byte[(int) Math.min(TAIL, f.length())];
      f.seek(f.length() - tail.length);
      f.readFully(tail);
      if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
        return new ReportException(file.toString(), FailureReason.TRUNCATED,
            "truncated PDF: the file ends without %%EOF (" + f.length() + " bytes; an interrupted download or copy?)", parserError);
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
