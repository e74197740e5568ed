package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a connector may leave a box: a point on one side, the heading out of that side (0 right,
 * 1 left, 2 down, 3 up) and the stub point a margin away, where the routed part begins.
 */
record Port(Point point, Point stub, int heading) {
  private static final double INSET = 8;

  /**
   * The ports of {@code box} for a line to {@code other}: the middle of each side, and on each side
   * the point facing the other box's centre, so that boxes in line get a straight connector.
   */
  static List<Port> around(Box box, Box other, double margin) {
    List<Port> ports = new ArrayList<>(8);
    for (double x : positions(box.x(), box.maxX(), other.x(), other.maxX())) {
      ports.add(new Port(new Point(x, box.maxY()), new Point(x, box.maxY() + margin), 2));
      ports.add(new Port(new Point(x, box.y()), new Point(x, box.y() - margin), 3));
    }
    for (double y : positions(box.y(), box.maxY(), other.y(), other.maxY())) {
      ports.add(new Port(new Point(box.maxX(), y), new Point(box.maxX() + margin, y), 0));
      ports.add(new Port(new Point(box.x(), y), new Point(box.x() - margin, y), 1));
    }
    return ports;
  }

  /**
   * The middle of a side, and the point facing the other box: the middle of the stretch both boxes
   * span when they overlap on this axis (the same point for both ends), else the nearest point.
   */
  private static double[] positions(double low, double high, double otherLow, double otherHigh) {
    double middle = (low + high) / 2;
    double inset = Math.min(INSET, (high - low) / 2);
    double shared = (Math.max(low, otherLow) + Math.min(high, otherHigh)) / 2;
    double facing = Math.max(low, otherLow) < Math.min(high, otherHigh) ? shared : (otherLow + otherHigh) / 2;
    double aligned = Math.max(low + inset, Math.min(high - inset, facing));
    return Math.abs(aligned - middle) < 1 ? new double[] {middle} : new double[] {middle, aligned};
  }

  /** How many of {@code blockers} (other than {@code own}) the stub runs through. */
  int crossings(List<Box> blockers, Box own) {
    int count = 0;
    for (Box box : blockers) {
      if (!box.equals(own) && Polyline.crosses(point, stub, box)) {
        count++;
      }
    }
    return count;
  }
}
