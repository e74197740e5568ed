package dev.netwright.app.ui.canvas;

import dev.netwright.app.ui.HighlightedPath;
import dev.netwright.model.ElementId;
import java.util.Set;

/** What is drawn over the views: the selection, the error badges and the highlighted path. */
public record Decorations(Set<ElementId> selection, Set<ElementId> errors, HighlightedPath path) {
  public static final Decorations NONE = new Decorations(Set.of(), Set.of(), HighlightedPath.NONE);

  public Decorations {
    selection = Set.copyOf(selection);
    errors = Set.copyOf(errors);
  }
}
