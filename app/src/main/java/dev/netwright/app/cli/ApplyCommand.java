package dev.netwright.app.cli;

import dev.netwright.app.aws.Applier;
import dev.netwright.app.aws.ApplyResult;
import dev.netwright.app.aws.AwsSession;
import dev.netwright.app.aws.Cancellation;
import dev.netwright.app.aws.Plan;
import dev.netwright.app.aws.PlanReport;
import dev.netwright.app.aws.Planner;
import dev.netwright.app.aws.ProgressListener;
import dev.netwright.model.NetwrightException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright apply FILE [--region R] [--profile P] [--endpoint-url URL] [--yes]}: makes the
 * account match the design. Without {@code --yes} it shows the plan and asks; on a stdin that is
 * not a terminal it refuses instead. Exit 0 applied, 1 failed and rolled back, 2 bad input.
 */
@Command(name = "apply", description = "Makes the account match the design: creates, updates and deletes (only what Netwright made).")
public final class ApplyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template.")
  private Path file;

  @Mixin
  private AwsOptions aws = new AwsOptions();

  @Mixin
  private ProgressOption progress = new ProgressOption();

  @Option(names = "--yes", description = "Apply without asking (for scripts and pipelines).")
  private boolean yes;

  @Override
  public Integer call() {
    if (!yes && System.console() == null) {
      throw new NetwrightException("apply changes a live account and stdin is not a terminal: pass --yes to confirm");
    }
    var design = Inputs.load(file, aws.firstRegion()).document();
    PrintWriter out = spec.commandLine().getOut();
    try (AwsSession session = AwsSession.open(aws.settings())) {
      ProgressListener lines = progress.listener();
      Plan plan = new Planner(session).plan(design, lines, new Cancellation());
      out.print(PlanReport.text(plan));
      out.flush();
      if (plan.isEmpty()) {
        return ExitCode.OK;
      }
      if (!yes && !confirmed(out, plan)) {
        out.println("Nothing was changed.");
        return ExitCode.OK;
      }
      ApplyResult result = new Applier(session).apply(plan, lines, new Cancellation());
      out.print(PlanReport.text(result));
      out.flush();
      if (!result.succeeded()) {
        spec.commandLine().getErr().println("apply failed: " + NetwrightCommand.oneLine(result.failure()));
        spec.commandLine().getErr().flush();
        return ExitCode.NEGATIVE;
      }
      return ExitCode.OK;
    }
  }

  private static boolean confirmed(PrintWriter out, Plan plan) {
    out.print("Apply these " + plan.changes().size() + " changes? [y/N] ");
    out.flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
