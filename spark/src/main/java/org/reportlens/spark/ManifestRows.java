package org.reportlens.spark;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.reportlens.batch.ManifestEntry;

/**
 * The manifest table: one row per input with the fields of the batch's {@link ManifestEntry}, in
 * snake case ({@code duplicateOfId} -> {@code duplicate_of_id}), values as {@code manifest.json}
 * writes them (status in lower case, failure reason in upper case). Derived from the record, so a
 * field added to the batch's manifest appears here too. Stateless.
 */
final class ManifestRows {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final RecordComponent[] FIELDS = ManifestEntry.class.getRecordComponents();

  private ManifestRows() {}

  static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (RecordComponent c : FIELDS) fields.add(DataTypes.createStructField(snake(c.getName()), type(c.getType()), true));
    return DataTypes.createStructType(fields);
  }

  static List<String> columns() {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : FIELDS) out.add(snake(c.getName()));
    return out;
  }

  /** Integer, Long or String per column (enums are written as strings). */
  static List<Class<?>> types() {
    List<Class<?>> out = new ArrayList<>();
    for (RecordComponent c : FIELDS) {
      Class<?> t = c.getType();
      out.add(t == Integer.class || t == int.class ? Integer.class : t == Long.class || t == long.class ? Long.class : String.class);
    }
    return out;
  }

  static Row toRow(ManifestEntry e) {
    @SuppressWarnings("unchecked")
    Map<String, Object> values = JSON.convertValue(e, Map.class);
    Object[] cells = new Object[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      Object v = values.get(FIELDS[i].getName());
      Class<?> t = FIELDS[i].getType();
      if (v instanceof Number n) v = t == Long.class || t == long.class ? (Object) n.longValue() : (Object) n.intValue();
      cells[i] = v;
    }
    return RowFactory.create(cells);
  }

  static ManifestEntry fromRow(Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < FIELDS.length; i++) {
      // A row read back from Parquet has a schema (columns by name); one made by toRow has not (in field order).
      int at = i;
      if (row.schema() != null) {
        String col = snake(FIELDS[i].getName());
        at = row.schema().getFieldIndex(col).isDefined() ? row.fieldIndex(col) : -1;
      }
      if (at >= 0 && !row.isNullAt(at)) values.put(FIELDS[i].getName(), row.get(at));
    }
    return JSON.convertValue(values, ManifestEntry.class);
  }

  private static DataType type(Class<?> t) {
    if (t == Integer.class || t == int.class) return DataTypes.IntegerType;
    if (t == Long.class || t == long.class) return DataTypes.LongType;
    return DataTypes.StringType; // strings and enums
  }

  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
