package org.reportlens.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.reportlens.model.ReportResult;

/**
 * Writes one report's analysis to {@code <outDir>/<id>.json} in the layout of the output contract
 * (see {@link ReportJson} for what goes in), pretty-printed UTF-8, replaced atomically so an
 * interrupted run leaves the previous file or the new one, never a partial file.
 *
 * <p>The tree is built completely before the file is touched, so a result the contract cannot hold
 * fails with {@link IllegalArgumentException} and leaves the old file as it was. Does not validate
 * against the schema (the tests do). Stateless and thread-safe.
 */
public final class JsonReportWriter {

  /** Writes the report and returns the path written. */
  public Path write(ReportResult result, Path outDir) throws IOException {
    byte[] bytes = toBytes(result); // all of it before the file is touched
    Path target = pathFor(outDir, result.id());
    AtomicFiles.write(target, out -> out.write(bytes));
    return target;
  }

  /** The same bytes {@link #write} puts in the file. */
  public byte[] toBytes(ReportResult result) throws IOException {
    byte[] json = JsonFormat.PRETTY.writeValueAsBytes(ReportJson.toTree(result));
    byte[] withNewline = Arrays.copyOf(json, json.length + 1);
    withNewline[json.length] = '\n'; // POSIX text file: ends with a line end
    return withNewline;
  }

  /** {@code <outDir>/<reportId>.json}; rejects ids that would leave {@code outDir}. */
  public static Path pathFor(Path outDir, String reportId) {
    if (reportId == null || reportId.isBlank() || reportId.contains("/") || reportId.contains("\\")
        || reportId.startsWith(".")) {
      throw new IllegalArgumentException("report id not usable as a file name: " + reportId);
    }
    return outDir.resolve(reportId + ".json");
  }
}
