package org.reportlens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.reportlens.StandardAnalyzer;

/**
 * The project's model files ({@code actors.tsv}, {@code themes.tsv}), read once by the driver from
 * any Hadoop path and shipped to the executors inside the task closure (a few hundred KB), so no
 * executor needs a shared folder. Each JVM writes them to a local temp folder once, since
 * {@link StandardAnalyzer} reads them from files. Immutable.
 */
public record ModelFiles(java.util.SortedMap<String, byte[]> files) implements Serializable {
  /** The files the standard analysis reads from the models folder: gazetteer, default taxonomy, keyphrase background. */
  static final java.util.List<String> NAMES = java.util.List.of(StandardAnalyzer.ACTORS_FILE,
      StandardAnalyzer.taxonomyFile(Path.of(""), StandardAnalyzer.DEFAULT_TAXONOMY).getFileName().toString(),
      StandardAnalyzer.BACKGROUND_FILE);

  /** Reads the model files named in {@link #NAMES} from {@code dir}. */
  public static ModelFiles read(String dir, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path base = new org.apache.hadoop.fs.Path(dir);
    FileSystem fs = base.getFileSystem(conf);
    java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
    for (String name : NAMES) files.put(name, readAll(fs, new org.apache.hadoop.fs.Path(base, name)));
    return new ModelFiles(files);
  }

  private static byte[] readAll(FileSystem fs, org.apache.hadoop.fs.Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return in.readAllBytes();
    } catch (java.io.FileNotFoundException e) {
      throw new IOException(p + ": model file missing or unreadable (--models)", e);
    }
  }

  /** Identifies the content: a JVM that already holds a pipeline for these files reuses it. */
  public String digest() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (var e : files.entrySet()) {
        md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(e.getValue());
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the files to a new local temp folder (deleted when the JVM exits) and returns it. */
  public Path writeToTempDir() throws IOException {
    Path dir = Files.createTempDirectory("reportlens-models-");
    dir.toFile().deleteOnExit(); // deleteOnExit runs in reverse order of registration: the files go first, then the folder
    for (var e : files.entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue()).toFile().deleteOnExit();
    return dir;
  }
}
