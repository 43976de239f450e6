package org.reportlens.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Types;

/**
 * Writes a table of string cells as one Parquet file with Parquet's own writer, without Spark SQL:
 * a task writes its report's rows itself, and a run pays neither SQL planning nor one Spark job per
 * table (that was most of the job's fixed cost, docs/spark.md). Columns are optional: UTF-8 strings
 * (Spark reads {@code StringType}), or 32/64-bit integers for Integer/Long columns; a null cell is
 * left unset. Stateless.
 */
final class ParquetFiles {
  private ParquetFiles() {}

  static MessageType schema(String name, List<String> columns, List<Class<?>> types) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (int i = 0; i < columns.size(); i++) {
      Class<?> t = types == null ? String.class : types.get(i);
      if (t == Integer.class) b.optional(PrimitiveType.PrimitiveTypeName.INT32).named(columns.get(i));
      else if (t == Long.class) b.optional(PrimitiveType.PrimitiveTypeName.INT64).named(columns.get(i));
      else b.optional(PrimitiveType.PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(columns.get(i));
    }
    return b.named(name);
  }

  /**
   * Writes {@code rows} (each as wide as {@code columns}) to {@code file}, replacing it.
   *
   * @param types the class of each column (String, Integer, Long), or null for all strings
   */
  static void write(Path file, Configuration conf, String name, List<String> columns, List<Class<?>> types,
                    List<? extends List<?>> rows) throws IOException {
    MessageType schema = schema(name, columns, types);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> out = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, conf))
        .withConf(conf).withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
      for (List<?> row : rows) {
        Group g = groups.newGroup();
        for (int i = 0; i < columns.size(); i++) {
          Object v = row.get(i);
          if (v instanceof Integer n) g.append(columns.get(i), n);
          else if (v instanceof Long n) g.append(columns.get(i), n);
          else if (v != null) g.append(columns.get(i), v.toString());
        }
        out.write(g);
      }
    }
  }
}
