package org.reportlens.write;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a report JSON file back as a Jackson tree, for the tables and for tests. Decimals come back
 * as exact {@code BigDecimal}s, so {@code node.decimalValue().toPlainString()} prints what the file
 * holds. Does not map back to model records and does not validate. Stateless and thread-safe.
 */
public final class JsonReportReader {
  private JsonReportReader() {}

  /** The file's tree; a file that is not JSON object fails with an {@link IOException} naming it. */
  public static JsonNode read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JsonFormat.MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) throw new IOException(file + ": not a JSON object");
    return root;
  }
}
