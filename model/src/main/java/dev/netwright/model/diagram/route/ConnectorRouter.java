package dev.netwright.model.diagram.route;

import dev.netwright.model.diagram.TextMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Routes the connections of a drawing: orthogonal lines from the edge of one box to the edge of the
 * other that go around every box that neither is an end nor contains one, kept apart where they
 * share a corridor, with their labels clear of boxes and of each other.
 *
 * <p>One instance serves one drawing over its edits: it keeps what it routed, and a later call
 * re-routes only the connectors whose routing area an edit touched (a box added, removed, moved or
 * re-parented there, or the request itself changed); the lines bundled with those are spaced
 * again, and labels are placed again only where their line moved or a box now covers them.
 */
public final class ConnectorRouter {
  /** The size, in points, of connector labels. */
  public static final double LABEL_SIZE = 10;
  /** How far a line keeps from the boxes it goes around. */
  public static final double MARGIN = 12;
  /** How far apart lines sharing a corridor run. */
  public static final double SPACING = 6;
  private static final double LABEL_PADDING = 4;
  private static final double TITLE_SIZE = 13;

  /** What the router keeps of one connector between calls. */
  private static final class Routed {
    ConnectorRequest request;
    List<Point> raw;
    List<Point> points;
    List<Box> blockers;
    Box area;
    LabelPlacer.Placed label;
  }

  private final TextMetrics metrics;
  private final LabelPlacer labels;
  private final SegmentSpacing spacing = new SegmentSpacing(SPACING);
  private final Map<String, Routed> routed = new HashMap<>();
  private Map<String, Obstacle> previous = Map.of();
  private int reroutedLastTime;

  public ConnectorRouter(TextMetrics metrics) {
    this.metrics = metrics;
    this.labels = new LabelPlacer(metrics.lineHeight(TITLE_SIZE) + 6);
  }

  /**
   * The route of every request whose two ends are among {@code obstacles}, in request order. Calls
   * after the first re-route only what changed since the previous call.
   */
  public List<RoutedConnector> route(List<Obstacle> obstacles, List<ConnectorRequest> requests) {
    ObstacleSet set = new ObstacleSet(obstacles);
    List<Box> changed = changedBoxes(set.byId());
    Set<String> wanted = new HashSet<>();
    Set<String> dirty = new LinkedHashSet<>();
    Map<String, List<Point>> before = new HashMap<>();
    for (ConnectorRequest request : requests) {
      if (set.get(request.fromId()) == null || set.get(request.toId()) == null || !wanted.add(request.id())) {
        continue;
      }
      Routed old = routed.get(request.id());
      if (old == null || !old.request.equals(request) || meets(old.area, changed)) {
        dirty.add(request.id());
      }
    }
    for (String id : new ArrayList<>(routed.keySet())) {
      if (!wanted.contains(id) || dirty.contains(id)) {
        Routed old = routed.get(id);
        spacing.remove(id, old.raw);
        before.put(id, old.raw);
        if (!wanted.contains(id)) {
          forget(id);
        }
      }
    }
    for (ConnectorRequest request : requests) {
      if (dirty.contains(request.id())) {
        Routed route = routed.computeIfAbsent(request.id(), k -> new Routed());
        route.request = request;
        routeRaw(route, set);
        spacing.add(request.id(), route.raw);
      }
    }
    reroutedLastTime = dirty.size();
    Set<String> respaced = new HashSet<>(dirty);
    for (Map.Entry<String, List<Point>> entry : before.entrySet()) {
      respaced.addAll(spacing.sharing(entry.getKey(), entry.getValue()));
    }
    for (String id : dirty) {
      respaced.addAll(spacing.sharing(id, routed.get(id).raw));
    }
    respaced.retainAll(routed.keySet());
    for (String id : respaced) {
      Routed route = routed.get(id);
      Box from = set.get(route.request.fromId()).box();
      Box to = set.get(route.request.toId()).box();
      route.points = Nudge.apply(route.raw, spacing.offsets(id, route.raw), route.blockers, from, to);
    }
    placeLabels(requests, set, respaced, changed);
    previous = set.byId();
    List<RoutedConnector> result = new ArrayList<>();
    Set<String> given = new HashSet<>();
    for (ConnectorRequest request : requests) {
      Routed route = routed.get(request.id());
      if (route != null && wanted.contains(request.id()) && given.add(request.id())) {
        result.add(new RoutedConnector(request.id(), route.points, route.label == null ? null : route.label.box()));
      }
    }
    return result;
  }

  /** How many connectors the last call routed afresh (the rest it kept). */
  public int reroutedLastTime() {
    return reroutedLastTime;
  }

  private void forget(String id) {
    Routed old = routed.remove(id);
    if (old.label != null) {
      labels.remove(old.label);
    }
  }

