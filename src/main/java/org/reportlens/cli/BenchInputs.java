package org.reportlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reportlens.Pipeline;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.ReportException;
import org.reportlens.model.EssayKind;

/**
 * Texts for the benchmark: a folder of {@code .txt} files (one essay each, sorted by name, e.g. the
 * State of the Union addresses), or one report file of any format, cut into essays by the real
 * extractor and segmenter. Stateless.
 */
public final class BenchInputs {
  private BenchInputs() {}

  public static List<Essay> load(Path path, int limit) {
    try {
      List<Essay> out;
      if (Files.isDirectory(path)) {
        out = new ArrayList<>();
        try (Stream<Path> s = Files.list(path)) {
          for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
            if (out.size() >= limit) break;
            out.add(plain(p));
          }
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
