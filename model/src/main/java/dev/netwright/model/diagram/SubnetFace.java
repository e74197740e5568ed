package dev.netwright.model.diagram;

import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * A subnet's box: its face (name, CIDR, public or private, route table) on top and, under it, the
 * resources that live in it (NAT gateways, interface endpoint interfaces) in rows, the box at least
 * as big as all of that needs. The drawing and the automatic layout size subnets with it.
 */
public final class SubnetFace {
  /** The width of a subnet whose text needs less. */
  public static final double MIN_WIDTH = 220;
  /** The height of a subnet whose text needs less. */
  public static final double MIN_HEIGHT = 80;
  static final double GAP = 6;

  private final Subnet subnet;
  private final Face face;
  private final List<Element> residents;
  private final List<Face> residentFaces;
  private final List<Box> residentBoxes = new ArrayList<>();
  private final Box box;
  private final double header;

  /** The subnet's box with its top-left corner where {@code wanted} has it, at least as big as {@code wanted}. */
  public SubnetFace(Subnet subnet, Topology topology, List<Element> residents, Box wanted, TextMetrics metrics) {
    this.subnet = subnet;
    this.face = Captions.of(subnet, topology);
    this.residents = List.copyOf(residents);
    this.residentFaces = residents.stream().map(resident -> Captions.resident(resident, topology)).toList();
    double width = Math.max(Math.max(MIN_WIDTH, wanted.width()), face.width(metrics));
    for (Face resident : residentFaces) {
      width = Math.max(width, resident.width(metrics) + 2 * GAP);
    }
    this.header = face.height(width, metrics);
    double x = wanted.x() + GAP;
    double y = wanted.y() + header;
    double rowHeight = 0;
    for (Face resident : residentFaces) {
      double w = resident.width(metrics);
      double h = resident.height(w, metrics);
      if (x + w > wanted.x() + width - GAP && x > wanted.x() + GAP) {
        x = wanted.x() + GAP;
        y += rowHeight + GAP;
        rowHeight = 0;
      }
      residentBoxes.add(new Box(x, y, w, h));
      x += w + GAP;
      rowHeight = Math.max(rowHeight, h);
    }
    double needed = residentFaces.isEmpty() ? header : y + rowHeight + GAP - wanted.y();
    this.box = new Box(wanted.x(), wanted.y(), width, Math.max(Math.max(MIN_HEIGHT, wanted.height()), needed));
  }

  public Subnet subnet() {
    return subnet;
  }

  public Box box() {
    return box;
  }

  Face face() {
    return face;
  }

  double header() {
    return header;
  }

  List<Element> residents() {
    return residents;
  }

  List<Face> residentFaces() {
    return residentFaces;
  }

  /** Where each resident is drawn, in the order of {@link #residents()}. */
  public List<Box> residentBoxes() {
    return residentBoxes;
  }
}
