package org.reportlens.write;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates report JSON against {@code report.schema.json} (draft 2020-12, networknt). Call it on
 * every report JSON a test produces. The schema is loaded once per JVM; thread-safe.
 */
public final class SchemaAssert {
  public static final String SCHEMA_RESOURCE = "/org/reportlens/write/report.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private SchemaAssert() {}

  /** Fails the test, listing every violation, unless the file is a valid report. */
  public static void assertValid(Path reportJson) {
    try {
      assertValid(MAPPER.readTree(reportJson.toFile()), reportJson.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(reportJson + ": unreadable", e);
    }
  }

  /** Fails the test, listing every violation, unless the tree is a valid report. */
  public static void assertValid(JsonNode report) {
    assertValid(report, "report " + report.path("report").path("id").asText("?"));
  }

  /** The violations, one line each ("$.essays[0].kind: ..."); empty when valid. */
  public static List<String> violations(JsonNode report) {
    return SCHEMA.validate(report).stream().map(Error::toString).collect(Collectors.toList());
  }

  private static void assertValid(JsonNode report, String what) {
    List<String> v = violations(report);
    if (!v.isEmpty()) fail(what + " violates report.schema.json:\n  " + String.join("\n  ", v));
  }

  private static Schema load() {
    try (InputStream in = SchemaAssert.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) throw new IllegalStateException(SCHEMA_RESOURCE + " not on the class path");
      JsonNode node = MAPPER.readTree(in);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
