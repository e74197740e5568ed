package dev.netwright.app.ui.panels;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.model.ElementId;
import dev.netwright.model.cost.Advisor;
import dev.netwright.model.cost.CostEstimate;
import dev.netwright.model.cost.CostItem;
import dev.netwright.model.cost.Flow;
import dev.netwright.model.cost.Money;
import dev.netwright.model.cost.PriceTable;
import dev.netwright.model.cost.Recommendation;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Topology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the cost panel shows for one document, worked out off the FX thread: the estimate,
 * the advice with the total each piece of it would leave, the labels of the stated flows along
 * their paths, and the elements that cost most.
 */
record CostFigures(Document document, CostEstimate estimate, List<Advice> advice, List<CostMarks.FlowLabel> flowLabels,
    Map<ElementId, String> costliest) {
  /** How many of the costliest elements the canvas marks. */
  static final int COSTLIEST = 3;

  /** A recommendation and the monthly total once it is followed. */
  record Advice(Recommendation recommendation, BigDecimal totalAfter) {
  }

  static CostFigures of(Document document, PriceTable prices) {
    CostEstimate estimate = CostEstimate.of(document, prices);
    List<Advice> advice = new ArrayList<>();
    for (Recommendation recommendation : Advisor.advise(document, prices)) {
      // advice carried out by hand has no changed design to price: its saving comes off today's total
      BigDecimal after = recommendation.fix().automatic()
          ? CostEstimate.of(recommendation.fix().applyTo(document), prices).monthlyTotal()
          : estimate.monthlyTotal().subtract(recommendation.monthlySavings());
      advice.add(new Advice(recommendation, after));
    }
    Topology topology = document.topology();
    Map<String, CostItem> flowItems = new LinkedHashMap<>();
    estimate.items().stream().filter(item -> item.kind().equals(CostItem.FLOW)).forEach(item -> flowItems.put(item.id(), item));
    List<CostMarks.FlowLabel> labels = new ArrayList<>();
    for (Flow flow : estimate.flows()) {
      CostItem item = flowItems.get(flow.stated().id().value());
      String text = flow.stated().id() + " · " + Money.gigabytes(flow.totalGb()) + " · " + Money.amount(estimate.currency(),
          item == null ? BigDecimal.ZERO : item.monthly());
      labels.add(new CostMarks.FlowLabel(PathPanel.highlightOf(topology, flow.path()).hops(), text));
    }
    return new CostFigures(document, estimate, advice, labels, costliest(estimate));
  }

  /** The elements of the costliest items, each with its figure; a flow's figure is marked on the subnet it starts at. */
  private static Map<ElementId, String> costliest(CostEstimate estimate) {
    Map<String, ElementId> flowSources = new LinkedHashMap<>();
    estimate.flows().forEach(flow -> flowSources.put(flow.stated().id().value(), flow.source().id()));
    Map<ElementId, String> marks = new LinkedHashMap<>();
    estimate.items().stream().filter(item -> item.monthly().signum() > 0)
        .sorted(Comparator.comparing(CostItem::monthly).reversed())
        .forEach(item -> {
          if (marks.size() < COSTLIEST) {
            ElementId at = flowSources.getOrDefault(item.id(), ElementId.of(item.id()));
            marks.putIfAbsent(at, Money.amount(estimate.currency(), item.monthly()) + "/mo");
          }
        });
    return marks;
  }
}
