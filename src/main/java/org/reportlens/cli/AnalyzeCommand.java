package org.reportlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportlens.Pipeline;
import org.reportlens.StandardAnalyzer;
import org.reportlens.annotate.corenlp.CoreNlpAnnotator;
import org.reportlens.annotate.corenlp.CoreNlpSettings;
import org.reportlens.batch.BatchOptions;
import org.reportlens.batch.BatchRunner;
import org.reportlens.batch.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code analyze <files or folders>...}: one JSON per report in the output folder, the batch tables and
 * {@code manifest.json}; unchanged reports are skipped. The work is done by {@link BatchRunner}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyse report files (PDF, DOCX, HTML, Markdown, text: the format is read from the content).",
        "Folders are read recursively, skipping hidden files and README.md. Reports unchanged since the last run "
            + "(same bytes, same settings) are skipped; failed ones are tried again."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every input ok, unchanged or a duplicate", "1:some inputs failed (see the manifest)",
        "2:bad command line or no such input", "3:models or configuration missing", "4:internal error"})
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Report files or folders.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--models", defaultValue = "models", description = "Folder with actors.tsv, themes-*.tsv and background-df.tsv (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--taxonomy", defaultValue = StandardAnalyzer.DEFAULT_TAXONOMY, paramLabel = "NAME|FILE.tsv",
      description = "Theme taxonomy: policy (Comparative Agendas Project topics, the default), security "
          + "(transatlantic security), or a taxonomy file; part of the settings fingerprint.")
  String taxonomy;

  @Option(names = {"-t", "--threads"}, description = "Reports analysed at once (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + BatchOptions.DEFAULT_TIMEOUT_SECONDS,
      description = "Give up on a report after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = {"-f", "--force"}, description = "Analyse every input again, even when unchanged.")
  boolean force;

  @Option(names = "--no-nlp", description = "Extract and segment only, no CoreNLP (fast: checks which inputs can be read).")
  boolean noNlp;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || timeoutSeconds < 1) {
      err.println("reportlens: --threads and --timeout must be at least 1");
      return ExitCodes.USAGE;
    }
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        err.println("reportlens: " + p + ": no such file or folder");
        return ExitCodes.USAGE;
      }
    }
    LibraryLogs.toOutput(output); // before any library logs: its INFO lines and font warnings go to output/logs/
    StandardAnalyzer analyzer = null;
    if (!noNlp) {
      try {
        // CoreNLP loads in the background while the inputs are hashed and the first report is read.
        analyzer = StandardAnalyzer.loadingInBackground(CoreNlpAnnotator::new, CoreNlpSettings.coarse().description(), models,
            taxonomy);
      } catch (IOException e) {
        err.println("reportlens: " + e.getMessage() + " (--models, --taxonomy)");
        return ExitCodes.CONFIG;
      }
    }
    BatchOptions options = new BatchOptions(output, threads, timeoutSeconds, force);
    Progress progress = Progress.forStderr(err, System.console() != null);
    try (AutoCloseable a = analyzer; Pipeline pipeline = new Pipeline(analyzer)) {
      BatchRunner.Result r = new BatchRunner(pipeline, options, progress).run(inputs);
      return r.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    } catch (NoSuchFileException e) {
      err.println("reportlens: " + e.getFile() + ": no such file or folder");
      return ExitCodes.USAGE;
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e); // only AutoCloseable.close declares Exception
    }
  }
}
