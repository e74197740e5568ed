package dev.netwright.app.ui;

import dev.netwright.model.ElementId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the cost panel asks the canvas to show: the stated flows as thin labels along their paths
 * (when the flow layer is on), and the elements that cost most, each with its monthly figure (on
 * demand). Empty by default.
 */
public record CostMarks(List<FlowLabel> flows, Map<ElementId, String> costliest) {
  public static final CostMarks NONE = new CostMarks(List.of(), Map.of());

  /** One flow: the elements its path crosses, in order, and what the label says ({@code AppSubnetA-s3 · 20000 GB · $900.00}). */
  public record FlowLabel(List<ElementId> hops, String text) {
    public FlowLabel {
      hops = List.copyOf(hops);
      Objects.requireNonNull(text, "text");
    }
  }

  public CostMarks {
    flows = List.copyOf(flows);
    costliest = Map.copyOf(costliest);
  }

  public boolean isEmpty() {
    return flows.isEmpty() && costliest.isEmpty();
  }
}
