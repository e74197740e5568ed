package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import java.util.List;
import java.util.Optional;

/**
 * What is drawn of a design, without a window: its boxes (parents before their children, back to
 * front) and its routed connections. The canvas, the SVG writer and the PNG writer paint this same
 * drawing, so a test of one is a test of all three.
 */
public record Drawing(List<DrawnBox> boxes, List<DrawnConnector> connectors) {
  public Drawing {
    boxes = List.copyOf(boxes);
    connectors = List.copyOf(connectors);
  }

  /** The box around everything drawn; empty for an empty design. */
  public Optional<Box> extent() {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (DrawnBox drawn : boxes) {
      Box b = drawn.box();
      minX = Math.min(minX, b.x());
      minY = Math.min(minY, b.y());
      maxX = Math.max(maxX, b.maxX());
      maxY = Math.max(maxY, b.maxY());
    }
    for (DrawnConnector connector : connectors) {
      if (connector.labelBox() != null) {
        Box b = connector.labelBox();
        minX = Math.min(minX, b.x());
        minY = Math.min(minY, b.y());
        maxX = Math.max(maxX, b.maxX());
        maxY = Math.max(maxY, b.maxY());
      }
    }
    return boxes.isEmpty() ? Optional.empty() : Optional.of(new Box(minX, minY, maxX - minX, maxY - minY));
  }

  /** The places an element is drawn in, in drawing order. */
  public List<DrawnBox> placesOf(String id) {
    return boxes.stream().filter(box -> id.equals(box.id())).toList();
  }
}
