package org.reportlens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code reportlens analyze <files or folders>...}, {@code reportlens bench ...}. */
@Command(name = "reportlens", mixinStandardHelpOptions = true, version = org.reportlens.Pipeline.TOOL,
    description = "Turns policy and think-tank reports into structured data: essays, authors, actors, themes and quotations.",
    subcommands = {AnalyzeCommand.class, CompareCommand.class, ViewCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: analyze, compare, view or bench");
  }

  /** The command line with our exit codes; tests call {@code commandLine().execute(...)}. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("reportlens: internal error: " + e);
      e.printStackTrace(cmd.getErr());
      return ExitCodes.INTERNAL;
    });
    return cl;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code == CommandLine.ExitCode.USAGE ? ExitCodes.USAGE : code);
  }
}
