package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cheapest orthogonal line from one box's edge to another's inside an area: a search (A*)
 * over the grid of lines that run a margin away from every box to avoid, where a bend costs extra
 * and a stretch through a box to avoid costs far more than any detour. The grid is finite and the
 * search visits each (point, heading) once, so it always ends, with a line through the fewest boxes
 * when no clear line exists.
 */
final class OrthogonalSearch {
  /** The result: the polyline and how many grid steps of it run through boxes to avoid. */
  record Found(List<Point> points, int crossings) {
  }

  private static final double BEND = 24;
  private static final double CROSSING = 1e7;
  /** What crossing the border of a box the line may cross costs: enough to leave it only once. */
  private static final double BORDER = 100;
  /** How much more a point of line costs where it runs along a box closer than the margin. */
  private static final double NARROW = 3;
  private static final int[] DX = {1, -1, 0, 0};
  private static final int[] DY = {0, 0, 1, -1};

  private final double margin;
  private final Box from;
  private final Box to;
  private final List<Box> blockers;
  private final List<Box> containers;
  private double[] xs;
  private double[] ys;
  private int[] crossX;
  private int[] crossY;
  private int[] borderX;
  private int[] borderY;
  private int[] closeX;
  private int[] closeY;
  private double[] endX;
  private double[] endY;

  /**
   * A search for a line from {@code from} to {@code to} around {@code blockers}; the line may cross
   * {@code containers} (the boxes holding an end), but crossing their borders costs a little, so
   * that it leaves a VPC once rather than running in and out along its edge.
   */
  OrthogonalSearch(double margin, Box from, Box to, List<Box> blockers, List<Box> containers) {
    this.margin = margin;
    this.from = from;
    this.to = to;
    this.blockers = blockers;
    this.containers = containers;
  }

  /** The cheapest line inside {@code area} (which holds both boxes). */
  Found find(Box area) {
    List<Port> starts = Port.around(from, to, margin);
    List<Port> ends = Port.around(to, from, margin);
    buildGrid(area, starts, ends);
    return search(starts, ends);
  }

  private void buildGrid(Box area, List<Port> starts, List<Port> ends) {
    Coordinates xc = new Coordinates(area.x(), area.maxX());
    Coordinates yc = new Coordinates(area.y(), area.maxY());
    for (Box box : blockers) {
      xc.edges(box.x(), box.maxX(), margin);
      yc.edges(box.y(), box.maxY(), margin);
    }
    for (Box box : containers) {
      xc.edges(box.x(), box.maxX(), margin);
      xc.add(box.x() + margin);
      xc.add(box.maxX() - margin);
      yc.edges(box.y(), box.maxY(), margin);
      yc.add(box.y() + margin);
      yc.add(box.maxY() - margin);
    }
    for (List<Port> ports : List.of(starts, ends)) {
      for (Port port : ports) {
        xc.add(port.stub().x());
        yc.add(port.stub().y());
      }
    }
    xs = xc.sorted(margin);
    ys = yc.sorted(margin);

    crossX = new int[xs.length * ys.length];
    crossY = new int[xs.length * ys.length];
    for (Box box : blockers) {
      mark(box);
    }
    borderX = new int[xs.length * ys.length];
    borderY = new int[xs.length * ys.length];
    closeX = new int[xs.length * ys.length];
    closeY = new int[xs.length * ys.length];
    for (Box box : containers) {
      markBorder(box);
      markClose(box);
    }
    for (Box box : blockers) {
      markClose(box);
    }
  }

