package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import java.util.Map;
import java.util.Set;

/**
 * What is drawn over the drawing: the selection, the error badges, the highlighted path's hop
 * markers, how many findings each VPC has (for the summary cards at low zoom), short marks on
 * elements (the drift between the design and an account: "+", "~"), and the cost panel's marks.
 */
public record Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path,
    Map<ElementId, Integer> findingsPerVpc, Map<ElementId, String> marks, CostMarks costMarks) {
  public static final Decorations NONE = new Decorations(Set.of(), Set.of(), HighlightedPath.NONE);

  public Decorations {
    selection = Set.copyOf(selection);
    errors = Set.copyOf(errors);
    findingsPerVpc = Map.copyOf(findingsPerVpc);
    marks = Map.copyOf(marks);
    costMarks = costMarks == null ? CostMarks.NONE : costMarks;
  }

  public Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path,
      Map<ElementId, Integer> findingsPerVpc) {
    this(selection, errors, path, findingsPerVpc, Map.of(), CostMarks.NONE);
  }

  /** Decorations without counts, marks or cost marks. */
  public Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path) {
    this(selection, errors, path, Map.of(), Map.of(), CostMarks.NONE);
  }
}
