package org.reportlens.extract;

import java.nio.file.Path;
import org.reportlens.model.ExtractedText;
import org.reportlens.model.ReportException;

/** Reads a report file into blocks of text with page numbers. Implementations say if they are thread-safe. */
public interface Extractor {
  ExtractedText extract(Path file) throws ReportException;
}