  /** Counts, on every grid step that runs along a side of {@code box} closer than the margin, one. */
  private void markClose(Box box) {
    int ny = ys.length;
    double near = margin - 0.5;
    for (double side : new double[] {box.y(), box.maxY()}) {
      for (int j = firstAbove(ys, side - near); j <= lastBelow(ys, side + near); j++) {
        for (int i = Math.max(0, firstAbove(xs, box.x()) - 1); i <= Math.min(xs.length - 2, lastBelow(xs, box.maxX())); i++) {
          if (xs[i] < box.maxX() && xs[i + 1] > box.x()) {
            closeX[i * ny + j]++;
          }
        }
      }
    }
    for (double side : new double[] {box.x(), box.maxX()}) {
      for (int i = firstAbove(xs, side - near); i <= lastBelow(xs, side + near); i++) {
        for (int j = Math.max(0, firstAbove(ys, box.y()) - 1); j <= Math.min(ny - 2, lastBelow(ys, box.maxY())); j++) {
          if (ys[j] < box.maxY() && ys[j + 1] > box.y()) {
            closeY[i * ny + j]++;
          }
        }
      }
    }
  }

  /** Counts, on every grid step that passes through a side of {@code box}, one border crossing. */
  private void markBorder(Box box) {
    int ny = ys.length;
    for (int j = firstAbove(ys, box.y()); j <= lastBelow(ys, box.maxY()); j++) {
      for (double edge : new double[] {box.x(), box.maxX()}) {
        int i = lastBelow(xs, edge);
        if (i >= 0 && i + 1 < xs.length && xs[i + 1] > edge) {
          borderX[i * ny + j]++;
        }
      }
    }
    for (int i = firstAbove(xs, box.x()); i <= lastBelow(xs, box.maxX()); i++) {
      for (double edge : new double[] {box.y(), box.maxY()}) {
        int j = lastBelow(ys, edge);
        if (j >= 0 && j + 1 < ny && ys[j + 1] > edge) {
          borderY[i * ny + j]++;
        }
      }
    }
  }

  /** Counts, on every grid step that runs through {@code box}, one crossing. */
  private void mark(Box box) {
    int ny = ys.length;
    int rowFrom = firstAbove(ys, box.y());
    int rowTo = lastBelow(ys, box.maxY());
    int colFrom = firstAbove(xs, box.x());
    int colTo = lastBelow(xs, box.maxX());
    // horizontal steps i→i+1 on rows strictly inside the box, overlapping its width
    for (int j = rowFrom; j <= rowTo; j++) {
      for (int i = Math.max(0, colFrom - 1); i <= Math.min(xs.length - 2, colTo); i++) {
        if (xs[i] < box.maxX() && xs[i + 1] > box.x()) {
          crossX[i * ny + j]++;
        }
      }
    }
    for (int i = colFrom; i <= colTo; i++) {
      for (int j = Math.max(0, rowFrom - 1); j <= Math.min(ny - 2, rowTo); j++) {
        if (ys[j] < box.maxY() && ys[j + 1] > box.y()) {
          crossY[i * ny + j]++;
        }
      }
    }
  }

