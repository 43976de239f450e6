package org.reportlens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.reportlens.compare.Comparison;
import org.reportlens.compare.Counts;
import org.reportlens.compare.Facets;
import org.reportlens.compare.Grouping;
import org.reportlens.compare.ReportSet;
import org.reportlens.write.Table;
import org.reportlens.write.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare OUTPUT_DIR --by report|publisher|year|documentType|FILE.csv}: rates per group and the
 * terms distinctive of each group against the rest (weighted log-odds with an informative Dirichlet
 * prior) for actors, themes and keyphrases. Writes groups.csv, actors.csv, themes.csv, keyphrases.csv
 * into {@code OUTPUT_DIR/compare/<grouping>/} (or --out) and prints the top terms per group.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare groups of analysed reports: rates per 10,000 words and what is distinctive of each group "
        + "(weighted log-odds ratio with an informative Dirichlet prior, Monroe, Colaresi and Quinn 2008, and its z-score)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "2:bad command line, no reports or unreadable grouping file"})
public final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OUTPUT_DIR", description = "An analyze output folder.")
  Path outputDir;

  @Option(names = "--by", required = true, paramLabel = "GROUPING",
      description = "report, publisher, year, documentType, or a CSV file with a header: report_id and a group column.")
  String by;

  @Option(names = "--column", description = "With --by FILE.csv: the group column (default: the column after report_id).")
  String column;

  @Option(names = "--out", description = "Folder for the CSV files (default: OUTPUT_DIR/compare/<grouping>).")
  Path out;

  @Option(names = "--prior", defaultValue = "0",
      description = "Prior size in pseudo-counts (default 0: the batch's own total count per facet).")
  double prior;

  @Option(names = "--top", defaultValue = "5", description = "Terms per group and facet in the summary (default ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    List<JsonNode> reports;
    Grouping grouping;
    try {
      reports = ReportSet.load(outputDir);
      boolean file = by.toLowerCase(Locale.ROOT).endsWith(".csv") || Files.isRegularFile(Path.of(by));
      grouping = file ? Grouping.fromCsv(Path.of(by), column, reports) : Grouping.byField(by, reports);
    } catch (IOException | IllegalArgumentException e) {
      err.println("reportlens: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Facets facets = Facets.of(reports);
    List<String> ids = reports.stream().map(r -> r.path("report").path("id").asText()).toList();
    Map<String, List<String>> groups = Comparison.groups(grouping, ids);
    if (groups.size() < 2) {
      err.println("reportlens: --by " + by + " gives " + groups.size() + " group(s); a comparison needs two or more");
      return ExitCodes.USAGE;
    }
    Path dir = out != null ? out : outputDir.resolve("compare").resolve(grouping.name().replaceAll("[^A-Za-z0-9._-]+", "-"));
    List<List<String>> groupRows = new ArrayList<>();
    groups.forEach((g, rs) -> groupRows.add(List.of(g, Integer.toString(rs.size()),
        Long.toString(rs.stream().mapToLong(r -> facets.words.getOrDefault(r, 0L)).sum()), String.join("; ", rs))));
    TableWriter.write(new Table("groups.csv", List.of("group", "reports", "words", "report_ids"), groupRows), dir);
    Map<String, List<Comparison.Row>> results = new java.util.LinkedHashMap<>();
    for (Counts c : List.of(facets.actors, facets.themes, facets.keyphrases)) {
      List<Comparison.Row> rows = Comparison.compare(c, groups, facets.words, prior);
      results.put(c.facet(), rows);
      TableWriter.write(Comparison.table(c.facet() + ".csv", rows, groups, facets.words), dir);
    }
    stdout.printf(Locale.ROOT, "reportlens compare: %d reports in %d groups by %s%s%n", ids.size() - grouping.ungrouped().size(),
        groups.size(), grouping.name(), grouping.ungrouped().isEmpty() ? "" : " (" + grouping.ungrouped().size() + " without a group, left out)");
    int shown = 0;
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      if (shown++ == 20) {
        stdout.println("... " + (groups.size() - 20) + " more groups in " + dir.resolve("groups.csv"));
        break;
      }
      long w = g.getValue().stream().mapToLong(r -> facets.words.getOrDefault(r, 0L)).sum();
      stdout.printf(Locale.ROOT, "%s (%d reports, %d words)%n", g.getKey(), g.getValue().size(), w);
      results.forEach((facet, rows) -> {
        String line = Comparison.top(rows, g.getKey(), top, 1.96).stream()
            .map(r -> String.format(Locale.ROOT, "%s %.1f", r.label(), r.z())).collect(Collectors.joining(", "));
        stdout.printf("  %-10s %s%n", facet + ":", line.isEmpty() ? "-" : line);
      });
    }
    stdout.printf(Locale.ROOT, "z = weighted log-odds z-score against the other groups (shown: z >= 1.96); CSV in %s (%.1f s)%n",
        dir, (System.nanoTime() - t0) / 1e9);
    stdout.flush();
    return ExitCodes.OK;
  }
}
