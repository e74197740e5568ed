package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves the segments of one routed line across themselves by their bundle offsets, one segment at
 * a time, keeping each move only while the line stays clear of the boxes it avoids, keeps its
 * ends on the sides of their boxes and keeps every neighbouring segment heading the same way
 * (a move that fails is tried at half the distance, then dropped).
 */
final class Nudge {
  private static final double CLEARANCE = 3;
  private static final double EDGE_INSET = 3;

  private Nudge() {
  }

  static List<Point> apply(List<Point> raw, double[] offsets, List<Box> blockers, List<Box> containers, Box from,
      Box to) {
    List<Point> points = new ArrayList<>(raw);
    for (int k = 0; k < offsets.length; k++) {
      double offset = offsets[k];
      for (int attempt = 0; attempt < 3 && offset != 0; attempt++) {
        List<Point> moved = moved(points, k, offset);
        if (acceptable(points, moved, k, blockers, from, to) && !alongBorder(moved, k, containers)) {
          points = moved;
          break;
        }
        offset = attempt == 0 ? offset / 2 : 0;
      }
    }
    return points;
  }

  private static List<Point> moved(List<Point> points, int k, double offset) {
    List<Point> moved = new ArrayList<>(points);
    Point a = points.get(k);
    Point b = points.get(k + 1);
    boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
    moved.set(k, shift(a, horizontal, offset));
    moved.set(k + 1, shift(b, horizontal, offset));
    return moved;
  }

  private static Point shift(Point point, boolean horizontal, double offset) {
    return horizontal ? new Point(point.x(), point.y() + offset) : new Point(point.x() + offset, point.y());
  }

  private static boolean acceptable(List<Point> before, List<Point> after, int k, List<Box> blockers, Box from, Box to) {
    int last = after.size() - 1;
    if (k == 0 && !onSide(after.get(0), from)) {
      return false;
    }
    if (k + 1 == last && !onSide(after.get(last), to)) {
      return false;
    }
    for (int s = Math.max(0, k - 1); s <= Math.min(last - 1, k + 1); s++) {
      if (!sameHeading(before.get(s), before.get(s + 1), after.get(s), after.get(s + 1))) {
        return false;
      }
      for (Box box : blockers) {
        // by value: the blockers may be the boxes of an earlier call, kept while the line was not re-routed
        Box kept = box.equals(from) || box.equals(to) ? box : box.grown(CLEARANCE);
        if (Polyline.crosses(after.get(s), after.get(s + 1), kept)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether segment {@code k} now runs along a side of a container, closer than the clearance. */
  private static boolean alongBorder(List<Point> points, int k, List<Box> containers) {
    Point a = points.get(k);
    Point b = points.get(k + 1);
    boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
    for (Box box : containers) {
      if (horizontal) {
        boolean near = Math.abs(a.y() - box.y()) < CLEARANCE || Math.abs(a.y() - box.maxY()) < CLEARANCE;
        if (near && Math.max(a.x(), b.x()) > box.x() && Math.min(a.x(), b.x()) < box.maxX()) {
          return true;
        }
      } else {
        boolean near = Math.abs(a.x() - box.x()) < CLEARANCE || Math.abs(a.x() - box.maxX()) < CLEARANCE;
        if (near && Math.max(a.y(), b.y()) > box.y() && Math.min(a.y(), b.y()) < box.maxY()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onSide(Point point, Box box) {
    boolean vertical = Math.abs(point.x() - box.x()) < 1e-6 || Math.abs(point.x() - box.maxX()) < 1e-6;
    boolean horizontal = Math.abs(point.y() - box.y()) < 1e-6 || Math.abs(point.y() - box.maxY()) < 1e-6;
    double inset = Math.min(EDGE_INSET, Math.min(box.width(), box.height()) / 2);
    if (vertical) {
      return point.y() >= box.y() + inset && point.y() <= box.maxY() - inset;
    }
    return horizontal && point.x() >= box.x() + inset && point.x() <= box.maxX() - inset;
  }

  private static boolean sameHeading(Point a, Point b, Point c, Point d) {
    double dx1 = b.x() - a.x();
    double dy1 = b.y() - a.y();
    double dx2 = d.x() - c.x();
    double dy2 = d.y() - c.y();
    return Math.signum(Math.round(dx1 * 1e3)) == Math.signum(Math.round(dx2 * 1e3))
        && Math.signum(Math.round(dy1 * 1e3)) == Math.signum(Math.round(dy2 * 1e3))
        && Math.abs(dx2) + Math.abs(dy2) > 0.5;
  }

}
