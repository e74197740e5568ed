package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the router's tests check of a routed drawing. */
final class RouteAssertions {
  private RouteAssertions() {
  }

  /** The ids of the boxes {@code connector} runs through that are neither an end nor contain one. */
  static List<String> boxesCrossed(RoutedConnector connector, ConnectorRequest request, List<Obstacle> obstacles) {
    Map<String, Obstacle> byId = new HashMap<>();
    obstacles.forEach(o -> byId.put(o.id(), o));
    Set<String> allowed = new HashSet<>();
    for (String end : List.of(request.fromId(), request.toId())) {
      for (Obstacle o = byId.get(end); o != null && allowed.add(o.id()); o = o.parentId() == null ? null : byId.get(o.parentId())) {
        // climbs from the end to the top
      }
    }
    List<String> crossed = new ArrayList<>();
    for (Obstacle obstacle : obstacles) {
      if (!allowed.contains(obstacle.id()) && Polyline.crosses(connector.points(), obstacle.box())) {
        crossed.add(obstacle.id());
      }
    }
    return crossed;
  }

  /** Whether every segment of the line is horizontal or vertical. */
  static boolean orthogonal(List<Point> points) {
    for (int k = 0; k + 1 < points.size(); k++) {
      Point a = points.get(k);
      Point b = points.get(k + 1);
      if (Math.abs(a.x() - b.x()) > 1e-6 && Math.abs(a.y() - b.y()) > 1e-6) {
        return false;
      }
    }
    return true;
  }

  /** Whether the point lies on the outline of the box. */
  static boolean onEdge(Point point, Box box) {
    boolean withinX = point.x() >= box.x() - 1e-6 && point.x() <= box.maxX() + 1e-6;
    boolean withinY = point.y() >= box.y() - 1e-6 && point.y() <= box.maxY() + 1e-6;
    boolean onVertical = Math.abs(point.x() - box.x()) < 1e-6 || Math.abs(point.x() - box.maxX()) < 1e-6;
    boolean onHorizontal = Math.abs(point.y() - box.y()) < 1e-6 || Math.abs(point.y() - box.maxY()) < 1e-6;
    return withinX && withinY && (onVertical || onHorizontal);
  }

  /** The length of the stretch along which two lines run on top of each other. */
  static double sharedLength(List<Point> first, List<Point> second) {
    double shared = 0;
    for (int i = 0; i + 1 < first.size(); i++) {
      for (int j = 0; j + 1 < second.size(); j++) {
        shared += overlap(first.get(i), first.get(i + 1), second.get(j), second.get(j + 1));
      }
    }
    return shared;
  }

  private static double overlap(Point a, Point b, Point c, Point d) {
    boolean firstHorizontal = Math.abs(a.y() - b.y()) < 1e-6;
    boolean secondHorizontal = Math.abs(c.y() - d.y()) < 1e-6;
    if (firstHorizontal != secondHorizontal) {
      return 0;
    }
    if (firstHorizontal) {
      if (Math.abs(a.y() - c.y()) > 1e-6) {
        return 0;
      }
      return Math.max(0, Math.min(Math.max(a.x(), b.x()), Math.max(c.x(), d.x()))
          - Math.max(Math.min(a.x(), b.x()), Math.min(c.x(), d.x())));
    }
    if (Math.abs(a.x() - c.x()) > 1e-6) {
      return 0;
    }
    return Math.max(0, Math.min(Math.max(a.y(), b.y()), Math.max(c.y(), d.y()))
        - Math.max(Math.min(a.y(), b.y()), Math.min(c.y(), d.y())));
  }
}
