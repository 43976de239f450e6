package org.reportlens.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.reportlens.model.FailureReason;
import org.reportlens.model.ReportException;

/**
 * Refuses zip containers (DOCX, ODT, PPTX...) that would expand beyond what a report needs, before
 * Tika opens them. Tika switches POI's own zip-bomb check off and relies on counting output
 * characters, but POI's DOCX reader builds the whole {@code word/document.xml} in memory before it
 * emits a character: a 1 MB DOCX holding 300 MB of XML fills a 1 GB heap. This guard inflates each
 * entry (without keeping it) and stops at the first that expands more than {@value #MAX_RATIO} times
 * beyond {@value #RATIO_GRACE_MB} MB, or, for an XML part, beyond {@value #MAX_XML_MB} MB.
 * Files that are not zip archives, or that {@link ZipFile} cannot read, are left to Tika. Stateless
 * and thread-safe.
 */
final class ZipBombGuard {
  static final int MAX_RATIO = 100;
  static final int RATIO_GRACE_MB = 10;
  /** A 400-page DOCX report has a document.xml of some 10 to 20 MB. */
  static final int MAX_XML_MB = 100;

  private ZipBombGuard() {}

  static void check(Path file) throws ReportException {
    if (!isZip(file)) return;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      byte[] buf = new byte[1 << 16];
      for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
        ZipEntry e = en.nextElement();
        if (e.isDirectory()) continue;
        long packed = Math.max(1, e.getCompressedSize());
        boolean xml = e.getName().toLowerCase(Locale.ROOT).endsWith(".xml");
        long n = 0;
        try (InputStream in = zip.getInputStream(e)) {
          for (int r; (r = in.read(buf)) > 0; ) {
            n += r;
            if (n > ((long) RATIO_GRACE_MB << 20) && n > MAX_RATIO * packed) {
              throw new ReportException(file.toString(), FailureReason.TOO_LARGE, String.format(Locale.ROOT,
                  "zip bomb: %s expands more than %dx (%d KB packed, over %d MB unpacked)", e.getName(), MAX_RATIO,
                  packed / 1024, n >> 20));
            }
            if (xml && n > ((long) MAX_XML_MB << 20)) {
              throw new ReportException(file.toString(), FailureReason.TOO_LARGE,
                  "zip bomb? " + e.getName() + " unpacks to over " + MAX_XML_MB + " MB of XML");
            }
          }
        }
      }
    } catch (IOException e) {
      // Not a zip Java can read (or damaged): Tika's parsers give the verdict.
    }
  }

  private static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }
}
