package org.reportlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.aggregate.ActorAggregator;
import org.reportlens.aggregate.Gazetteer;
import org.reportlens.annotate.corenlp.SharedAnnotator;
import org.reportlens.model.Essay;
import picocli.CommandLine;

class BenchCommandTest {
  @Test
  void measuresBothSidesOnTheSameTexts() {
    List<Essay> essays = BenchInputs.markdown("# Contents\n\nA.....1\n\n# One\n\nNATO met Iran in Vienna.\n\n"
        + "# Two\n\n**In Brief:** A summary.\n\nTurkey vetoed it.[^1]\n\n[^1]: A note.\n", "r");
    assertEquals(2, essays.size());
    assertEquals("Turkey vetoed it.", essays.get(1).text());
    assertEquals("A summary.", essays.get(1).summary());
    BenchResult r = BenchCommand.run(essays, SharedAnnotator.get(),
        new ActorAggregator(Gazetteer.load(Path.of("models/actors.tsv"))), 0, 1);
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
