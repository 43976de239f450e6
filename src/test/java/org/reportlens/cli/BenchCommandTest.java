package org.reportlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.StandardAnalyzer;
import org.reportlens.annotate.corenlp.SharedAnnotator;
import org.reportlens.model.Essay;
import picocli.CommandLine;

class BenchCommandTest {
  @Test
  void measuresBothSidesOnTheSameTexts(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "NATO met Iran in Vienna.");
    Files.writeString(dir.resolve("b.txt"), "Turkey vetoed it.");
    List<Essay> essays = BenchInputs.load(dir, "*.txt", 10);
    assertEquals(2, essays.size());
    assertEquals("Turkey vetoed it.", essays.get(1).text());
    BenchResult r = BenchCommand.run(essays, SharedAnnotator.get(),
        new StandardAnalyzer(SharedAnnotator.get(), Path.of("models")), 0, 0, 1);
    assertEquals(10, r.tokens());
    assertTrue(r.rawTokensPerSecond() > 0 && r.oursTokensPerSecond() > 0 && r.oursPeakHeap() > 0);
    assertTrue(r.format().contains("tokens/s"));
  }

  @Test
  void badInputIsAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("/no/such/input"));
    assertTrue(err.toString().contains("no such input"), err.toString());
  }
}
