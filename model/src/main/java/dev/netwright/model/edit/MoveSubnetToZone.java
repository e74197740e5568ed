package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Subnet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A subnet dragged into another Availability Zone's lane: its new zone and the new bounds of it
 * and its contents, as one step (one drag, one undo).
 */
public final class MoveSubnetToZone implements Command {
  private final String label;
  private final Subnet rezoned;
  private final Map<ElementId, Bounds> bounds;

  MoveSubnetToZone(String label, Subnet rezoned, Map<ElementId, Bounds> bounds) {
    this.label = label;
    this.rezoned = rezoned;
    this.bounds = Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
  }

  public Subnet subnet() {
    return rezoned;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return document.with(document.topology().with(rezoned), document.layout().with(bounds));
  }
}
