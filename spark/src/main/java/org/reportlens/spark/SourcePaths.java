package org.reportlens.spark;

import java.net.URI;

/**
 * The path a report's JSON and manifest row name, from the Hadoop path Spark lists: a local file
 * ({@code file:/data/a.pdf}) is named as {@code analyze} names it when given an absolute path
 * ({@code /data/a.pdf}), so the two write the same JSON; any other file system keeps its URI
 * ({@code hdfs://nn/data/a.pdf}, {@code s3a://bucket/a.pdf}). Stateless.
 */
final class SourcePaths {
  private SourcePaths() {}

  static String display(String hadoopPath) {
    URI uri = new org.apache.hadoop.fs.Path(hadoopPath).toUri();
    if (uri.getScheme() == null || uri.getScheme().equals("file")) return uri.getPath();
    return uri.toString();
  }

  /** The file name, decoded ({@code a%20b.pdf} -> {@code a b.pdf}). */
  static String fileName(String hadoopPath) {
    return new org.apache.hadoop.fs.Path(hadoopPath).getName();
  }
}
