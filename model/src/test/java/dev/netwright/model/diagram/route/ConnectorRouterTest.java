package dev.netwright.model.diagram.route;

import static dev.netwright.model.diagram.route.RouteAssertions.boxesCrossed;
import static dev.netwright.model.diagram.route.RouteAssertions.onEdge;
import static dev.netwright.model.diagram.route.RouteAssertions.orthogonal;
import static dev.netwright.model.diagram.route.RouteAssertions.sharedLength;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorRouterTest {
  private final ConnectorRouter router = new ConnectorRouter(new FixedWidthMetrics());

  @Test
  void aLineBetweenTwoBoxes_withAThirdInBetween_goesAroundIt() {
    List<Obstacle> boxes = List.of(box("a", 0, 0), box("middle", 200, 0), box("b", 400, 0));
    ConnectorRequest request = new ConnectorRequest("a-b", "a", "b", "");

    RoutedConnector line = router.route(boxes, List.of(request)).get(0);

    assertEquals(List.of(), boxesCrossed(line, request, boxes));
    assertTrue(orthogonal(line.points()));
    assertTrue(onEdge(line.points().get(0), boxes.get(0).box()));
    assertTrue(onEdge(line.points().get(line.points().size() - 1), boxes.get(2).box()));
  }

  @Test
  void boxesInLine_withNothingBetween_getAStraightLine() {
    List<Obstacle> boxes = List.of(box("a", 0, 0), box("b", 400, 20));

    RoutedConnector line = router.route(boxes, List.of(new ConnectorRequest("a-b", "a", "b", ""))).get(0);

    assertEquals(2, line.points().size());
  }

  @Test
  void twoConnectorsSharingACorridor_runApart() {
    List<Obstacle> boxes = List.of(box("a1", 0, 0), box("a2", 0, 100), box("wall", 200, 0, 100, 160),
        box("b1", 400, 0), box("b2", 400, 100));
    List<ConnectorRequest> requests = List.of(new ConnectorRequest("1", "a1", "b1", ""),
        new ConnectorRequest("2", "a2", "b2", ""));

    List<RoutedConnector> lines = router.route(boxes, requests);

    assertEquals(0, sharedLength(lines.get(0).points(), lines.get(1).points()), 1e-6);
    for (int k = 0; k < 2; k++) {
      assertEquals(List.of(), boxesCrossed(lines.get(k), requests.get(k), boxes));
    }
  }

  @Test
  void manyConnectorsFromOneBox_leaveItAtDifferentPoints() {
    List<Obstacle> boxes = new ArrayList<>(List.of(box("hub", 0, 200)));
    List<ConnectorRequest> requests = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      boxes.add(box("spoke" + k, 400, k * 120));
      requests.add(new ConnectorRequest("c" + k, "hub", "spoke" + k, ""));
    }

    List<RoutedConnector> lines = router.route(boxes, requests);

    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        assertEquals(0, sharedLength(lines.get(i).points(), lines.get(j).points()), 1e-6, i + " and " + j);
      }
    }
  }

  @Test
  void labels_overlapNeitherBoxesNorEachOther() {
    List<Obstacle> boxes = new ArrayList<>(List.of(new Obstacle("vpc", null, new Box(0, 0, 700, 500))));
    List<ConnectorRequest> requests = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      boxes.add(new Obstacle("subnet" + k, "vpc", new Box(40, 40 + k * 140, 160, 60)));
      boxes.add(new Obstacle("table" + k, "vpc", new Box(480, 40 + k * 140, 160, 60)));
      requests.add(new ConnectorRequest("r" + k, "subnet" + k, "table" + k, "0.0.0.0/0"));
    }
    requests.add(new ConnectorRequest("x", "subnet0", "table2", "10.1.0.0/16"));

    List<RoutedConnector> lines = router.route(boxes, requests);

    List<Box> labels = lines.stream().map(RoutedConnector::label).toList();
    for (int i = 0; i < labels.size(); i++) {
      for (Obstacle obstacle : boxes) {
        boolean inTheVpc = obstacle.id().equals("vpc") && obstacle.box().encloses(labels.get(i));
        assertTrue(inTheVpc || !labels.get(i).overlaps(obstacle.box()), "label " + i + " on " + obstacle.id());
      }
      for (int j = i + 1; j < labels.size(); j++) {
        assertFalse(labels.get(i).overlaps(labels.get(j)), "labels " + i + " and " + j);
      }
    }
  }

  @Test
  void aMovedBox_isAvoidedWhereItNowIs() {
    List<Obstacle> boxes = new ArrayList<>(List.of(box("a", 0, 0), box("b", 400, 0), box("other", 200, 300)));
    ConnectorRequest request = new ConnectorRequest("a-b", "a", "b", "");
    router.route(boxes, List.of(request));

    boxes.set(2, box("other", 200, 0));
    RoutedConnector line = router.route(boxes, List.of(request)).get(0);

    assertEquals(List.of(), boxesCrossed(line, request, boxes));
    assertTrue(line.points().size() > 2);
  }

  @Test
  void ancestors_mayBeCrossed_butTheirOtherChildrenMayNot() {
    Obstacle vpc = new Obstacle("vpc", null, new Box(0, 0, 500, 400));
    Obstacle zone = new Obstacle("zone", "vpc", new Box(20, 40, 220, 340));
    Obstacle subnet = new Obstacle("subnet", "zone", new Box(40, 80, 160, 60));
    Obstacle neighbour = new Obstacle("neighbour", "zone", new Box(40, 200, 160, 60));
    Obstacle table = new Obstacle("table", null, new Box(80, 600, 160, 60));
    List<Obstacle> boxes = List.of(vpc, zone, subnet, neighbour, table);
    ConnectorRequest request = new ConnectorRequest("assoc", "subnet", "table", "");

    RoutedConnector line = router.route(boxes, List.of(request)).get(0);

    assertEquals(List.of(), boxesCrossed(line, request, boxes));
    assertTrue(Polyline.crosses(line.points(), vpc.box()), "leaves through the VPC");
  }

  @Test
  void aGatewayOnItsVpcsBorder_isAvoidedWhereItSticksOut() {
    Obstacle vpc = new Obstacle("vpc", null, new Box(200, 100, 400, 300));
    Obstacle gateway = new Obstacle("igw", "vpc", new Box(340, 75, 120, 50));
    List<Obstacle> boxes = List.of(vpc, gateway, box("west", 0, 60), box("east", 700, 60));
    ConnectorRequest request = new ConnectorRequest("over", "west", "east", "");

    RoutedConnector line = router.route(boxes, List.of(request)).get(0);

    assertEquals(List.of(), boxesCrossed(line, request, boxes));
  }

  @Test
  void aBoxWithNoWayOut_stillGetsTheLineThroughTheFewestBoxes() {
    List<Obstacle> boxes = new ArrayList<>(List.of(box("inside", 200, 200), box("far", 800, 200)));
    boxes.add(new Obstacle("north", null, new Box(100, 100, 360, 60)));
    boxes.add(new Obstacle("south", null, new Box(100, 300, 360, 60)));
    boxes.add(new Obstacle("west", null, new Box(100, 160, 60, 140)));
    boxes.add(new Obstacle("east", null, new Box(400, 160, 60, 140)));
    ConnectorRequest request = new ConnectorRequest("out", "inside", "far", "");

    RoutedConnector line = router.route(boxes, List.of(request)).get(0);

    assertEquals(List.of("east"), boxesCrossed(line, request, boxes));
  }

  @Test
  void anEditFarAway_reroutesNothing() {
    List<Obstacle> boxes = new ArrayList<>(List.of(box("a", 0, 0), box("b", 400, 0), box("far", 5000, 5000)));
    List<ConnectorRequest> requests = List.of(new ConnectorRequest("a-b", "a", "b", "x"));
    List<RoutedConnector> first = router.route(boxes, requests);

    boxes.set(2, box("far", 5200, 5000));
    List<RoutedConnector> second = router.route(boxes, requests);

    assertEquals(0, router.reroutedLastTime());
    assertEquals(first, second);
  }

  @Test
  void reroutingAfterAnEdit_drawsTheSameLinesAsRoutingFromScratch() {
    List<Obstacle> boxes = new ArrayList<>();
    List<ConnectorRequest> requests = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      boxes.add(box("left" + k, 0, k * 100));
      boxes.add(box("right" + k, 600, k * 100));
      requests.add(new ConnectorRequest("c" + k, "left" + k, "right" + (5 - k), ""));
    }
    boxes.add(box("wall", 300, 100, 60, 300));
    router.route(boxes, requests);

    boxes.set(boxes.size() - 1, box("wall", 260, 0, 60, 300));
    List<RoutedConnector> incremental = router.route(boxes, requests);
    List<RoutedConnector> fresh = new ConnectorRouter(new FixedWidthMetrics()).route(boxes, requests);

    assertEquals(fresh.stream().map(RoutedConnector::points).toList(),
        incremental.stream().map(RoutedConnector::points).toList());
  }

  @Test
  void requestsWithAMissingEnd_areLeftOut() {
    List<RoutedConnector> lines = router.route(List.of(box("a", 0, 0)),
        List.of(new ConnectorRequest("dangling", "a", "gone", "")));

    assertEquals(List.of(), lines);
  }

  private static Obstacle box(String id, double x, double y) {
    return box(id, x, y, 120, 50);
  }

  private static Obstacle box(String id, double x, double y, double width, double height) {
    return new Obstacle(id, null, new Box(x, y, width, height));
  }
}
