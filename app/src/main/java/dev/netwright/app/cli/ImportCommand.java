package dev.netwright.app.cli;

import dev.netwright.app.aws.AccountImporter;
import dev.netwright.app.aws.AwsSession;
import dev.netwright.app.aws.Cancellation;
import dev.netwright.model.format.DesignFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code netwright import [--region R|all]... [--profile P]... [--role-arn ARN]... [--endpoint-url URL] [--vpc ID]... -o OUT}:
 * live accounts into one design.
 */
@Command(name = "import", description = "Reads the VPCs of live accounts (one or many profiles or roles, one or many regions) into"
    + " one design.")
public final class ImportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private AwsOptions aws = new AwsOptions();

  @Mixin
  private ProgressOption progress = new ProgressOption();

  @Option(names = "--vpc", paramLabel = "ID", description = "Import only this VPC (repeatable); default: every VPC.")
  private List<String> vpcs = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "The design file to write (- for standard output).")
  private Path output;

  @Override
  public Integer call() {
    try (AwsSession session = AwsSession.open(aws.settings())) {
      AccountImporter.Result result = new AccountImporter(session).importAccount(new LinkedHashSet<>(vpcs), progress.listener(),
          new Cancellation());
      CommandOutput.write(spec, output, new DesignFile().toJson(result.document()));
      PrintWriter err = spec.commandLine().getErr();
      result.warnings().forEach(warning -> err.println("warning: " + warning));
      // with -o - the design is standard output: the summary goes beside it, not into it
      PrintWriter summary = CommandOutput.isStandardOutput(output) ? err : spec.commandLine().getOut();
      summary.println("wrote " + output + ": " + result.document().topology().size() + " elements");
      summary.flush();
      err.flush();
      return ExitCode.OK;
    }
  }
}
