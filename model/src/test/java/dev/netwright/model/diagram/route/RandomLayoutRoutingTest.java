package dev.netwright.model.diagram.route;

import static dev.netwright.model.diagram.route.RouteAssertions.boxesCrossed;
import static dev.netwright.model.diagram.route.RouteAssertions.onEdge;
import static dev.netwright.model.diagram.route.RouteAssertions.orthogonal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A property over random drawings: containers (VPCs) holding boxes, and loose boxes, all with room
 * between them; connectors between random pairs never run through a box that is neither an end
 * nor contains one, are orthogonal and start and end on their boxes' outlines.
 */
class RandomLayoutRoutingTest {
  private static final int LAYOUTS = 150;

  @Test
  void inRandomLayouts_noConnectorCrossesABoxThatIsNeitherAnEndNorContainsOne() {
    for (int seed = 0; seed < LAYOUTS; seed++) {
      Random random = new Random(seed);
      List<Obstacle> obstacles = layout(random);
      List<ConnectorRequest> requests = requests(random, obstacles);
      ConnectorRouter router = new ConnectorRouter(new FixedWidthMetrics());

      List<RoutedConnector> lines = router.route(obstacles, requests);

      assertEquals(requests.size(), lines.size());
      checkAll(seed, obstacles, requests, lines);
    }
  }

  @Test
  void afterRandomMoves_incrementalRoutesStillCrossNothing() {
    for (int seed = 0; seed < LAYOUTS / 3; seed++) {
      Random random = new Random(1000 + seed);
      List<Obstacle> obstacles = layout(random);
      List<ConnectorRequest> requests = requests(random, obstacles);
      ConnectorRouter router = new ConnectorRouter(new FixedWidthMetrics());
      router.route(obstacles, requests);

      List<Obstacle> moved = swapTwoLooseBoxes(random, obstacles);
      List<RoutedConnector> lines = router.route(moved, requests);

      checkAll(seed, moved, requests, lines);
    }
  }

  private static void checkAll(int seed, List<Obstacle> obstacles, List<ConnectorRequest> requests,
      List<RoutedConnector> lines) {
    Map<String, Obstacle> byId = new HashMap<>();
    obstacles.forEach(o -> byId.put(o.id(), o));
    for (int k = 0; k < lines.size(); k++) {
      RoutedConnector line = lines.get(k);
      ConnectorRequest request = requests.get(k);
      String where = "layout " + seed + ", connector " + request;
      assertEquals(List.of(), boxesCrossed(line, request, obstacles), where + ": " + line.points());
      assertTrue(orthogonal(line.points()), where);
      assertTrue(onEdge(line.points().get(0), byId.get(request.fromId()).box()), where);
      assertTrue(onEdge(line.points().get(line.points().size() - 1), byId.get(request.toId()).box()), where);
    }
  }

  /** A 3 × 3 grid of 400-point cells, each holding a container of up to four boxes or one loose box. */
  private static List<Obstacle> layout(Random random) {
    List<Obstacle> obstacles = new ArrayList<>();
    for (int cell = 0; cell < 9; cell++) {
      double cellX = (cell % 3) * 400 + random.nextInt(40);
      double cellY = (cell / 3) * 400 + random.nextInt(40);
      if (random.nextBoolean()) {
        String vpc = "vpc" + cell;
        obstacles.add(new Obstacle(vpc, null, new Box(cellX, cellY, 320, 320)));
        int children = 1 + random.nextInt(4);
        for (int child = 0; child < children; child++) {
          double x = cellX + 30 + (child % 2) * 150 + random.nextInt(10);
          double y = cellY + 40 + (child / 2) * 140 + random.nextInt(10);
          obstacles.add(new Obstacle(vpc + "-box" + child, vpc, new Box(x, y, 90 + random.nextInt(20), 50 + random.nextInt(30))));
        }
      } else {
        obstacles.add(new Obstacle("loose" + cell, null,
            new Box(cellX + random.nextInt(100), cellY + random.nextInt(100), 80 + random.nextInt(120), 40 + random.nextInt(80))));
      }
    }
    return obstacles;
  }

  private static List<ConnectorRequest> requests(Random random, List<Obstacle> obstacles) {
    List<ConnectorRequest> requests = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      Obstacle from = obstacles.get(random.nextInt(obstacles.size()));
      Obstacle to = obstacles.get(random.nextInt(obstacles.size()));
      if (from != to) {
        requests.add(new ConnectorRequest("c" + k, from.id(), to.id(), random.nextBoolean() ? "10.0." + k + ".0/24" : ""));
      }
    }
    return requests;
  }

  /** The layout with two top-level boxes' places exchanged (each keeps its size). */
  private static List<Obstacle> swapTwoLooseBoxes(Random random, List<Obstacle> obstacles) {
    List<Obstacle> loose = obstacles.stream().filter(o -> o.id().startsWith("loose")).toList();
    List<Obstacle> moved = new ArrayList<>(obstacles);
    if (loose.size() >= 2) {
      Obstacle a = loose.get(random.nextInt(loose.size()));
      Obstacle b = loose.get(random.nextInt(loose.size()));
      moved.set(moved.indexOf(a), new Obstacle(a.id(), null, new Box(b.box().x(), b.box().y(), a.box().width(), a.box().height())));
      moved.set(moved.indexOf(b), new Obstacle(b.id(), null, new Box(a.box().x(), a.box().y(), b.box().width(), b.box().height())));
    }
    return moved;
  }
}
