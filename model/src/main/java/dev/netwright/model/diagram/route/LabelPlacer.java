package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Puts connector labels beside their lines, clear of boxes and of the labels already placed. A
 * label may lie inside a box only when that box contains one of the connector's ends (the VPC a
 * route runs in), and then not on its title strip. Where no place is clear, the label goes where
 * it meets the fewest boxes and labels.
 */
final class LabelPlacer {
  /** A placed label, by connector. */
  record Placed(String connector, Box box) {
  }

  private static final double GAP = 3;
  private static final double[] ALONG = {0.5, 0.3, 0.7, 0.15, 0.85};
  private final double header;
  private final BoxIndex<Placed> placed = new BoxIndex<>(128, Placed::box);

  LabelPlacer(double header) {
    this.header = header;
  }

  void remove(Placed label) {
    placed.remove(label);
  }

  /** Places a {@code width} × {@code height} label for {@code points} and remembers it. */
  Placed place(String connector, List<Point> points, double width, double height, ObstacleSet obstacles,
      Set<String> open) {
    Box best = null;
    int fewest = Integer.MAX_VALUE;
    for (Box candidate : candidates(points, width, height)) {
      int conflicts = conflicts(candidate, obstacles, open, fewest);
      if (conflicts < fewest) {
        fewest = conflicts;
        best = candidate;
        if (conflicts == 0) {
          break;
        }
      }
    }
    Placed label = new Placed(connector, best);
    placed.add(label);
    return label;
  }

  /** Whether a placed label now meets a box it must stay clear of. */
  boolean blocked(Box label, ObstacleSet obstacles, Set<String> open) {
    return obstacleConflicts(label, obstacles, open, 1) > 0;
  }

  private int conflicts(Box label, ObstacleSet obstacles, Set<String> open, int limit) {
    int count = placed.meeting(label).stream().mapToInt(p -> p.box().overlaps(label) ? 1 : 0).sum();
    return count >= limit ? count : count + obstacleConflicts(label, obstacles, open, limit - count);
  }

  private int obstacleConflicts(Box label, ObstacleSet obstacles, Set<String> open, int limit) {
    int count = 0;
    for (Obstacle obstacle : obstacles.meeting(label)) {
      Box box = obstacle.box();
      if (!box.overlaps(label)) {
        continue;
      }
      boolean container = open.contains(obstacle.id()) && inside(label, box) && label.y() >= box.y() + header;
      if (!container && ++count >= limit) {
        return count;
      }
    }
    return count;
  }

  private static boolean inside(Box inner, Box outer) {
    return inner.x() >= outer.x() && inner.maxX() <= outer.maxX() && inner.y() >= outer.y()
        && inner.maxY() <= outer.maxY();
  }

  /** Places beside the line's segments, longest middle segments first, then the end stubs. */
  private static List<Box> candidates(List<Point> points, double width, double height) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k + 1 < points.size(); k++) {
      order.add(k);
    }
    int last = points.size() - 2;
    order.sort(Comparator.comparingInt((Integer k) -> k == 0 || k == last ? 1 : 0)
        .thenComparingDouble(k -> -length(points.get(k), points.get(k + 1))));
    List<Box> boxes = new ArrayList<>();
    for (int k : order) {
      Point a = points.get(k);
      Point b = points.get(k + 1);
      boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
      for (double t : ALONG) {
        double x = a.x() + (b.x() - a.x()) * t;
        double y = a.y() + (b.y() - a.y()) * t;
        if (horizontal) {
          boxes.add(new Box(x - width / 2, y - GAP - height, width, height));
          boxes.add(new Box(x - width / 2, y + GAP, width, height));
        } else {
          boxes.add(new Box(x + GAP, y - height / 2, width, height));
          boxes.add(new Box(x - GAP - width, y - height / 2, width, height));
        }
      }
    }
    return boxes;
  }

  private static double length(Point a, Point b) {
    return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
  }
}
