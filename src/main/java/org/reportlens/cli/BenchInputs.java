package org.reportlens.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayKind;

/**
 * Texts for the benchmark and for development, without the real extractor and segmenter: a folder
 * of {@code .txt} files (one essay each, sorted by name), a {@code .txt} file (one essay) or a
 * markdown file split at its level-1 headings after the table of contents (dotted leaders). The
 * markdown reading is rough: it drops pull-quote blocks (":::"), footnote texts and markers,
 * emphasis marks, the all-capitals byline and takes an "In Brief:" paragraph as the summary.
 * Stateless.
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
      } else if (path.toString().endsWith(".md")) {
        out = markdown(Files.readString(path, StandardCharsets.UTF_8), slug(path));
      } else {
        out = List.of(plain(path));
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

  /** Splits a markdown report into essays at the level-1 headings after its table of contents. */
  public static List<Essay> markdown(String md, String reportId) {
    String[] lines = md.replace("\r\n", "\n").split("\n", -1);
    int start = 0;
    for (int i = 0; i < lines.length; i++) if (lines[i].contains(".....")) start = i + 1;
    List<Essay> out = new ArrayList<>();
    String title = null;
    String summary = null;
    StringBuilder body = new StringBuilder();
    boolean inBlock = false;
    for (int i = start; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith(":::")) { // pull-quote block: ":::{...}" opens, ":::" closes
        inBlock = !line.strip().equals(":::");
        continue;
      }
      if (inBlock || line.startsWith("[^")) continue;
      if (line.startsWith("# ")) {
        String t = line.substring(2).strip();
        if (t.equals(title)) continue; // the heading repeated after a page break
        if (title != null) out.add(essay(reportId + "/" + (out.size() + 1), title, summary, body.toString()));
        title = t;
        summary = null;
        body.setLength(0);
        continue;
      }
      if (title == null) continue;
      String clean = line.replaceAll("\\[\\^\\d+]", "").replace("**", "").replaceAll("(?<![\\w*])\\*(?!\\s)|(?<=\\S)\\*(?![\\w*])", "")
          .replaceAll("<[^>]+>", "").replaceAll("^#+\\s*", "").strip();
      if (clean.startsWith("In Brief:")) { summary = clean.substring("In Brief:".length()).strip(); continue; }
      if (clean.length() > 3 && clean.equals(clean.toUpperCase()) && clean.chars().anyMatch(Character::isLetter)) continue;
      if (clean.isEmpty()) {
        if (body.length() > 0 && !body.toString().endsWith("\n\n")) body.append("\n\n");
      } else {
        if (body.length() > 0 && !body.toString().endsWith("\n\n")) body.append(' ');
        body.append(clean);
      }
    }
    if (title != null) out.add(essay(reportId + "/" + (out.size() + 1), title, summary, body.toString()));
    return out;
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
