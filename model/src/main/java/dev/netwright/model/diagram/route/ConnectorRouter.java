package dev.netwright.model.diagram.route;

import dev.netwright.model.diagram.TextMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes the connections of a drawing. One instance serves one drawing over its edits (it may keep
 * what it routed before, so that a second call after a small edit re-routes only what the edit
 * touched).
 *
 * <p>This first version draws one elbow between the boxes' centres; orthogonal routing around
 * the obstacles replaces it.
 */
public final class ConnectorRouter {
  /** The size, in points, of connector labels. */
  public static final double LABEL_SIZE = 10;
  private final TextMetrics metrics;

  public ConnectorRouter(TextMetrics metrics) {
    this.metrics = metrics;
  }

  /** The route of every request whose two ends are among {@code obstacles}, in request order. */
  public List<RoutedConnector> route(List<Obstacle> obstacles, List<ConnectorRequest> requests) {
    Map<String, Box> boxes = new HashMap<>();
    for (Obstacle obstacle : obstacles) {
      boxes.put(obstacle.id(), obstacle.box());
    }
    List<RoutedConnector> routed = new ArrayList<>();
    for (ConnectorRequest request : requests) {
      Box from = boxes.get(request.fromId());
      Box to = boxes.get(request.toId());
      if (from == null || to == null) {
        continue;
      }
      Point start = new Point(from.centerX(), from.centerY());
      Point elbow = new Point(to.centerX(), from.centerY());
      Point end = new Point(to.centerX(), to.centerY());
      Box label = null;
      if (!request.label().isEmpty()) {
        double width = metrics.width(request.label(), LABEL_SIZE, false);
        label = new Box(elbow.x() - width / 2, elbow.y() - metrics.lineHeight(LABEL_SIZE), width,
            metrics.lineHeight(LABEL_SIZE));
      }
      routed.add(new RoutedConnector(request.id(), List.of(start, elbow, end), label));
    }
    return routed;
  }
}
