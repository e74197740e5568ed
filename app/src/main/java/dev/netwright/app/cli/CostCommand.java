package dev.netwright.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.cost.CostEstimate;
import dev.netwright.model.cost.CostItem;
import dev.netwright.model.cost.Money;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.document.Document;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code netwright cost FILE [--compare OTHER]}: the monthly cost of a design's NAT gateways,
 * endpoints, cross-AZ transfer and stated flows at the dated list prices (docs/cost.md), or of two
 * designs and the difference. Exit 0, or 2 on bad input.
 */
@Command(name = "cost", description = "Estimates the monthly cost of a design's NAT gateways, endpoints, cross-AZ transfer and"
    + " the traffic flows it states; with --compare, of two designs and the difference.")
public final class CostCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A Netwright design (.json) or a CloudFormation template (YAML or JSON).")
  private Path file;

  @Mixin
  private FormatOption output;

  @Option(names = "--compare", paramLabel = "OTHER",
      description = "A second design (or template) to price the same way: prints both bills and the difference, OTHER minus FILE.")
  private Path compare;

  @Mixin
  private TrafficOption traffic;

  @Override
  public Integer call() {
    Document document = Inputs.loadSound(file).document();
    Document other = compare == null ? null : Inputs.loadSound(compare).document();
    PriceTable prices = PriceTable.standard();
    CostEstimate estimate = estimate(document, prices);
    PrintWriter out = spec.commandLine().getOut();
    if (other == null) {
      if (output.json()) {
        Json.print(out, json(estimate));
      } else {
        CostText.estimate(file, estimate, document.topology()).forEach(out::println);
      }
      return ExitCode.OK;
    }
    CostEstimate after = estimate(other, prices);
    BigDecimal difference = after.monthlyTotal().subtract(estimate.monthlyTotal());
    if (output.json()) {
      ObjectNode root = Json.object();
      root.set("before", json(estimate));
      root.set("after", json(after));
      root.put("monthlyDifference", Money.cents(difference).doubleValue());
      Json.print(out, root);
    } else {
      CostText.estimate(file, estimate, document.topology()).forEach(out::println);
      out.println();
      CostText.estimate(compare, after, other.topology()).forEach(out::println);
      out.println();
      out.println(CostText.difference(file, compare, estimate, difference));
    }
    return ExitCode.OK;
  }

  private CostEstimate estimate(Document document, PriceTable prices) {
    return CostEstimate.of(document.topology(), document.region(), prices, traffic.of(document));
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
