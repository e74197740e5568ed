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
  private final List<InsideSubnet.Item> items;
  private final List<Box> itemBoxes = new ArrayList<>();
  private final Box box;
  private final double header;
  private final double naturalWidth;

  /** The subnet's box with its top-left corner where {@code wanted} has it, at least as big as {@code wanted}. */
  public SubnetFace(Subnet subnet, Topology topology, List<Element> residents, Box wanted, TextMetrics metrics) {
    this.subnet = subnet;
    this.face = Captions.of(subnet, topology);
    this.residents = List.copyOf(residents);
    this.residentFaces = residents.stream().map(resident -> Captions.resident(resident, topology)).toList();
    this.items = InsideSubnet.items(subnet, topology);
    double natural = Math.max(MIN_WIDTH, face.width(metrics));
    for (Face resident : residentFaces) {
      natural = Math.max(natural, resident.width(metrics) + 2 * GAP);
    }
    for (InsideSubnet.Item item : items) {
      natural = Math.max(natural, item.face().width(metrics) + 2 * GAP);
    }
    this.naturalWidth = natural;
    double width = Math.max(natural, wanted.width());
    this.header = face.height(width, metrics);
    Rows rows = new Rows(wanted.x() + GAP, wanted.y() + header, wanted.x() + width - GAP);
    residentFaces.forEach(resident -> residentBoxes.add(rows.place(resident, metrics)));
    // the workloads: a row (or rows) of small items of their own under the NAT gateways and endpoints
    if (!residentFaces.isEmpty() && !items.isEmpty()) {
      rows.newRow();
    }
    items.forEach(item -> itemBoxes.add(rows.place(item.face(), metrics)));
    double needed = residentFaces.isEmpty() && items.isEmpty() ? header : rows.bottom() + GAP - wanted.y();
    this.box = new Box(wanted.x(), wanted.y(), width, Math.max(Math.max(MIN_HEIGHT, wanted.height()), needed));
  }

  /**
   * This subnet's box placed again where {@code wanted} has it, at least as big as {@code wanted}:
   * the same box as a new face of the same subnet and topology would have, from the texts and
   * sizes measured here (a column of subnets is measured first, then placed at its widest).
   */
  public SubnetFace at(Box wanted, TextMetrics metrics) {
    return new SubnetFace(this, wanted, metrics);
  }

  private SubnetFace(SubnetFace measured, Box wanted, TextMetrics metrics) {
    this.subnet = measured.subnet;
    this.face = measured.face;
    this.residents = measured.residents;
    this.residentFaces = measured.residentFaces;
    this.items = measured.items;
    // the width the texts need and the size of each resident and item do not depend on where the box is
    this.naturalWidth = measured.naturalWidth;
    double width = Math.max(naturalWidth, wanted.width());
    this.header = width == measured.box.width() ? measured.header : face.height(width, metrics);
    Rows rows = new Rows(wanted.x() + GAP, wanted.y() + header, wanted.x() + width - GAP);
    measured.residentBoxes.forEach(size -> residentBoxes.add(rows.place(size.width(), size.height())));
    if (!residentFaces.isEmpty() && !items.isEmpty()) {
      rows.newRow();
    }
    measured.itemBoxes.forEach(size -> itemBoxes.add(rows.place(size.width(), size.height())));
    double needed = residentFaces.isEmpty() && items.isEmpty() ? header : rows.bottom() + GAP - wanted.y();
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

  /** The NAT gateways and endpoints drawn in the subnet, in the order they were given. */
  public List<Element> residents() {
    return residents;
  }

  List<Face> residentFaces() {
    return residentFaces;
  }

  List<InsideSubnet.Item> items() {
    return items;
  }

  /** Where each workload item is drawn, in the order of {@link #items()}. */
  List<Box> itemBoxes() {
    return itemBoxes;
  }

  /** Where each resident is drawn, in the order of {@link #residents()}. */
  public List<Box> residentBoxes() {
    return residentBoxes;
  }

  /** Sets boxes out left to right in rows between {@code left} and {@code right}, starting a new row when one is full. */
  private static final class Rows {
    private final double left;
    private final double right;
    private double x;
    private double y;
    private double rowHeight;

    Rows(double left, double top, double right) {
      this.left = left;
      this.right = right;
      this.x = left;
      this.y = top;
    }

    Box place(Face face, TextMetrics metrics) {
      double w = face.width(metrics);
      return place(w, face.height(w, metrics));
    }

    Box place(double w, double h) {
      if (x + w > right && x > left) {
        newRow();
      }
      Box placed = new Box(x, y, w, h);
      x += w + GAP;
      rowHeight = Math.max(rowHeight, h);
      return placed;
    }

    void newRow() {
      x = left;
      y += rowHeight + GAP;
      rowHeight = 0;
    }

    double bottom() {
      return y + rowHeight;
    }
  }
}
