package org.reportlens.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.reportlens.Pipeline;

/**
 * Turns the command line's files and folders into the batch's inputs, each with its report id.
 *
 * <p>Folders are read recursively; inside them, hidden files and folders (name starting with
 * {@code .}) are passed over silently, and {@link FolderRules} decides which other files are not
 * reports (data, images, archives, companion notes such as README, SOURCE or an index listing the
 * folder's files): those are returned as {@link Skipped} with a reason, for the manifest. A file
 * named on the command line is always taken. Other files are not filtered by extension: the
 * extractor detects the format from the content, and a file that is not a report fails with a reason.
 * Symbolic links to files are followed, links to folders are not (no cycles). A file reached twice
 * (named and inside a named folder) is one input.
 *
 * <p>Ids: {@link Pipeline#reportId} of the file name. When several inputs give one id
 * ({@code a.pdf}, {@code a.docx}), the first in path order keeps it and the others get
 * {@code -2}, {@code -3}... (skipping ids another input has of its own), so the same inputs always get
 * the same ids and no report overwrites another. Stateless.
 */
public final class InputFiles {
  /** One input file and the id of its report. */
  public record Input(Path file, String id) {}

  /** A file found in a folder but not taken as a report, and why. */
  public record Skipped(Path file, String reason) {}

  /** The inputs and the skipped files, each in path order. */
  public record Discovery(List<Input> inputs, List<Skipped> skipped) {}

  private InputFiles() {}

  /**
   * The inputs in path order.
   *
   * @throws NoSuchFileException when a named file or folder does not exist (a usage error)
   */
  public static List<Input> discover(List<Path> roots) throws IOException {
    return discoverAll(roots).inputs();
  }

  /**
   * The inputs and the files of the folders that are not reports.
   *
   * @throws NoSuchFileException when a named file or folder does not exist (a usage error)
   */
  public static Discovery discoverAll(List<Path> roots) throws IOException {
    Map<Path, Path> files = new LinkedHashMap<>(); // real location -> path as the user will see it
    Map<Path, Skipped> skipped = new LinkedHashMap<>();
    for (Path root : roots) {
      if (!Files.exists(root)) throw new NoSuchFileException(root.toString(), null, "no such file or folder");
      if (Files.isDirectory(root)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
          found = walk.filter(p -> !hiddenBelow(root, p)).filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : found) {
          String reason = FolderRules.notAReport(p);
          if (reason == null) files.putIfAbsent(key(p), p);
          else skipped.putIfAbsent(key(p), new Skipped(p, reason));
        }
      } else {
        files.putIfAbsent(key(root), root);
      }
    }
    for (Path k : files.keySet()) skipped.remove(k); // named on the command line as well: taken
    List<Path> sorted = new ArrayList<>(files.values());
    sorted.sort(null);
    List<Skipped> skips = new ArrayList<>(skipped.values());
    skips.sort(java.util.Comparator.comparing(Skipped::file));
    return new Discovery(assignIds(sorted), skips);
  }

  /** Ids for files already in path order; see the class comment. */
  public static List<Input> assignIds(List<Path> sorted) {
    Set<String> natural = new HashSet<>();
    for (Path p : sorted) natural.add(Pipeline.reportId(p));
    Set<String> taken = new HashSet<>();
    List<Input> out = new ArrayList<>();
    for (Path p : sorted) {
      String base = Pipeline.reportId(p);
      String id = base;
      // Its own id unless an earlier input has it; then the first suffix no input has or would have.
      for (int n = 2; taken.contains(id) || !id.equals(base) && natural.contains(id); n++) id = base + "-" + n;
      taken.add(id);
      out.add(new Input(p, id));
    }
    return out;
  }

  private static boolean hiddenBelow(Path root, Path p) {
    for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
    return false;
  }

  private static Path key(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
