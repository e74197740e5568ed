package dev.netwright.bench;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.ConnectorRequest;
import dev.netwright.model.diagram.route.Obstacle;
import java.util.ArrayList;
import java.util.List;

/**
 * The boxes and connectors of a drawn production design, as the diagram hands them to the router:
 * VPCs in rows, each with three Availability Zone columns of a public subnet (holding its NAT
 * gateway) and a private subnet (holding the network interfaces of four interface endpoints), a
 * row of four route tables, three security groups, an internet gateway on the top border and two
 * gateway endpoints on the right border: 35 boxes a VPC. Connectors: each subnet to its route
 * table, the public table to the internet gateway, each private table to its zone's NAT gateway
 * (labelled 0.0.0.0/0) and to both gateway endpoints: 16 a VPC.
 */
public final class RoutingDrawing {
  /** Boxes a VPC contributes. */
  public static final int BOXES_PER_VPC = 35;
  private static final int PER_ROW = 12;
  private final List<Obstacle> obstacles = new ArrayList<>();
  private final List<ConnectorRequest> requests = new ArrayList<>();

  private RoutingDrawing() {
  }

  /** A drawing of {@code vpcs} VPCs. */
  public static RoutingDrawing of(int vpcs) {
    RoutingDrawing drawing = new RoutingDrawing();
    for (int v = 0; v < vpcs; v++) {
      drawing.addVpc(v, (v % PER_ROW) * 1100.0, (v / PER_ROW) * 900.0);
    }
    return drawing;
  }

  public List<Obstacle> obstacles() {
    return obstacles;
  }

  public List<ConnectorRequest> requests() {
    return requests;
  }

  /** The same drawing with one box moved by {@code dx}, {@code dy}: what a drag leaves. */
  public List<Obstacle> withMoved(String id, double dx, double dy) {
    List<Obstacle> moved = new ArrayList<>(obstacles.size());
    for (Obstacle obstacle : obstacles) {
      Box box = obstacle.box();
      moved.add(obstacle.id().equals(id)
          ? new Obstacle(id, obstacle.parentId(), new Box(box.x() + dx, box.y() + dy, box.width(), box.height()))
          : obstacle);
    }
    return moved;
  }

  private void addVpc(int v, double x, double y) {
    String vpc = "vpc" + v;
    add(vpc, null, x, y, 900, 700);
    add(vpc + "-igw", vpc, x + 400, y - 25, 120, 50);
    add(vpc + "-s3", vpc, x + 840, y + 200, 120, 50);
    add(vpc + "-ddb", vpc, x + 840, y + 300, 120, 50);
    for (int t = 0; t < 4; t++) {
      add(vpc + "-rt" + t, vpc, x + 40 + t * 210, y + 500, 160, 60);
    }
    for (int g = 0; g < 3; g++) {
      add(vpc + "-sg" + g, vpc, x + 40 + g * 200, y + 610, 160, 50);
    }
    connect(vpc + "-rt0", vpc + "-igw", "0.0.0.0/0");
    for (int z = 0; z < 3; z++) {
      String zone = vpc + "-az" + z;
      double zx = x + 20 + z * 270;
      add(zone, vpc, zx, y + 40, 250, 420);
      String publicSubnet = zone + "-public";
      add(publicSubnet, zone, zx + 15, y + 80, 220, 110);
      add(zone + "-nat", publicSubnet, zx + 120, y + 120, 90, 50);
      String privateSubnet = zone + "-private";
      add(privateSubnet, zone, zx + 15, y + 230, 220, 200);
      for (int e = 0; e < 4; e++) {
        add(zone + "-eni" + e, privateSubnet, zx + 25 + (e % 2) * 105, y + 270 + (e / 2) * 70, 95, 40);
      }
      String table = vpc + "-rt" + (z + 1);
      connect(publicSubnet, vpc + "-rt0", "");
      connect(privateSubnet, table, "");
      connect(table, zone + "-nat", "0.0.0.0/0");
      connect(table, vpc + "-s3", "");
      connect(table, vpc + "-ddb", "");
    }
  }

  private void add(String id, String parent, double x, double y, double width, double height) {
    obstacles.add(new Obstacle(id, parent, new Box(x, y, width, height)));
  }

  private void connect(String from, String to, String label) {
    requests.add(new ConnectorRequest(from + "->" + to, from, to, label));
  }
}
