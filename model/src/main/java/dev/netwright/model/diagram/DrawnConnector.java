package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.Point;
import java.util.List;

/**
 * One drawn connection between two elements' boxes: its kind, its routed polyline, and its label
 * with the label's box ({@code labelBox} null when it has no label).
 */
public record DrawnConnector(String fromId, String toId, ConnectorKind kind, String label, List<Point> points,
    Box labelBox) {
  public DrawnConnector {
    points = List.copyOf(points);
  }
}
