package dev.netwright.app.cli;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Protocol;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.path.Traffic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright reach FILE --from ID --to TARGET}: one path question. Exit 0 when the target is
 * reachable, 1 when it is not, 2 on bad input (nothing on stdout then).
 */
@Command(name = "reach", description = "Answers one path question: can traffic from a subnet, a workload (or the on-premises networks"
    + " behind a VPN gateway) reach a target, and by which way?")
public final class ReachCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Option(names = "--from", required = true, paramLabel = "ID",
      description = "A subnet, a workload (an EC2 instance or another network interface), or a VPN gateway (its on-premises networks).")
  private String from;

  @Option(names = "--to", required = true, paramLabel = "TARGET",
      description = "s3, dynamodb, internet, service:NAME (e.g. service:ssm) or an element id.")
  private String to;

  @Option(names = "--port", paramLabel = "N", description = "The port the traffic is sent to (default: 443).")
  private int port = 443;

  @Option(names = "--protocol", paramLabel = "P", description = "tcp, udp or icmp (default: tcp). Services and endpoints are always"
      + " reached on TCP 443.")
  private String protocol = "tcp";

  @Mixin
  private FormatOption output;

  @Override
  public Integer call() {
    ElementId source = parse("--from", () -> ElementId.of(from));
    Target target = parse("--to", () -> Target.parse(to));
    Protocol sent = parse("--protocol", () -> Protocol.parse(protocol));
    Traffic traffic = parse(sent == Protocol.ALL ? "--protocol" : "--port", () -> new Traffic(sent, port));
    PathEngine engine = PathEngine.of(Inputs.loadSound(file).document().topology());
    PathAnswer answer;
    try {
      answer = engine.reach(source, target, traffic);
    } catch (NetwrightException e) {
      throw new NetwrightException(file + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, PathJson.answer(answer));
    } else {
      PathText.explain(answer).forEach(out::println);
    }
    return answer.reachable() ? ExitCode.OK : ExitCode.NEGATIVE;
  }

  private static <T> T parse(String option, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (NetwrightException e) {
      throw new NetwrightException(option + ": " + e.getMessage(), e);
    }
  }
}