  private Found search(List<Port> starts, List<Port> ends) {
    int ny = ys.length;
    int nodes = xs.length * ny;
    int states = nodes * 4;
    double[] cost = new double[states + ends.size()];
    Arrays.fill(cost, Double.POSITIVE_INFINITY);
    int[] previous = new int[states + ends.size()];
    int[] startPort = new int[states];
    Arrays.fill(startPort, -1);
    boolean[] done = new boolean[states + ends.size()];
    Heap heap = new Heap();
    int[] endNode = new int[ends.size()];
    endX = new double[ends.size()];
    endY = new double[ends.size()];
    for (int e = 0; e < ends.size(); e++) {
      endNode[e] = node(ends.get(e).stub());
      endX[e] = xs[endNode[e] / ny];
      endY[e] = ys[endNode[e] % ny];
    }
    for (int s = 0; s < starts.size(); s++) {
      Port port = starts.get(s);
      int state = node(port.stub()) * 4 + port.heading();
      double g = margin + CROSSING * port.crossings(blockers, from);
      if (g < cost[state]) {
        cost[state] = g;
        previous[state] = -1;
        startPort[state] = s;
        heap.push(g + estimate(state / 4, endNode), state);
      }
    }
    int reached = -1;
    while (!heap.isEmpty()) {
      int state = heap.pop();
      if (done[state]) {
        continue;
      }
      done[state] = true;
      if (state >= states) {
        reached = state;
        break;
      }
      int node = state / 4;
      int heading = state % 4;
      for (int e = 0; e < ends.size(); e++) {
        if (endNode[e] == node) {
          Port port = ends.get(e);
          int inward = port.heading() ^ 1;
          double g = cost[state] + margin + CROSSING * port.crossings(blockers, to) + bends(heading, inward);
          if (g < cost[states + e]) {
            cost[states + e] = g;
            previous[states + e] = state;
            heap.push(g, states + e);
          }
        }
      }
      int i = node / ny;
      int j = node % ny;
      for (int d = 0; d < 4; d++) {
        if (d == (heading ^ 1)) {
          continue;
        }
        int ni = i + DX[d];
        int nj = j + DY[d];
        if (ni < 0 || nj < 0 || ni >= xs.length || nj >= ny) {
          continue;
        }
        int next = (ni * ny + nj) * 4 + d;
        if (done[next]) {
          continue;
        }
        int at = d < 2 ? Math.min(i, ni) * ny + j : i * ny + Math.min(j, nj);
        double step = Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]);
        if ((d < 2 ? closeX[at] : closeY[at]) > 0) {
          step *= NARROW;
        }
        int crossed = d < 2 ? crossX[at] : crossY[at];
        int borders = d < 2 ? borderX[at] : borderY[at];
        double g = cost[state] + step + CROSSING * crossed + BORDER * borders + (d == heading ? 0 : BEND);
        if (g < cost[next]) {
          cost[next] = g;
          previous[next] = state;
          heap.push(g + estimate(next / 4, endNode), next);
        }
      }
    }
    return trace(reached, previous, startPort, starts, ends, states);
  }

  private Found trace(int reached, int[] previous, int[] startPort, List<Port> starts, List<Port> ends, int states) {
    int ny = ys.length;
    List<Point> reversed = new ArrayList<>();
    reversed.add(ends.get(reached - states).point());
    int state = previous[reached];
    int crossings = 0;
    int last = -1;
    while (state >= 0) {
      int node = state / 4;
      reversed.add(new Point(xs[node / ny], ys[node % ny]));
      if (last >= 0) {
        int a = Math.min(node, last);
        int b = Math.max(node, last);
        crossings += b - a == 1 ? crossY[a] : crossX[a];
      }
      last = node;
      if (previous[state] < 0) {
        reversed.add(starts.get(startPort[state]).point());
      }
      state = previous[state];
    }
    List<Point> points = new ArrayList<>();
    for (int k = reversed.size() - 1; k >= 0; k--) {
      points.add(reversed.get(k));
    }
    return new Found(Polyline.simplified(points), crossings);
  }

  private static double bends(int heading, int wanted) {
    if (heading == wanted) {
      return 0;
    }
    return (heading ^ 1) == wanted ? 2 * BEND : BEND;
  }

  /** The grid distance to the nearest end: never more than what is left to pay. */
  private double estimate(int node, int[] endNode) {
    int ny = ys.length;
    double x = xs[node / ny];
    double y = ys[node % ny];
    double best = Double.POSITIVE_INFINITY;
    for (int e = 0; e < endX.length; e++) {
      best = Math.min(best, Math.abs(endX[e] - x) + Math.abs(endY[e] - y));
    }
    return best;
  }

  private int node(Point point) {
    return nearest(xs, point.x()) * ys.length + nearest(ys, point.y());
  }

  private static int nearest(double[] values, double value) {
    int at = Arrays.binarySearch(values, value);
    if (at >= 0) {
      return at;
    }
    int above = -at - 1;
    if (above == 0) {
      return 0;
    }
    if (above == values.length) {
      return values.length - 1;
    }
    return value - values[above - 1] <= values[above] - value ? above - 1 : above;
  }

  /** The first index whose value lies strictly above {@code value}. */
  private static int firstAbove(double[] values, double value) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] > value) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The last index whose value lies strictly below {@code value}. */
  private static int lastBelow(double[] values, double value) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] >= value) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low - 1;
  }
}
