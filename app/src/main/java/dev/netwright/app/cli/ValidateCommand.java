package dev.netwright.app.cli;

import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code netwright validate FILE}: runs every check; exit 0 without errors, 1 with errors. */
@Command(name = "validate", description = "Runs every check on a design or a CloudFormation template.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Mixin
  private FormatOption output;

  @Override
  public Integer call() {
    LoadedInput input = Inputs.load(file);
    List<Finding> findings = new ArrayList<>(input.findings());
    findings.addAll(Checks.run(input.document().topology()));
    findings.sort(Checks.ORDER);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      var root = Json.object();
      root.set("findings", Json.findings(findings));
      Json.print(out, root);
    } else {
      printText(out, findings);
    }
    return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR) ? ExitCode.NEGATIVE : ExitCode.OK;
  }

  private void printText(PrintWriter out, List<Finding> findings) {
    for (Finding finding : findings) {
      // severities padded to one width so that the rule ids line up in a terminal
      out.println(String.format("%-7s %s [%s]: %s", finding.severity().label(), finding.rule(),
          String.join(", ", finding.elements().stream().map(Object::toString).toList()), finding.message()));
    }
    long errors = count(findings, Severity.ERROR);
    long warnings = count(findings, Severity.WARNING);
    long infos = count(findings, Severity.INFO);
    out.println(file + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info");
  }

  private static long count(List<Finding> findings, Severity severity) {
    return findings.stream().filter(finding -> finding.severity() == severity).count();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
