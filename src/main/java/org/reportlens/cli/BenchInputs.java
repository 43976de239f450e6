package org.reportlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.Pipeline;
import org.reportlens.batch.BatchBench;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.ReportException;
import org.reportlens.model.EssayKind;

/**
 * Texts for the benchmark: the files of a folder that match a glob (sorted by name; a {@code .txt}
 * file is one essay, e.g. a State of the Union address, any other file a report), or one report file
 * of any format. Reports are cut into essays by the real extractor and segmenter. Stateless.
 */
public final class BenchInputs {
  private BenchInputs() {}

  /** @throws IllegalArgumentException when nothing matches or a report cannot be read (one line) */
  public static List<Essay> load(Path path, String glob, int limit) {
    try {
      List<Essay> out = new ArrayList<>();
      if (Files.isDirectory(path)) {
        List<Path> files = BatchBench.firstFiles(path, glob, limit);
        if (files.isEmpty()) throw new IllegalArgumentException(path + ": no files matching '" + glob + "' (see --glob)");
        for (Path p : files) {
          if (out.size() >= limit) break;
          if (p.getFileName().toString().endsWith(".txt")) out.add(plain(p));
          else out.addAll(report(p));
        }
      } else {
        out = report(path);
      }
      return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static Essay plain(Path p) throws IOException {
    String text = Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    // Single line breaks inside paragraphs are layout, blank lines separate paragraphs.
    text = text.replaceAll("(?<!\n)\n(?!\n)", " ").replaceAll("\n{3,}", "\n\n");
    return essay(slug(p), slug(p), null, text);
  }

  /** A report file (PDF, DOCX, Markdown, text ...) cut into essays by the real extractor and segmenter. */
  private static List<Essay> report(Path file) {
    try (Pipeline segmentOnly = new Pipeline(null)) {
      return segmentOnly.analyze(file, Pipeline.reportId(file), "bench").essays().stream().map(AnalyzedEssay::essay).toList();
    } catch (ReportException e) {
      throw new IllegalArgumentException(e.oneLine(), e);
    }
  }

  private static Essay essay(String id, String title, String summary, String text) {
    return new Essay(id, EssayKind.ESSAY, title, List.of(), null, summary, text.strip(), List.of(), List.of(), List.of(),
        List.of(), null);
  }

  private static String slug(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
