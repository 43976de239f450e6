package org.reportlens.batch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to one input of a batch; written in lower case in the manifest. */
public enum Status {
  /** Not done yet: listed when the batch starts; only a killed run leaves it in the manifest. */
  PENDING,
  /** Analysed in this run; its JSON is in the output folder. */
  OK,
  /** Same bytes and settings as an earlier run's ok report whose JSON is still there: skipped. */
  UNCHANGED,
  /** Same bytes as another input of this batch: that one is analysed, this one has no JSON. */
  DUPLICATE,
  /** Not analysed; the entry says why. Retried on the next run. */
  FAILED,
  /** Found in an input folder but not a report (data, image, a README or index of the folder); the message says why. */
  SKIPPED;

  @JsonValue
  public String json() { return name().toLowerCase(Locale.ROOT); }

  @JsonCreator
  public static Status of(String s) { return valueOf(s.toUpperCase(Locale.ROOT)); }

  /** Has a report JSON the tables are built from. */
  public boolean hasReport() { return this == OK || this == UNCHANGED; }
}
