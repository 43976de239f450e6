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
public record ModelFiles(byte[] actors, byte[] themes) implements Serializable {

  /** Reads {@code dir/actors.tsv} and {@code dir/themes.tsv}. */
  public static ModelFiles read(String dir, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path base = new org.apache.hadoop.fs.Path(dir);
    FileSystem fs = base.getFileSystem(conf);
    return new ModelFiles(readAll(fs, new org.apache.hadoop.fs.Path(base, StandardAnalyzer.ACTORS_FILE)),
        readAll(fs, new org.apache.hadoop.fs.Path(base, StandardAnalyzer.THEMES_FILE)));
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
      md.update(actors);
      md.update((byte) 0);
      md.update(themes);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes both files to a new local temp folder (deleted when the JVM exits) and returns it. */
  public Path writeToTempDir() throws IOException {
    Path dir = Files.createTempDirectory("reportlens-models-");
    Path a = Files.write(dir.resolve(StandardAnalyzer.ACTORS_FILE), actors);
    Path t = Files.write(dir.resolve(StandardAnalyzer.THEMES_FILE), themes);
    for (Path p : new Path[] {dir, a, t}) p.toFile().deleteOnExit(); // run in reverse: files, then the folder
    return dir;
  }
}
