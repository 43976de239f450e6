package org.reportlens.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.reportlens.write.JsonReportWriter;
import org.reportlens.write.ReportRows;

/**
 * The job's output folder on any Hadoop file system:
 * <pre>
 *   json/&lt;id&gt;.json                   the per-report JSON, the batch's bytes
 *   tables/&lt;table&gt;/report_id=&lt;id&gt;/part-00000.parquet  per-report tables (essays, actors, ...)
 *   tables/actor_matrix/part-00000.parquet          the batch-wide matrix
 *   manifest/part-00000.parquet                     one row per input, as manifest.json's entries
 * </pre>
 * The executors write each report's JSON and table partitions; the driver the matrix and the
 * manifest. Every file is written under a hidden temp name first and then renamed, so a reader
 * never sees half a file. Serializable (executors get a copy).
 */
final class OutputStore implements Serializable {
  static final String JSON_DIR = "json";
  static final String TABLES_DIR = "tables";
  static final String MANIFEST_DIR = "manifest";

  private final String root;
  private final HadoopConf conf;

  OutputStore(String root, HadoopConf conf) {
    this.root = root;
    this.conf = conf;
  }

  String root() { return root; }

  Path path(String first, String... more) {
    Path p = new Path(new Path(root), first);
    for (String m : more) p = new Path(p, m);
    return p;
  }

  /** The manifest's {@code json} value for a report: the file relative to the output folder. */
  static String jsonName(String id) {
    JsonReportWriter.pathFor(java.nio.file.Path.of("."), id); // rejects ids that are not file names
    return JSON_DIR + "/" + id + ".json";
  }

  FileSystem fs() throws IOException {
    return new Path(root).getFileSystem(conf.get());
  }

  /** Writes {@code json/<id>.json}: temp file, then rename over the old one. */
  void writeJson(String id, byte[] bytes) throws IOException {
    FileSystem fs = fs();
    fs.setWriteChecksum(false); // no .crc beside each file on a local disk; other file systems ignore it
    Path target = new Path(new Path(root), jsonName(id));
    Path tmp = new Path(target.getParent(), "." + id + ".json." + UUID.randomUUID() + ".tmp");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(bytes);
    }
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      fs.delete(tmp, false);
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  /** The bytes of an input file (any file system the driver's configuration reaches). */
  byte[] read(String hadoopPath) throws IOException {
    Path p = new Path(hadoopPath);
    try (java.io.InputStream in = p.getFileSystem(conf.get()).open(p)) {
      return in.readAllBytes();
    }
  }

  void deleteJson(String id) throws IOException {
    fs().delete(new Path(new Path(root), jsonName(id)), false);
  }

  boolean exists(Path p) throws IOException {
    return fs().exists(p);
  }

  /** Ids with a JSON file in {@code json/}. */
  Set<String> jsonIds() throws IOException {
    Set<String> ids = new HashSet<>();
    FileSystem fs = fs();
    Path dir = path(JSON_DIR);
    if (!fs.exists(dir)) return ids;
    for (FileStatus s : fs.listStatus(dir)) {
      String n = s.getPath().getName();
      if (s.isFile() && n.endsWith(".json") && !n.startsWith(".")) ids.add(n.substring(0, n.length() - 5));
    }
    return ids;
  }

  /** Report ids with a partition in {@code tables/<table>/}. */
  Set<String> partitions(String table) throws IOException {
    Set<String> ids = new HashSet<>();
    FileSystem fs = fs();
    Path dir = path(TABLES_DIR, table);
    if (!fs.exists(dir)) return ids;
    String prefix = org.reportlens.write.ReportRows.REPORT_ID + "=";
    for (FileStatus s : fs.listStatus(dir)) {
      String n = s.getPath().getName();
      if (s.isDirectory() && n.startsWith(prefix)) ids.add(n.substring(prefix.length()));
    }
    return ids;
  }

  static final String PART = "part-00000.parquet";

  /**
   * Replaces report {@code id}'s partition of {@code table} with {@code rows} ({@code columns}
   * without report_id, which the partition folder carries); no rows: no partition.
   */
  void writePartition(String table, String id, List<String> columns, List<List<String>> rows) throws IOException {
    deletePartition(table, id);
    if (!rows.isEmpty()) writeParquet(path(TABLES_DIR, table, ReportRows.REPORT_ID + "=" + id), table, columns, null, rows);
  }

  /** Replaces the folder {@code dir} (under the output) by one Parquet file. */
  void writeWhole(String dir, String name, List<String> columns, List<Class<?>> types, List<? extends List<?>> rows)
      throws IOException {
    Path folder = new Path(new Path(root), dir);
    fs().delete(folder, true);
    writeParquet(folder, name, columns, types, rows);
  }

  /** {@code folder/part-00000.parquet}, written under a hidden name (readers skip it) and renamed. */
  private void writeParquet(Path folder, String name, List<String> columns, List<Class<?>> types,
                            List<? extends List<?>> rows) throws IOException {
    FileSystem fs = fs();
    fs.mkdirs(folder);
    Path target = new Path(folder, PART);
    Path tmp = new Path(folder, "." + PART + "." + UUID.randomUUID() + ".tmp");
    ParquetFiles.write(tmp, conf.get(), name, columns, types, rows);
    fs.delete(target, false);
    if (!fs.rename(tmp, target)) {
      fs.delete(tmp, false);
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }

  void deletePartition(String table, String id) throws IOException {
    fs().delete(path(TABLES_DIR, table, org.reportlens.write.ReportRows.REPORT_ID + "=" + id), true);
  }
}
