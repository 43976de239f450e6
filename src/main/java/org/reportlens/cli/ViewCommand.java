package org.reportlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportlens.compare.ReportSet;
import org.reportlens.view.ViewWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code view OUTPUT_DIR}: (re)writes OUTPUT_DIR/index.html, the static page analyze also writes. */
@Command(name = "view", mixinStandardHelpOptions = true,
    description = {"Write OUTPUT_DIR/index.html: a static, self-contained page of the analysed reports "
        + "(sortable report table, actor heat map, theme shares, each report's units, actors, themes, quotations, claims)."})
public final class ViewCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT_DIR", description = "An analyze output folder.")
  Path outputDir;

  @Override
  public Integer call() {
    try {
      List<JsonNode> reports = ReportSet.load(outputDir);
      Path page = ViewWriter.write(reports, outputDir, "reportlens: " + outputDir.toAbsolutePath().normalize().getFileName());
      spec.commandLine().getOut().println(page);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("reportlens: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
