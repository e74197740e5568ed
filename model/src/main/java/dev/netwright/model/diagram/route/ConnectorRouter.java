package dev.netwright.model.diagram.route;

import dev.netwright.model.diagram.TextMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    List<Box> containers;
    Box area;
    LabelPlacer.Placed label;
    RoutedConnector result;

    /** The connector as handed out: made again only after its line or label changed. */
    RoutedConnector result() {
      if (result == null) {
        result = new RoutedConnector(request.id(), points, label == null ? null : label.box());
      }
      return result;
    }
  }

  private final TextMetrics metrics;
  private final LabelPlacer labels;
  private final SegmentSpacing spacing = new SegmentSpacing(SPACING);
  private final Map<String, Routed> routed = new HashMap<>();
  private List<Routed> ordered = List.of();
  private List<ConnectorRequest> lastRequests = List.of();
  private final ObstacleSet set = new ObstacleSet();
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
    List<Box> changed = set.update(obstacles);
    Set<String> dirty = new LinkedHashSet<>();
    Map<String, List<Point>> before = new HashMap<>();
    if (set.sameIdsAsBefore() && sameRequests(requests)) {
      for (Routed route : ordered) {
        if (!changed.isEmpty() && meets(route.area, changed)) {
          dirty.add(route.request.id());
        }
      }
    } else {
      order(requests, changed, dirty, before);
    }
    for (String id : dirty) {
      Routed route = routed.get(id);
      if (route.raw != null) {
        spacing.remove(id, route.raw);
        before.put(id, route.raw);
      }
    }
    for (Routed route : ordered) {
      if (dirty.contains(route.request.id())) {
        routeRaw(route);
        spacing.add(route.request.id(), route.raw);
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
      route.points = Nudge.apply(route.raw, spacing.offsets(id, route.raw), route.blockers, route.containers, from, to);
      route.result = null;
    }
    placeLabels(respaced, changed);
    List<RoutedConnector> result = new ArrayList<>(ordered.size());
    for (Routed route : ordered) {
      result.add(route.result());
    }
    return result;
  }

  private boolean sameRequests(List<ConnectorRequest> requests) {
    if (requests.size() != lastRequests.size()) {
      return false;
    }
    for (int k = 0; k < requests.size(); k++) {
      if (!requests.get(k).equals(lastRequests.get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Takes a new list of requests: keeps the connectors still asked for (and whose ends are still
   * drawn), forgets the others, and marks new, changed and touched ones for routing.
   */
  private void order(List<ConnectorRequest> requests, List<Box> changed, Set<String> dirty,
      Map<String, List<Point>> before) {
    lastRequests = List.copyOf(requests);
    ordered = new ArrayList<>();
    Set<String> wanted = new HashSet<>();
    for (ConnectorRequest request : requests) {
      if (set.get(request.fromId()) == null || set.get(request.toId()) == null || !wanted.add(request.id())) {
        continue;
      }
      Routed route = routed.computeIfAbsent(request.id(), k -> new Routed());
      if (route.request == null || !route.request.equals(request) || meets(route.area, changed)) {
        dirty.add(request.id());
      }
      route.request = request;
      ordered.add(route);
    }
    for (String id : new ArrayList<>(routed.keySet())) {
      if (!wanted.contains(id)) {
        Routed old = routed.remove(id);
        spacing.remove(id, old.raw);
        before.put(id, old.raw);
        if (old.label != null) {
          labels.remove(old.label);
        }
      }
    }
  }

  /** How many connectors the last call routed afresh (the rest it kept). */
  public int reroutedLastTime() {
    return reroutedLastTime;
  }

  private void placeLabels(Set<String> respaced, List<Box> changed) {
    List<Routed> again = new ArrayList<>();
    for (Routed route : ordered) {
      boolean wantsLabel = !route.request.label().isEmpty();
      if (respaced.contains(route.request.id()) || route.label == null || !wantsLabel
          || !changed.isEmpty() && labelNowBlocked(route, changed)) {
        if (route.label != null) {
          labels.remove(route.label);
          route.label = null;
          route.result = null;
        }
        if (wantsLabel) {
          again.add(route);
        }
      }
    }
    double height = metrics.lineHeight(LABEL_SIZE);
    for (Routed route : again) {
      double width = metrics.width(route.request.label(), LABEL_SIZE, false) + LABEL_PADDING;
      route.label = labels.place(route.request.id(), route.points, width, height, set, open(route.request));
      route.result = null;
    }
  }

  private boolean labelNowBlocked(Routed route, List<Box> changed) {
    return meets(route.label.box(), changed) && labels.blocked(route.label.box(), set, open(route.request));
  }

  private Set<String> open(ConnectorRequest request) {
    return set.open(request.fromId(), request.toId());
  }

  private void routeRaw(Routed route) {
    ConnectorRequest request = route.request;
    Box from = set.get(request.fromId()).box();
    Box to = set.get(request.toId()).box();
    if (request.fromId().equals(request.toId())) {
      route.raw = loop(from);
      route.points = route.raw;
      route.blockers = List.of();
      route.containers = List.of();
      route.area = from;
      return;
    }
    Box ends = from.union(to);
    double pad = Math.max(6 * MARGIN, 0.25 * Math.max(ends.width(), ends.height()));
    Box world = set.world().grown(2 * MARGIN);
    while (true) {
      Box area = clip(ends.grown(pad), world);
      List<Box> blockers = new ArrayList<>();
      for (Obstacle obstacle : set.blockers(request.fromId(), request.toId(), area)) {
        blockers.add(obstacle.box());
      }
      List<Box> containers = set.containers(request.fromId(), request.toId(), area);
      OrthogonalSearch.Found found = new OrthogonalSearch(MARGIN, from, to, blockers, containers).find(area);
      if (found.crossings() == 0 || covers(area, world)) {
        route.raw = found.points();
        route.points = route.raw;
        route.blockers = blockers;
        route.containers = containers;
        route.area = area;
        return;
      }
      pad *= 4;
    }
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
