package org.reportlens.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.batch.BatchOptions;

/**
 * The job's command line: {@code INPUT OUTPUT [--models DIR] [--timeout SECONDS] [--force] [--no-nlp]
 * [--partitions N]}. Input and output are Hadoop paths or URIs (local, HDFS, S3...); the input may be
 * a glob and may be several, comma-separated, as Spark's {@code binaryFiles} takes them.
 *
 * @param models     folder holding actors.tsv and themes.tsv, read by the driver (any Hadoop path)
 * @param partitions Spark partitions of the reports to analyse; 0 = eight per core of the cluster
 */
public record JobOptions(String input, String output, String models, int timeoutSeconds, boolean force, boolean nlp,
                         int partitions) implements Serializable {
  public static final String USAGE = "usage: ReportLensJob INPUT OUTPUT [--models DIR] [--timeout SECONDS] [--force]"
      + " [--no-nlp] [--partitions N]";

  public JobOptions {
    if (input == null || input.isBlank() || output == null || output.isBlank()) throw new IllegalArgumentException(USAGE);
    if (timeoutSeconds < 1 || partitions < 0) throw new IllegalArgumentException("--timeout must be >= 1, --partitions >= 0");
  }

  /** @throws IllegalArgumentException on a bad command line, with the usage */
  public static JobOptions parse(String... args) {
    List<String> positional = new ArrayList<>();
    String models = "models";
    int timeout = BatchOptions.DEFAULT_TIMEOUT_SECONDS;
    boolean force = false;
    boolean nlp = true;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      try {
        switch (a) {
          case "--models" -> models = args[++i];
          case "--timeout" -> timeout = Integer.parseInt(args[++i]);
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--force", "-f" -> force = true;
          case "--no-nlp" -> nlp = false;
          default -> {
            if (a.startsWith("-")) throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            positional.add(a);
          }
        }
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new IllegalArgumentException("bad value for " + a + "\n" + USAGE, e);
      }
    }
    if (positional.size() != 2) throw new IllegalArgumentException(USAGE);
    return new JobOptions(positional.get(0), positional.get(1), models, timeout, force, nlp, partitions);
  }
}
