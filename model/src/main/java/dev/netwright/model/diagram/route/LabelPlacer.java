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
  private static final double STEP = 8;
  private static final int MAX_STEPS = 40;
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
      boolean container = open.contains(obstacle.id()) && box.encloses(label) && label.y() >= box.y() + header;
      if (!container && ++count >= limit) {
        return count;
      }
    }
    return count;
  }

  /**
   * Places beside the line's segments, longest middle segments first, then the end stubs; along
   * each from its middle outwards, a label's height apart; first right beside the line, then a
   * row further out.
   */
  private static List<Box> candidates(List<Point> points, double width, double height) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k + 1 < points.size(); k++) {
      order.add(k);
    }
    int last = points.size() - 2;
    order.sort(Comparator.comparingInt((Integer k) -> k == 0 || k == last ? 1 : 0)
        .thenComparingDouble(k -> -length(points.get(k), points.get(k + 1))));
    List<Box> boxes = new ArrayList<>();
    for (double away : new double[] {GAP, 2 * GAP + height, 3 * GAP + 2 * height}) {
      for (int k : order) {
        Point a = points.get(k);
        Point b = points.get(k + 1);
        boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
        double length = length(a, b);
        int steps = (int) Math.min(MAX_STEPS, Math.floor(length / 2 / STEP));
        for (int step = 0; step <= steps; step++) {
          for (int sign : step == 0 ? new int[] {1} : new int[] {1, -1}) {
            double t = 0.5 + sign * step * STEP / Math.max(length, 1e-9);
            double x = a.x() + (b.x() - a.x()) * t;
            double y = a.y() + (b.y() - a.y()) * t;
            if (horizontal) {
              boxes.add(new Box(x - width / 2, y - away - height, width, height));
              boxes.add(new Box(x - width / 2, y + away, width, height));
            } else {
              boxes.add(new Box(x + away, y - height / 2, width, height));
              boxes.add(new Box(x - away - width, y - height / 2, width, height));
            }
          }
        }
      }
    }
    return boxes;
  }

  private static double length(Point a, Point b) {
    return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
  }
}
