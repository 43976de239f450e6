package org.reportlens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each heavy library stays behind its one stage: a scan of the imports keeps it so (see style.md). */
class ArchitectureTest {
  private static final Path SRC = Path.of("src/main/java/org/reportlens");

  private static List<String> offenders(String importPrefix, String allowedPackageDir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SRC)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = SRC.relativize(f).toString().replace('\\', '/');
        if (rel.startsWith(allowedPackageDir + "/")) continue;
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import " + importPrefix) || line.startsWith("import static " + importPrefix)) out.add(rel + ": " + line);
        }
      }
    }
    return out;
  }

  @Test
  void onlyTheCoreNlpAdapterImportsCoreNlp() throws IOException {
    assertEquals(List.of(), offenders("edu.stanford.nlp", "annotate/corenlp"));
  }

  @Test
  void onlyTheExtractStageImportsTikaAndItsParsers() throws IOException {
    assertEquals(List.of(), offenders("org.apache.tika", "extract"));
    assertEquals(List.of(), offenders("org.apache.pdfbox", "extract"));
    assertEquals(List.of(), offenders("org.apache.poi", "extract"));
  }

  @Test
  void onlyTheOpenNlpAdapterImportsOpenNlp() throws IOException {
    assertEquals(List.of(), offenders("opennlp", "annotate/opennlp"));
  }

  @Test
  void theModelImportsNoStage() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(SRC.resolve("model"))) {
      for (Path f : files.toList()) {
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("import org.reportlens.") && !line.startsWith("import org.reportlens.model.")) out.add(f + ": " + line);
        }
      }
    }
    assertEquals(List.of(), out);
  }
}
