package dev.netwright.app.cli;

import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathMatrix;
import dev.netwright.model.path.Target;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright paths FILE}: every subnet × every target the design mentions (s3, dynamodb,
 * internet, each interface endpoint's service, each VPN gateway's on-premises networks, each
 * external VPC up to its peering). In text,
 * a paragraph per source subnet; in JSON, {@code {"paths": [...]}} with each entry shaped as
 * {@code reach}'s answer.
 */
@Command(name = "paths", description = "Answers every subnet × every target the design mentions (s3, dynamodb, internet, each"
    + " interface endpoint's service, each VPN gateway's on-premises networks, each external VPC).")
public final class PathsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Mixin
  private FormatOption output;

  @Override
  public Integer call() {
    PathMatrix matrix = PathMatrix.of(Inputs.loadSound(file).document().topology());
    List<PathAnswer> answers = matrix.answers();
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, PathJson.paths(answers));
    } else {
      printText(out, matrix, answers);
    }
    return ExitCode.OK;
  }

  private void printText(PrintWriter out, PathMatrix matrix, List<PathAnswer> answers) {
    Map<String, List<PathAnswer>> bySource = new LinkedHashMap<>();
    answers.forEach(answer -> bySource.computeIfAbsent(answer.from(), key -> new java.util.ArrayList<>()).add(answer));
    int width = matrix.targets().stream().map(Target::text).mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, List<PathAnswer>> source : bySource.entrySet()) {
      PathAnswer first = source.getValue().get(0);
      String where = first.hops().isEmpty() || first.hops().get(0).detail().isEmpty() ? "" : " (" + first.hops().get(0).detail() + ")";
      out.println(source.getKey() + where);
      for (PathAnswer answer : source.getValue()) {
        String label = String.format("%-" + width + "s", answer.to());
        out.println("  " + label + "  " + PathText.verdict(answer));
        if (answer.hops().size() > 1) {
          out.println("  " + " ".repeat(width) + "    " + PathText.chain(answer, 1));
        }
        if (answer.blockedBy() != null) {
          out.println("  " + " ".repeat(width) + "    blocked at " + answer.blockedBy().id() + ": " + answer.blockedBy().reason());
        }
      }
      out.println();
    }
    long reachable = answers.stream().filter(PathAnswer::reachable).count();
    out.println(file + ": " + bySource.size() + " subnets × " + matrix.targets().size() + " targets: " + reachable + " reachable, "
        + (answers.size() - reachable) + " not reachable");
  }
}
