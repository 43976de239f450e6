package org.reportlens.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.reportlens.model.FailureReason;

/**
 * One input of a batch as {@code manifest.json} lists it. Fields that do not apply are null (and
 * left out of the file): {@code duplicateOf*} only for duplicates, {@code reason}/{@code message}
 * only for failures, counts only for reports with a JSON.
 *
 * @param path        the file as found (relative when the input was given relative)
 * @param json        the report file in the output folder ({@code <id>.json}), for ok and unchanged
 * @param fingerprint the pipeline settings the JSON was made with ({@link org.reportlens.Pipeline#fingerprint()})
 * @param elapsedMs   analysis time of the run that made the JSON (an unchanged entry keeps it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String path, String id, Status status, String sha256, String duplicateOfId,
                            String duplicateOfPath, FailureReason reason, String message, String mediaType,
                            Integer pages, Integer words, Integer essays, Long elapsedMs, String json,
                            String fingerprint) {
  public ManifestEntry {
    if (path == null || id == null || status == null) throw new IllegalArgumentException("manifest entry needs path, id, status");
  }

  static ManifestEntry pending(InputFiles.Input in, String sha256) {
    return new ManifestEntry(in.file().toString(), in.id(), Status.PENDING, sha256, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  static ManifestEntry duplicate(InputFiles.Input in, String sha256, InputFiles.Input of) {
    return new ManifestEntry(in.file().toString(), in.id(), Status.DUPLICATE, sha256, of.id(), of.file().toString(),
        null, null, null, null, null, null, null, null, null);
  }

  static ManifestEntry failed(InputFiles.Input in, String sha256, FailureReason reason, String message, Long elapsedMs) {
    return new ManifestEntry(in.file().toString(), in.id(), Status.FAILED, sha256, null, null, reason,
        message.replaceAll("\\s+", " ").trim(), null, null, null, null, elapsedMs, null, null);
  }

  static ManifestEntry skipped(InputFiles.Skipped s) {
    return new ManifestEntry(s.file().toString(), "", Status.SKIPPED, null, null, null, null, s.reason(), null, null,
        null, null, null, null, null);
  }

  ManifestEntry unchanged() {
    return new ManifestEntry(path, id, Status.UNCHANGED, sha256, null, null, null, null, mediaType, pages, words,
        essays, elapsedMs, json, fingerprint);
  }

  /** "file: reason: message", the line printed for a failure. */
  public String failureLine() {
    return path + ": " + (reason == null ? "failed" : reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        + ": " + (message == null ? "" : message);
  }
}
