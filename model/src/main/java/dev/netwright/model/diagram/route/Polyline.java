package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.List;

/** Geometry of orthogonal polylines: simplifying them and testing them against boxes. */
final class Polyline {
  private static final double EPSILON = 1e-6;

  private Polyline() {
  }

  /** The same line without repeated points or points in the middle of a straight run. */
  static List<Point> simplified(List<Point> points) {
    List<Point> kept = new ArrayList<>(points.size());
    for (Point point : points) {
      if (!kept.isEmpty() && same(kept.get(kept.size() - 1), point)) {
        continue;
      }
      if (kept.size() >= 2 && collinear(kept.get(kept.size() - 2), kept.get(kept.size() - 1), point)) {
        kept.set(kept.size() - 1, point);
      } else {
        kept.add(point);
      }
    }
    return kept;
  }

  /** Whether the segment from {@code a} to {@code b} runs through the inside of {@code box}. */
  static boolean crosses(Point a, Point b, Box box) {
    double minX = Math.min(a.x(), b.x());
    double maxX = Math.max(a.x(), b.x());
    double minY = Math.min(a.y(), b.y());
    double maxY = Math.max(a.y(), b.y());
    if (maxX - minX < EPSILON) {
      return minX > box.x() + EPSILON && minX < box.maxX() - EPSILON && maxY > box.y() + EPSILON
          && minY < box.maxY() - EPSILON;
    }
    if (maxY - minY < EPSILON) {
      return minY > box.y() + EPSILON && minY < box.maxY() - EPSILON && maxX > box.x() + EPSILON
          && minX < box.maxX() - EPSILON;
    }
    return maxX > box.x() && minX < box.maxX() && maxY > box.y() && minY < box.maxY();
  }

  /** Whether any segment of {@code points} runs through the inside of {@code box}. */
  static boolean crosses(List<Point> points, Box box) {
    for (int k = 0; k + 1 < points.size(); k++) {
      if (crosses(points.get(k), points.get(k + 1), box)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Point a, Point b) {
    return Math.abs(a.x() - b.x()) < EPSILON && Math.abs(a.y() - b.y()) < EPSILON;
  }

  private static boolean collinear(Point a, Point b, Point c) {
    return (Math.abs(a.x() - b.x()) < EPSILON && Math.abs(b.x() - c.x()) < EPSILON)
        || (Math.abs(a.y() - b.y()) < EPSILON && Math.abs(b.y() - c.y()) < EPSILON);
  }
}
