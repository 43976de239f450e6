package org.reportlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reportlens.Pipeline;
import org.reportlens.StandardAnalyzer;
import org.reportlens.annotate.corenlp.CoreNlpAnnotator;
import org.reportlens.annotate.corenlp.CoreNlpSettings;
import org.reportlens.write.JsonReportWriter;
import org.reportlens.write.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze <files or folders>...}: one JSON per report in the output folder, then the batch tables. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse report files (PDF, DOCX, HTML, Markdown, text; folders are read recursively).")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--models", defaultValue = "models", description = "Folder with actors.tsv and themes.tsv (default: ${DEFAULT-VALUE}).")
  Path models;

  @Override
  public Integer call() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        System.err.println("reportlens: " + p + ": no such file or folder");
        return ExitCodes.USAGE;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")
              && !f.getFileName().toString().equalsIgnoreCase("README.md")).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Files.createDirectories(output);
    JsonReportWriter writer = new JsonReportWriter();
    List<Path> written = new ArrayList<>();
    int failed = 0;
    StandardAnalyzer analyzer;
    try {
      analyzer = StandardAnalyzer.loadingInBackground(CoreNlpAnnotator::new, CoreNlpSettings.coarse().description(), models);
    } catch (IOException e) {
      System.err.println("reportlens: " + e.getMessage());
      return ExitCodes.CONFIG;
    }
    try (Pipeline pipeline = new Pipeline(analyzer)) {
      for (Path f : files) {
        Pipeline.Outcome o = pipeline.process(f, Pipeline.reportId(f));
        if (o.ok()) {
          written.add(writer.write(o.result(), output));
          System.err.println("ok     " + f + " (" + o.result().essays().size() + " essays, " + o.elapsedMs() + " ms)");
        } else {
          failed++;
          System.err.println("failed " + o.failure().oneLine());
        }
      }
    }
    new TableWriter().write(written, output);
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
