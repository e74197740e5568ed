package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import java.util.List;
import java.util.Set;

/**
 * What a drawing shows besides the design: which lines ({@code layer}, with {@code selection} for
 * {@link LineLayer#SELECTION}), the highlighted path's hops in order, and the VPC that shows an
 * empty drop lane while a subnet is dragged over it (null for none).
 */
public record DrawingOptions(LineLayer layer, Set<ElementId> selection, List<ElementId> pathHops, ElementId dropLaneVpc) {
  /** Every line, no path, no drop lane: what the {@code diagram} command draws. */
  public static final DrawingOptions ALL_LINES = new DrawingOptions(LineLayer.ALL, Set.of(), List.of(), null);

  public DrawingOptions {
    selection = Set.copyOf(selection);
    pathHops = List.copyOf(pathHops);
  }
}
