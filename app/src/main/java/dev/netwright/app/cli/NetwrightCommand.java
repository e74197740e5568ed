package dev.netwright.app.cli;

import dev.netwright.model.NetwrightException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the command line (see docs and ../shared/CLI.md): each subcommand is its own class.
 * Exit codes: 0 success, 1 a negative answer, 2 bad input or usage with one {@code error: } line.
 */
@Command(name = "netwright", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Version.class,
    description = "Designs and checks AWS VPC topologies: what reaches what, by which way, and what it costs.",
    footer = {"", "  netwright [open] [FILE]   opens the designer window (on a sample design when no FILE is named)",
        "", "Exit codes: 0 success, 1 a negative answer (validate found errors, reach found no path, apply rolled back),",
        "2 bad input or usage (one 'error: ' line on stderr)."},
    subcommands = {
        ValidateCommand.class,
        ReachCommand.class,
        PathsCommand.class,
        ExportCommand.class,
        ImportCommand.class,
        PlanCommand.class,
        ApplyCommand.class,
        CostCommand.class,
        AdviseCommand.class,
        DiagramCommand.class,
        CommandLine.HelpCommand.class
    })
public final class NetwrightCommand implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'validate FILE'; see --help");
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line writing to the given streams (tests use this). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new NetwrightCommand());
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler((ex, arguments) -> {
      err.println("error: " + ex.getMessage());
      err.flush();
      return ExitCode.BAD_INPUT;
    });
    line.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      err.println("error: " + describe(ex));
      err.flush();
      return ExitCode.BAD_INPUT;
    });
    int code = line.execute(args);
    out.flush();
    return code;
  }

  private static String describe(Exception ex) {
    if (ex instanceof NetwrightException) {
      return oneLine(ex.getMessage());
    }
    return "unexpected failure (" + ex.getClass().getSimpleName() + "): " + oneLine(String.valueOf(ex.getMessage()))
        + "; please report this";
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
  }
}
