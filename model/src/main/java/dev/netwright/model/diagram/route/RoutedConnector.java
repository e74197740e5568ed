package dev.netwright.model.diagram.route;

import java.util.List;

/**
 * A routed connection: its polyline from the edge of the first box to the edge of the second,
 * and where its label's box sits ({@code label} null when the request had none).
 */
public record RoutedConnector(String id, List<Point> points, Box label) {
  public RoutedConnector {
    points = List.copyOf(points);
  }
}
