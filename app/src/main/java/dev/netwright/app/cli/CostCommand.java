package dev.netwright.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.cost.CostEstimate;
import dev.netwright.model.cost.CostItem;
import dev.netwright.model.cost.Money;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.document.Document;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright cost FILE}: the monthly cost of a design's NAT gateways, endpoints and cross-AZ
 * transfer at the dated list prices (docs/cost.md). Exit 0, or 2 on bad input.
 */
@Command(name = "cost", description = "Estimates the monthly cost of a design's NAT gateways, endpoints and cross-AZ transfer.")
public final class CostCommand implements Callable<Integer> {
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
    var assumption = traffic.assumption();
    Document document = Inputs.loadSound(file).document();
    PriceTable prices = PriceTable.standard();
    CostEstimate estimate = CostEstimate.of(document, prices, assumption);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Json.print(out, json(estimate));
    } else {
      CostText.estimate(file, estimate, prices, document.topology()).forEach(out::println);
    }
    return ExitCode.OK;
  }

  static ObjectNode json(CostEstimate estimate) {
    ObjectNode root = Json.object();
    root.put("currency", estimate.currency());
    root.put("region", estimate.region().name());
    root.put("priceDate", estimate.priceDate().toString());
    root.put("monthlyTotal", estimate.monthlyTotal().doubleValue());
    // an extension of CLI.md's shape: true when a region of the design has no prices of its own
    root.put("fallbackPrices", estimate.fallbackPrices());
    ArrayNode items = root.putArray("items");
    for (CostItem item : estimate.items()) {
      ObjectNode node = items.addObject();
      node.put("id", item.id());
      node.put("kind", item.kind());
      node.put("monthly", Money.cents(item.monthly()).doubleValue());
      node.put("detail", item.detail());
    }
    return root;
  }
}
