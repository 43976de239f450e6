package org.reportlens.extract;

import java.io.File;

/** Whether Tesseract is on the PATH; OCR runs only then (it is slow and optional). */
final class Ocr {
  private static final boolean AVAILABLE = find();

  private Ocr() {}

  static boolean available() { return AVAILABLE; }

  private static boolean find() {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, "tesseract").canExecute()) return true;
    }
    return false;
  }
}
