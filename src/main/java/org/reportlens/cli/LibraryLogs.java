package org.reportlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends the libraries' logging (CoreNLP's model loading, PDFBox's font warnings, Tika; all reach
 * slf4j-simple) to {@code <output>/logs/reportlens.log}, so stderr holds only progress, one line per
 * problem and the summary. slf4j-simple reads its settings once, when the first logger is made: call
 * this before anything logs (the first thing a command does); later calls in the same JVM change nothing.
 */
final class LibraryLogs {
  static final String FILE = "logs/reportlens.log";

  private LibraryLogs() {}

  /** Routes library logging to the output folder's log file; returns it, or null when it cannot be created (stderr then). */
  static Path toOutput(Path outDir) {
    Path log = outDir.resolve(FILE);
    try {
      Files.createDirectories(log.getParent());
    } catch (IOException e) {
      return null;
    }
    setIfAbsent("org.slf4j.simpleLogger.logFile", log.toString());
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
    return log;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) System.setProperty(key, value); // -D on the command line wins
  }
}
