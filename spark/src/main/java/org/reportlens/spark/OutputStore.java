package org.reportlens.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.reportlens.write.JsonReportWriter;

/**
 * The job's output folder on any Hadoop file system:
 * <pre>
 *   json/&lt;id&gt;.json                   the per-report JSON, the batch's bytes
 *   tables/&lt;table&gt;/report_id=&lt;id&gt;/  per-report tables (essays, actors, ...) as Parquet
 *   tables/actor_matrix/             the batch-wide matrix as Parquet
 *   manifest/                        one row per input, as manifest.json's entries
 * </pre>
 * JSON files are written by the executors, each to a hidden temp file first and then renamed, so
 * a reader never sees half a file. Serializable (executors get a copy).
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

  void deletePartition(String table, String id) throws IOException {
    fs().delete(path(TABLES_DIR, table, org.reportlens.write.ReportRows.REPORT_ID + "=" + id), true);
  }
}
