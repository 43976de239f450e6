package org.reportlens.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which files found in an input folder are not reports, and why. Three kinds of file sit beside
 * reports in real folders and must not be analysed as one:
 * <ol>
 *   <li>data, image, archive and code formats, by extension (.json, .csv, .tsv, .xlsx, .png, .zip, ...):
 *       the extractor would read them as text and make a nonsense report (or fail);
 *   <li>companion notes by their conventional names, as README already was: README*, SOURCE(S),
 *       LICENSE/LICENCE, COPYING, NOTICE, CHANGELOG, CITATION, AUTHORS, MANIFEST, INDEX, checksums;
 *   <li>a text file (.txt, .md, .csv-like lists) that names two or more of the other files of its
 *       folder (by file name or by name without extension): an index or manifest of the folder.
 * </ol>
 * A file named on the command line is not judged (see {@link InputFiles}). Reads at most
 * {@value #INDEX_SCAN_BYTES} bytes of a text file; stateless. Public for jobs that list folders on
 * other file systems (the Spark job): {@link #notAReport(String, Content, Supplier)} judges a file
 * from its name, content and siblings' names, wherever they come from.
 */
public final class FolderRules {
  static final int INDEX_SCAN_BYTES = 64 * 1024;

  private static final Set<String> NOT_REPORTS = Set.of(
      "json", "jsonl", "ndjson", "csv", "tsv", "tab", "xls", "xlsx", "ods", "parquet", "sqlite", "db", "rda", "rds",
      "rdata", "sav", "dta", "yaml", "yml", "toml", "ini", "cfg", "log", "bib", "ris",
      "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "svg", "ico", "heic",
      "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "zst",
      "mp3", "mp4", "wav", "mov", "avi", "mkv",
      "exe", "dll", "so", "jar", "class", "py", "java", "js", "sh", "r", "css", "sha256", "md5");
  private static final Set<String> COMPANIONS = Set.of("source", "sources", "license", "licence", "copying", "notice",
      "changelog", "changes", "citation", "authors", "manifest", "index", "checksums", "sha256sums", "md5sums", "contents");
  private static final Set<String> TEXT = Set.of("txt", "md", "markdown", "text", "");
  private static final Pattern TOKEN_BREAK = Pattern.compile("[\\s,;:()\\[\\]{}\"'<>|/\\\\*`]+");
  private static final Pattern EDGE_DOTS = Pattern.compile("^[.]+|[.]+$");

  /** Opens a file's content (called only for a text file, and read at most {@value #INDEX_SCAN_BYTES} bytes). */
  public interface Content {
    InputStream open() throws IOException;
  }

  private FolderRules() {}

  /** Why the local file is not a report, or null when it may be one. */
  static String notAReport(Path file) {
    return notAReport(file.getFileName().toString(), () -> Files.newInputStream(file), () -> siblingNames(file));
  }

  /**
   * Why a file found in a folder is not a report, or null when it may be one: {@code name} is its
   * file name; {@code content} and {@code siblings} (the names of the other entries of its folder,
   * files and folders) are asked for only when the name makes it a possible index (a text file).
   */
  public static String notAReport(String name, Content content, Supplier<Collection<String>> siblings) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    String ext = dot > 0 ? lower.substring(dot + 1) : "";
    String stem = dot > 0 ? lower.substring(0, dot) : lower;
    if (NOT_REPORTS.contains(ext)) return "not a report format (." + ext + ")";
    if (stem.startsWith("readme")) return "a README note";
    if (TEXT.contains(ext) && COMPANIONS.contains(stem.replaceAll("[-_ ]?\\d*$", ""))) {
      return "a companion note (" + name + "), not a report";
    }
    if (TEXT.contains(ext)) {
      int named = siblingsNamed(content, siblings.get());
      if (named >= 2) return "an index of the folder: names " + named + " of its other files";
    }
    return null;
  }

  /**
   * How many other files of the folder the text names: by file name ("brief-2019.pdf"), or by name
   * without extension when that looks like an identifier (8+ characters with a digit, '_' or '-'),
   * not a word a report might use ("energy"). The text is split into tokens once: linear.
   */
  private static int siblingsNamed(Content content, Collection<String> siblings) {
    Set<String> tokens = new java.util.HashSet<>();
    try (InputStream in = content.open()) {
      String text = new String(in.readNBytes(INDEX_SCAN_BYTES), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      for (String t : TOKEN_BREAK.split(text)) {
        String x = EDGE_DOTS.matcher(t).replaceAll(""); // compiled once: a text has thousands of tokens
        if (!x.isEmpty()) tokens.add(x);
      }
    } catch (IOException e) {
      return 0; // unreadable: the extractor will say so with a reason
    }
    int n = 0;
    for (String name : siblings) {
      String s = name.toLowerCase(Locale.ROOT);
      if (s.startsWith(".")) continue;
      int dot = s.lastIndexOf('.');
      String stem = dot > 0 ? s.substring(0, dot) : s;
      boolean identifier = stem.length() >= 8 && stem.chars().anyMatch(c -> Character.isDigit(c) || c == '_' || c == '-');
      if (tokens.contains(s) || identifier && tokens.contains(stem)) n++;
    }
    return n;
  }

  /** The names of the other entries of the file's folder (none when it cannot be listed). */
  private static List<String> siblingNames(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    List<String> names = new ArrayList<>();
    if (dir == null) return names;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path sibling : ds) if (!sibling.getFileName().equals(file.getFileName())) names.add(sibling.getFileName().toString());
    } catch (IOException e) {
      return List.of();
    }
    return names;
  }
}
