package org.reportlens.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The one place the JSON layout is configured: two-space indent, {@code "key": value}, arrays one
 * element per line, empty ones as {@code []}, {@code \n} line ends on every OS (so files compare byte for byte), decimals
 * written plainly, read back as exact decimals. Thread-safe (Jackson mappers and writers are).
 */
final class JsonFormat {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      // Read decimals exactly as written (no double, no stripped zeros): a CSV cell shows the JSON's number.
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();

  static final ObjectWriter PRETTY;

  static {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indent);
    printer.indentArraysWith(indent);
    PRETTY = MAPPER.writer(printer);
  }

  private JsonFormat() {}
}
