package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives elements new bounds: a whole drag or resize, on release, as one step. Moving a VPC's
 * contents along with it is the canvas's business: it puts them all in the map.
 */
public final class MoveElements implements Command {
  private final String label;
  private final Map<ElementId, Bounds> bounds;

  MoveElements(String label, Map<ElementId, Bounds> bounds) {
    this.label = label;
    this.bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  public Map<ElementId, Bounds> bounds() {
    return bounds;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return document.withLayout(document.layout().with(bounds));
  }
}
