package org.reportlens.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Replaces a file all at once: the bytes go to a hidden temp file in the target's directory, are
 * forced to disk, and the temp file is renamed over the target. A reader (or a crash) sees either the
 * old file or the complete new one, never a prefix. If the body throws, the temp file is deleted and
 * the target is untouched.
 *
 * <p>Temp files are named {@code .<target name>.<random>.tmp}, so globs such as {@code *.json} or
 * {@code *.csv} never pick them up; {@link #deleteStaleTemps} removes those a killed JVM left behind.
 * Stateless and thread-safe; two concurrent writers of one target leave one complete version (the
 * later rename wins).
 */
public final class AtomicFiles {
  /** Writes the new content to the stream it is given; closing that stream is harmless. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  static final String TEMP_SUFFIX = ".tmp";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Replaces {@code target} with what {@code body} writes; creates the parent directory if needed. */
  public static void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: that makes the file owner-only (0600), and the rename would carry it over.
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
    FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
    boolean moved = false;
    try {
      try (channel) {
        OutputStream out = new NonClosing(Channels.newOutputStream(channel));
        body.writeTo(out);
        out.flush();
        channel.force(true); // the data must be on disk before the rename makes it visible
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncDirectory(dir);
    } finally {
      if (!moved) Files.deleteIfExists(temp);
    }
  }

  /** Deletes temp files this class left in {@code dir} (after a kill); returns how many. */
  public static int deleteStaleTemps(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    int n = 0;
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
      for (Path p : temps) {
        if (Files.isRegularFile(p) && Files.deleteIfExists(p)) n++;
      }
    }
    return n;
  }

  /** Makes the rename itself durable where the platform allows syncing a directory (Linux does). */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not possible on some platforms (Windows); the file content is already forced.
    }
  }

  /** Jackson closes the streams it writes to; the channel must stay open for {@code force}. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) { super(out); }

    @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

    @Override public void close() throws IOException { flush(); }
  }
}
