package org.reportlens.batch;

import java.nio.file.Path;

/**
 * Settings of one batch.
 *
 * @param outDir         where the report JSON files, {@code tables/} and {@code manifest.json} go
 * @param threads        reports analysed at once (one shared pipeline)
 * @param timeoutSeconds per report; a report still running after this fails with TIMEOUT
 * @param force          analyse every input again, even when unchanged since the last run
 */
public record BatchOptions(Path outDir, int threads, int timeoutSeconds, boolean force) {
  public static final int DEFAULT_TIMEOUT_SECONDS = 600;

  public BatchOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    if (timeoutSeconds < 1) throw new IllegalArgumentException("timeout must be at least 1 s: " + timeoutSeconds);
  }

  public static BatchOptions defaults(Path outDir) {
    return new BatchOptions(outDir, Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT_SECONDS, false);
  }
}
