package org.reportlens.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/** What a task made of one report: its manifest row (its JSON and table partitions are written already). */
record ReportOutcome(String id, Row manifest) implements Serializable {}
