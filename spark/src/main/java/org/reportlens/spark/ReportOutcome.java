package org.reportlens.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * What a task made of one report: its manifest row (its JSON and table partitions are written
 * already) and, for a report analysed ok, the slim copy of its JSON the batch-wide tables are built
 * from ({@code ReportRows.forBatchWide}; null otherwise), so the driver need not read the JSON again.
 */
record ReportOutcome(String id, Row manifest, byte[] slim) implements Serializable {}