  private void placeLabels(List<ConnectorRequest> requests, ObstacleSet set, Set<String> respaced, List<Box> changed) {
    Map<String, Routed> again = new java.util.LinkedHashMap<>();
    for (ConnectorRequest request : requests) {
      Routed route = routed.get(request.id());
      if (route == null || again.containsKey(request.id())) {
        continue;
      }
      boolean wantsLabel = !route.request.label().isEmpty();
      if (respaced.contains(request.id()) || route.label == null || !wantsLabel
          || labelNowBlocked(route, set, changed)) {
        if (route.label != null) {
          labels.remove(route.label);
          route.label = null;
        }
        if (wantsLabel) {
          again.put(request.id(), route);
        }
      }
    }
    double height = metrics.lineHeight(LABEL_SIZE);
    for (Routed route : again.values()) {
      double width = metrics.width(route.request.label(), LABEL_SIZE, false) + LABEL_PADDING;
      route.label = labels.place(route.request.id(), route.points, width, height, set, open(set, route.request));
    }
  }

  private boolean labelNowBlocked(Routed route, ObstacleSet set, List<Box> changed) {
    return meets(route.label.box(), changed) && labels.blocked(route.label.box(), set, open(set, route.request));
  }

  private static Set<String> open(ObstacleSet set, ConnectorRequest request) {
    Set<String> open = set.ancestors(request.fromId());
    open.addAll(set.ancestors(request.toId()));
    return open;
  }

  private void routeRaw(Routed route, ObstacleSet set) {
    ConnectorRequest request = route.request;
    Box from = set.get(request.fromId()).box();
    Box to = set.get(request.toId()).box();
    if (request.fromId().equals(request.toId())) {
      route.raw = loop(from);
      route.points = route.raw;
      route.blockers = List.of();
      route.area = from;
      return;
    }
    Box ends = union(from, to);
    double pad = Math.max(6 * MARGIN, 0.25 * Math.max(ends.width(), ends.height()));
    Box world = inflate(set.world(), 2 * MARGIN);
    while (true) {
      Box area = clip(inflate(ends, pad), world);
      List<Box> blockers = new ArrayList<>();
      for (Obstacle obstacle : set.blockers(request.fromId(), request.toId(), area)) {
        blockers.add(obstacle.box());
      }
      OrthogonalSearch.Found found = new OrthogonalSearch(MARGIN, from, to, blockers).find(area);
      if (found.crossings() == 0 || covers(area, world)) {
        route.raw = found.points();
        route.points = route.raw;
        route.blockers = blockers;
        route.area = area;
        return;
      }
      pad *= 4;
    }
  }

  private List<Box> changedBoxes(Map<String, Obstacle> now) {
    List<Box> changed = new ArrayList<>();
    for (Map.Entry<String, Obstacle> entry : now.entrySet()) {
      Obstacle old = previous.get(entry.getKey());
      if (!Objects.equals(old, entry.getValue())) {
        changed.add(entry.getValue().box());
        if (old != null) {
          changed.add(old.box());
        }
      }
    }
    for (Map.Entry<String, Obstacle> entry : previous.entrySet()) {
      if (!now.containsKey(entry.getKey())) {
        changed.add(entry.getValue().box());
      }
    }
    return changed;
  }

  private static boolean meets(Box area, List<Box> boxes) {
    for (Box box : boxes) {
      if (box.x() <= area.maxX() + MARGIN && area.x() <= box.maxX() + MARGIN && box.y() <= area.maxY() + MARGIN
          && area.y() <= box.maxY() + MARGIN) {
        return true;
      }
    }
    return false;
  }

  private static List<Point> loop(Box box) {
    double x = box.maxX();
    double y1 = box.y() + box.height() / 3;
    double y2 = box.y() + 2 * box.height() / 3;
    return List.of(new Point(x, y1), new Point(x + 2 * MARGIN, y1), new Point(x + 2 * MARGIN, y2), new Point(x, y2));
  }

  private static Box union(Box a, Box b) {
    double x = Math.min(a.x(), b.x());
    double y = Math.min(a.y(), b.y());
    return new Box(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
  }

  private static Box inflate(Box box, double by) {
    return new Box(box.x() - by, box.y() - by, box.width() + 2 * by, box.height() + 2 * by);
  }

  private static Box clip(Box box, Box within) {
    double x = Math.max(box.x(), within.x());
    double y = Math.max(box.y(), within.y());
    return new Box(x, y, Math.min(box.maxX(), within.maxX()) - x, Math.min(box.maxY(), within.maxY()) - y);
  }

  private static boolean covers(Box outer, Box inner) {
    return outer.x() <= inner.x() && outer.y() <= inner.y() && outer.maxX() >= inner.maxX()
        && outer.maxY() >= inner.maxY();
  }
}
