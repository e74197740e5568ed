package dev.netwright.app.cli;

import dev.netwright.app.aws.ProgressListener;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --quiet}, and the progress lines {@code import}, {@code plan} and {@code apply} print on
 * standard error while they talk to AWS: one line per region and step, only when standard error is
 * a terminal (a script's log gets nothing extra) and never with {@code --quiet}.
 */
public final class ProgressOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = {"-q", "--quiet"}, description = "Print no progress lines (they are printed only on a terminal anyway).")
  private boolean quiet;

  /** Where progress goes for this run: lines on standard error, or nowhere. */
  ProgressListener listener() {
    NetwrightCommand root = (NetwrightCommand) mixee.root().userObject();
    if (quiet || !root.stderrIsTerminal()) {
      return ProgressListener.NONE;
    }
    return new ProgressLines(mixee.commandLine().getErr());
  }

  /** One line per new step, whatever thread reports it. */
  private static final class ProgressLines implements ProgressListener {
    private final PrintWriter err;
    private String last = "";

    ProgressLines(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void progress(String step, double fraction) {
      if (step.equals(last)) {
        return;
      }
      last = step;
      err.println(step + "...");
      err.flush();
    }
  }
}
