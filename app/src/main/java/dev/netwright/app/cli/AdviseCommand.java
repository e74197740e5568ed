package dev.netwright.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.Advisor;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.cost.Recommendation;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.traffic.Traffic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright advise FILE}: endpoint recommendations with their monthly savings
 * (docs/cost.md). Exit 0 whether or not there is advice, 2 on bad input.
 */
@Command(name = "advise", description = "Recommends endpoint changes that save money, each with its monthly saving.")
public final class AdviseCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Mixin
  private FormatOption output;

  @Mixin
  private TrafficOption traffic;

  @Override
  public Integer call() {
    Document document = Inputs.loadSound(file).document();
    Traffic assumption = traffic.of(document);
    Topology topology = document.topology();
    PriceTable prices = PriceTable.standard();
    List<Recommendation> recommendations = Advisor.advise(topology, prices, assumption);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, json(recommendations));
    } else {
      CostText.advice(recommendations, prices, assumption, topology).forEach(out::println);
    }
    return ExitCode.OK;
  }

  static ObjectNode json(List<Recommendation> recommendations) {
    ObjectNode root = Json.object();
    ArrayNode array = root.putArray("recommendations");
    for (Recommendation recommendation : recommendations) {
      ObjectNode node = array.addObject();
      node.put("kind", recommendation.kind());
      ArrayNode elements = node.putArray("elements");
      recommendation.elements().stream().map(ElementId::value).forEach(elements::add);
      node.put("message", recommendation.message());
      node.put("monthlySavings", recommendation.monthlySavings().doubleValue());
    }
    return root;
  }
}
