package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.CostMarks;
import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import java.util.Set;

/** What is drawn over the views: the selection, the error badges, the highlighted path and the cost panel's marks. */
public record Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path, CostMarks costMarks) {
  public static final Decorations NONE = new Decorations(Set.of(), Set.of(), HighlightedPath.NONE, CostMarks.NONE);

  public Decorations {
    selection = Set.copyOf(selection);
    errors = Set.copyOf(errors);
    costMarks = costMarks == null ? CostMarks.NONE : costMarks;
  }

  /** Decorations without cost marks. */
  public Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path) {
    this(selection, errors, path, CostMarks.NONE);
  }
}
