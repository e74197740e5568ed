package dev.netwright.app.cli;

import dev.netwright.app.aws.AwsSession;
import dev.netwright.app.aws.Cancellation;
import dev.netwright.app.aws.Plan;
import dev.netwright.app.aws.PlanReport;
import dev.netwright.app.aws.Planner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code netwright plan FILE [--region R] [--profile P] [--endpoint-url URL] [--format text|json]}: what apply would change. */
@Command(name = "plan", description = "Shows what apply would change in the account to make it match the design.")
public final class PlanCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template.")
  private Path file;

  @Mixin
  private AwsOptions aws = new AwsOptions();

  @Mixin
  private ProgressOption progress = new ProgressOption();

  @Mixin
  private FormatOption output;

  @Override
  public Integer call() {
    var design = Inputs.load(file, aws.firstRegion()).document();
    try (AwsSession session = AwsSession.open(aws.settings())) {
      Plan plan = new Planner(session).plan(design, progress.listener(), new Cancellation());
      spec.commandLine().getOut().print(output.json() ? PlanReport.json(plan) : PlanReport.text(plan));
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }
}
