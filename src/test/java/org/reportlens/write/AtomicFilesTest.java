package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheWholeFile() throws IOException {
    Path target = dir.resolve("sub/r.json");
    AtomicFiles.write(target, out -> out.write("first version, longer".getBytes(StandardCharsets.UTF_8)));
    AtomicFiles.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
    assertEquals("second", Files.readString(target));
    assertEquals(List.of(target), JsonReportWriterTest.listing(target.getParent()));
  }

  @Test
  void bodyThrowingMidwayLeavesOldFileAndNoTemp() throws IOException {
    Path target = dir.resolve("r.json");
    Files.writeString(target, "old complete content");
    IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
      out.close(); // as Jackson does; must not break the clean-up
      throw new IOException("disk full");
    }));
    assertEquals("disk full", thrown.getMessage());
    assertEquals("old complete content", Files.readString(target));
    assertEquals(List.of(target), JsonReportWriterTest.listing(dir));
  }

  @Test
  void runtimeFailureAlsoCleansUp() throws IOException {
    Path target = dir.resolve("new.csv");
    assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
      out.write('x');
      throw new IllegalStateException("bug");
    }));
    assertEquals(List.of(), JsonReportWriterTest.listing(dir));
  }

  @Test
  void newFilesAreNotOwnerOnly() throws IOException {
    Path target = dir.resolve("r.csv");
    AtomicFiles.write(target, out -> out.write('x'));
    if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
      // the umask's permissions, as for any new file, not the 0600 of Files.createTempFile
      Path plain = Files.createFile(dir.resolve("plain"));
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target));
    }
  }

  @Test
  void staleTempsOfAKilledRunAreDeleted() throws IOException {
    Files.writeString(dir.resolve(".r.json.123.tmp"), "partial");
    Files.writeString(dir.resolve("r.json"), "{}");
    assertEquals(1, AtomicFiles.deleteStaleTemps(dir));
    assertEquals(List.of(dir.resolve("r.json")), JsonReportWriterTest.listing(dir));
    assertEquals(0, AtomicFiles.deleteStaleTemps(dir.resolve("missing")));
  }
}
