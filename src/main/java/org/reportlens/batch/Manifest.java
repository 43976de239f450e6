package org.reportlens.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reportlens.write.AtomicFiles;

/**
 * {@code <output>/manifest.json}: every input of the last batch with its status, and a summary of
 * the run. Rewritten atomically while the batch runs, so after a kill it holds the reports finished
 * until shortly before (the rest are {@code pending}); the next run reads it to skip unchanged reports.
 *
 * @param run     totals and settings of the run
 * @param entries one per input, in path order, then the files of input folders skipped as not reports
 *                (status skipped, id empty, message the reason)
 */
public record Manifest(RunSummary run, List<ManifestEntry> entries) {
  public static final String FILE_NAME = "manifest.json";
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // a newer manifest still gives its entries
      .build();

  public Manifest {
    entries = List.copyOf(entries);
  }

  /**
   * Totals and settings of one run.
   *
   * @param finishedAt null while the run is going on (or when it was killed)
   * @param elapsedMs  wall time so far
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RunSummary(int format, String tool, String fingerprint, int threads, int timeoutSeconds, boolean force,
                           String startedAt, String finishedAt, long elapsedMs, int total, int ok, int unchanged,
                           int duplicate, int failed, int pending, int skipped) {}

  /** Writes the manifest atomically. */
  public void write(Path file) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(this);
    AtomicFiles.write(file, out -> {
      out.write(bytes);
      out.write('\n');
    });
  }

  /** The manifest in {@code file}, or null when there is none. */
  public static Manifest read(Path file) throws IOException {
    if (!Files.exists(file)) return null;
    return JSON.readValue(file.toFile(), Manifest.class);
  }
}
