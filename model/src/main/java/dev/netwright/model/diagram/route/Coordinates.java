package dev.netwright.model.diagram.route;

import java.util.Arrays;

/**
 * The grid lines along one axis, kept inside an area: a margin outside each box's two edges and,
 * where two edges are closer than two margins, half-way between them.
 */
final class Coordinates {
  private final double low;
  private final double high;
  private double[] values = new double[32];
  private double[] edges = new double[32];
  private int size;
  private int edgeCount;

  Coordinates(double low, double high) {
    this.low = low;
    this.high = high;
    add(low);
    add(high);
  }

  void add(double value) {
    if (value >= low && value <= high) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }
  }

  /** A box spanning {@code start} to {@code end} on this axis. */
  void edges(double start, double end, double margin) {
    add(start - margin);
    add(end + margin);
    if (edgeCount + 2 > edges.length) {
      edges = Arrays.copyOf(edges, edges.length * 2);
    }
    edges[edgeCount++] = start;
    edges[edgeCount++] = end;
  }

  /** The lines in order, those closer than a hundredth merged. */
  double[] sorted(double margin) {
    double[] sortedEdges = Arrays.copyOf(edges, edgeCount);
    Arrays.sort(sortedEdges);
    for (int k = 1; k < sortedEdges.length; k++) {
      double gap = sortedEdges[k] - sortedEdges[k - 1];
      if (gap > 0.5 && gap < 2 * margin) {
        add((sortedEdges[k] + sortedEdges[k - 1]) / 2);
      }
    }
    return sortedUnique(Arrays.copyOf(values, size));
  }

  private static double[] sortedUnique(double[] all) {
    Arrays.sort(all);
    int kept = 0;
    for (double value : all) {
      if (kept == 0 || value - all[kept - 1] > 0.01) {
        all[kept++] = value;
      }
    }
    return Arrays.copyOf(all, kept);
  }
}
