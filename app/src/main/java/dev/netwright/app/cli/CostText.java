package dev.netwright.app.cli;

import dev.netwright.model.cost.CostEstimate;
import dev.netwright.model.cost.CostItem;
import dev.netwright.model.cost.Flow;
import dev.netwright.model.cost.Money;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.cost.Recommendation;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.traffic.Traffic;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The text answers of {@code cost} and {@code advise}: a short note an engineer would write, figures lined up. */
final class CostText {
  private CostText() {
  }

  static List<String> estimate(Path file, CostEstimate estimate, Topology topology) {
    List<String> lines = new ArrayList<>();
    lines.add("Monthly cost of " + file + " in " + estimate.region() + ", at the AWS list prices of " + estimate.priceDate()
        + " (" + estimate.currency() + "):");
    int idWidth = Math.max(2, estimate.items().stream().mapToInt(item -> item.id().length()).max().orElse(0));
    int kindWidth = estimate.items().stream().mapToInt(item -> item.kind().length()).max().orElse(0);
    int moneyWidth = estimate.items().stream().mapToInt(item -> money(estimate, item.monthly()).length()).max().orElse(0);
    for (CostItem item : estimate.items()) {
      lines.add(String.format("  %-" + idWidth + "s  %-" + kindWidth + "s  %" + moneyWidth + "s  %s", item.id(), item.kind(),
          money(estimate, item.monthly()), item.detail()));
    }
    if (estimate.items().isEmpty()) {
      lines.add("  nothing billed: the design has no NAT gateway, no endpoint, no stated flow and no traffic across Availability Zones");
    }
    lines.add("Total: " + money(estimate, estimate.monthlyTotal()) + " a month.");
    lines.add(assumption(estimate.traffic(), topology));
    if (estimate.fallbackPrices()) {
      lines.add("The price table has no prices of its own for a region of this design; its fallback region's prices stand in"
          + " (each item so priced says so).");
    }
    return lines;
  }

  /** {@code This change: +$32.85 a month (after.json against before.json).} */
  static String difference(Path before, Path after, CostEstimate estimate, BigDecimal difference) {
    return "Difference: " + Money.signed(estimate.currency(), difference) + " a month (" + after + " against " + before + ").";
  }


  static List<String> advice(List<Recommendation> recommendations, PriceTable prices, Traffic traffic, Topology topology) {
    List<String> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Recommendation recommendation : recommendations) {
      lines.add(recommendation.kind() + " [" + recommendation.elements().stream().map(Object::toString).collect(Collectors.joining(", "))
          + "]: saves " + Money.amount(prices.currency(), recommendation.monthlySavings()) + " a month");
      lines.add("  " + recommendation.message());
      total = total.add(recommendation.monthlySavings());
    }
    if (recommendations.isEmpty()) {
      lines.add("No endpoint change to recommend: no S3 or DynamoDB traffic goes through a NAT gateway where a gateway endpoint"
          + " could carry it, and every interface endpoint has clients in each of its zones.");
    } else {
      lines.add(recommendations.size() + (recommendations.size() == 1 ? " recommendation" : " recommendations") + ", saving "
          + Money.amount(prices.currency(), total) + " a month together, at the AWS list prices of " + prices.priceDate() + ".");
    }
    lines.add(assumption(traffic, topology));
    return lines;
  }

  private static String assumption(Traffic traffic, Topology topology) {
    List<Target> targets = traffic.unstated().targets(topology);
    String services = targets.stream().map(Flow::label).collect(Collectors.joining(", "));
    String assumed = "Traffic assumed: " + Money.gigabytes(traffic.unstated().gbPerSubnet()) + " a month from each subnet to "
        + (targets.size() == 1 ? "" : "each of ") + services;
    if (traffic.flows().isEmpty()) {
      return assumed + " (--gb-per-subnet), along the paths 'netwright paths' shows; internet and on-premises traffic are"
          + " not counted.";
    }
    return "Traffic stated: " + traffic.flows().size() + (traffic.flows().size() == 1 ? " flow" : " flows")
        + " (the flow items). " + assumed + " where no flow is stated (--gb-per-subnet), along the paths 'netwright paths' shows.";
  }

  private static String money(CostEstimate estimate, BigDecimal amount) {
    return Money.amount(estimate.currency(), amount);
  }
}
