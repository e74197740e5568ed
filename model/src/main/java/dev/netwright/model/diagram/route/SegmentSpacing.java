package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps connectors that share a corridor apart. Every straight stretch of every connector sits on
 * a line (horizontal or vertical, at its coordinate); stretches on one line that overlap form a
 * bundle, and each stretch of a bundle gets its own offset across the line, ordered so that the
 * connectors leave the bundle without crossing each other where they can.
 */
final class SegmentSpacing {
  /** One straight stretch: segment {@code index} (points index to index + 1) of a connector. */
  private record Stretch(String connector, int index, double low, double high, List<Point> line) {
  }

  private final double gap;
  private final Map<Long, List<Stretch>> lines = new HashMap<>();
  private final Map<Long, List<List<Stretch>>> bundleCache = new HashMap<>();

  SegmentSpacing(double gap) {
    this.gap = gap;
  }

  void add(String connector, List<Point> points) {
    for (Stretch stretch : stretches(connector, points)) {
      lines.computeIfAbsent(lineKey(stretch), k -> new ArrayList<>()).add(stretch);
      bundleCache.remove(lineKey(stretch));
    }
  }

  void remove(String connector, List<Point> points) {
    for (Stretch stretch : stretches(connector, points)) {
      List<Stretch> line = lines.get(lineKey(stretch));
      bundleCache.remove(lineKey(stretch));
      if (line != null) {
        line.removeIf(s -> s.connector().equals(connector) && s.index() == stretch.index());
        if (line.isEmpty()) {
          lines.remove(lineKey(stretch));
        }
      }
    }
  }

  /** The connectors sharing a bundle with any stretch of {@code points} (a connector's line). */
  Set<String> sharing(String connector, List<Point> points) {
    Set<String> found = new HashSet<>();
    for (Stretch stretch : stretches(connector, points)) {
      for (List<Stretch> bundle : bundles(lineKey(stretch))) {
        if (overlaps(bundle, stretch.low(), stretch.high())) {
          bundle.forEach(s -> found.add(s.connector()));
        }
      }
    }
    return found;
  }

  /** The offset of each segment of {@code points} across its line (0 when it runs alone). */
  double[] offsets(String connector, List<Point> points) {
    double[] offsets = new double[Math.max(0, points.size() - 1)];
    for (Stretch stretch : stretches(connector, points)) {
      for (List<Stretch> bundle : bundles(lineKey(stretch))) {
        int rank = rankOf(bundle, connector, stretch.index());
        if (rank >= 0) {
          offsets[stretch.index()] = (rank - (bundle.size() - 1) / 2.0) * gap;
        }
      }
    }
    return offsets;
  }

  private static int rankOf(List<Stretch> bundle, String connector, int index) {
    for (int k = 0; k < bundle.size(); k++) {
      if (bundle.get(k).connector().equals(connector) && bundle.get(k).index() == index) {
        return k;
      }
    }
    return -1;
  }

  /** The bundles of one line (stretches that overlap, two or more of them), each in offset order. */
  private List<List<Stretch>> bundles(long key) {
    return bundleCache.computeIfAbsent(key, this::bundlesOf);
  }

  private List<List<Stretch>> bundlesOf(long key) {
    List<Stretch> line = lines.get(key);
    List<List<Stretch>> bundles = new ArrayList<>();
    if (line == null || line.size() < 2) {
      return bundles;
    }
    List<Stretch> sorted = new ArrayList<>(line);
    sorted.sort(Comparator.comparingDouble(Stretch::low).thenComparing(Stretch::connector));
    List<Stretch> current = new ArrayList<>();
    double reach = Double.NEGATIVE_INFINITY;
    for (Stretch stretch : sorted) {
      if (!current.isEmpty() && stretch.low() >= reach - 0.5) {
        close(current, bundles);
        current = new ArrayList<>();
      }
      current.add(stretch);
      reach = current.size() == 1 ? stretch.high() : Math.max(reach, stretch.high());
    }
    close(current, bundles);
    return bundles;
  }

  private static void close(List<Stretch> bundle, List<List<Stretch>> bundles) {
    if (bundle.size() > 1) {
      bundle.sort(Comparator.comparingInt(SegmentSpacing::side).thenComparingDouble(SegmentSpacing::along)
          .thenComparing(Stretch::connector).thenComparingInt(Stretch::index));
      bundles.add(bundle);
    }
  }

  private static boolean overlaps(List<Stretch> bundle, double low, double high) {
    for (Stretch stretch : bundle) {
      if (stretch.low() < high - 0.5 && low < stretch.high() - 0.5) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which side of the bundle a stretch belongs on: stretches whose neighbours both turn towards
   * lower coordinates (up, or left) go first, those turning both ways in the middle.
   */
  private static int side(Stretch stretch) {
    return turn(stretch, true) + turn(stretch, false);
  }

  /**
   * Within a side, the order that avoids crossings at the lower end: a stretch entering from the
   * lower side further along goes nearer to that side.
   */
  private static double along(Stretch stretch) {
    int lowTurn = turn(stretch, true);
    if (lowTurn != 0) {
      return lowTurn < 0 ? -stretch.low() : stretch.low();
    }
    int highTurn = turn(stretch, false);
    return highTurn < 0 ? stretch.high() : -stretch.high();
  }

  /** -1 when the neighbour at the stretch's low (or high) end heads to lower coordinates, 1 higher, 0 none. */
  private static int turn(Stretch stretch, boolean lowEnd) {
    List<Point> line = stretch.line();
    Point a = line.get(stretch.index());
    Point b = line.get(stretch.index() + 1);
    boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
    boolean aIsLow = horizontal ? a.x() <= b.x() : a.y() <= b.y();
    boolean atA = lowEnd == aIsLow;
    int neighbour = atA ? stretch.index() - 1 : stretch.index() + 2;
    if (neighbour < 0 || neighbour >= line.size()) {
      return 0;
    }
    Point end = atA ? a : b;
    Point other = line.get(neighbour);
    double delta = horizontal ? other.y() - end.y() : other.x() - end.x();
    return delta < 0 ? -1 : delta > 0 ? 1 : 0;
  }

  private static List<Stretch> stretches(String connector, List<Point> points) {
    List<Stretch> stretches = new ArrayList<>(points.size());
    for (int k = 0; k + 1 < points.size(); k++) {
      Point a = points.get(k);
      Point b = points.get(k + 1);
      boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
      double low = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
      double high = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
      if (high - low > 1e-6) {
        stretches.add(new Stretch(connector, k, low, high, points));
      }
    }
    return stretches;
  }

  private static long lineKey(Stretch stretch) {
    Point a = stretch.line().get(stretch.index());
    Point b = stretch.line().get(stretch.index() + 1);
    boolean horizontal = Math.abs(a.y() - b.y()) < 1e-6;
    long coordinate = Math.round((horizontal ? a.y() : a.x()) * 4);
    return (coordinate << 1) | (horizontal ? 1 : 0);
  }
}
