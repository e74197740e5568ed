package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import java.util.Map;
import java.util.Set;

/**
 * What is drawn over the drawing: the selection, the error badges, the highlighted path's hop
 * markers, and how many findings each VPC has (for the summary cards at low zoom).
 */
public record Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path,
    Map<ElementId, Integer> findingsPerVpc) {
  public static final Decorations NONE = new Decorations(Set.of(), Set.of(), HighlightedPath.NONE, Map.of());

  public Decorations {
    selection = Set.copyOf(selection);
    errors = Set.copyOf(errors);
    findingsPerVpc = Map.copyOf(findingsPerVpc);
  }
}
