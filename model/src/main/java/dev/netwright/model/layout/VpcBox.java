package dev.netwright.model.layout;

import static dev.netwright.model.layout.DrawingSizes.GAP;
import static dev.netwright.model.layout.DrawingSizes.LANE_GAP;
import static dev.netwright.model.layout.DrawingSizes.LANE_HEADER;
import static dev.netwright.model.layout.DrawingSizes.NODE_HEIGHT;
import static dev.netwright.model.layout.DrawingSizes.NODE_WIDTH;
import static dev.netwright.model.layout.DrawingSizes.SUBNET_HEIGHT;
import static dev.netwright.model.layout.DrawingSizes.SUBNET_WIDTH;
import static dev.netwright.model.layout.DrawingSizes.VPC_BAND;
import static dev.netwright.model.layout.DrawingSizes.VPC_HEADER;
import static dev.netwright.model.layout.DrawingSizes.VPC_PADDING;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The slots inside a VPC box: where the i-th subnet of a lane goes and where the band's nodes go,
 * and how big a box must be to hold a VPC's subnets and band nodes without crowding.
 */
final class VpcBox {
  /** Horizontal room for a subnet in its lane, both sides together. */
  static final double LANE_SIDE_ROOM = 40;
  /** Space above the first subnet of a lane, under the lane's header. */
  static final double SLOT_TOP = 12;
  static final double SLOT_STEP = SUBNET_HEIGHT + GAP;
  static final double NODE_STEP = NODE_WIDTH + GAP;
  /** Space between the band's top (or its first row) and a row of nodes. */
  static final double BAND_ROW_GAP = 6;

  private VpcBox() {
  }

  /** The size a new VPC box needs: every lane tall enough for its subnets, the band wide enough for its nodes. */
  static Bounds sizeFor(Vpc vpc, List<Subnet> subnets, List<Element> bandNodes) {
    List<AvailabilityZone> zones = Lanes.zones(vpc, subnets);
    Map<AvailabilityZone, Integer> perZone = new HashMap<>();
    for (Subnet subnet : subnets) {
      perZone.merge(subnet.zone(), 1, Integer::sum);
    }
    int deepest = Math.max(1, perZone.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    double lanesWidth = zones.size() * (SUBNET_WIDTH + LANE_SIDE_ROOM) + (zones.size() - 1) * LANE_GAP;
    int nodes = bandNodes.size();
    int columns = nodes <= columnsIn(lanesWidth) ? nodes : (nodes + 1) / 2;
    double bandWidth = columns * NODE_STEP - GAP;
    double laneHeight = LANE_HEADER + SLOT_TOP + deepest * SLOT_STEP - GAP + SLOT_TOP;
    return new Bounds(0, 0, 2 * VPC_PADDING + Math.max(lanesWidth, bandWidth), VPC_HEADER + laneHeight + VPC_BAND);
  }

  /** How many band nodes fit side by side in this inner width. */
  static int columnsIn(double innerWidth) {
    return (int) Math.floor((innerWidth + GAP) / NODE_STEP);
  }

  /** The i-th subnet slot of a lane, centred across it. */
  static Bounds subnetSlot(Lane lane, int index) {
    Bounds body = lane.body();
    double x = body.x() + (body.width() - SUBNET_WIDTH) / 2;
    return new Bounds(x, body.y() + SLOT_TOP + index * SLOT_STEP, SUBNET_WIDTH, SUBNET_HEIGHT);
  }

  /**
   * The i-th band slot of a VPC box: the band's two rows, left to right, first row first; past
   * those, rows under the box (when a given box is too small for what it holds).
   */
  static Bounds bandSlot(Bounds vpc, int index) {
    int columns = Math.max(1, columnsIn(vpc.width() - 2 * VPC_PADDING));
    int row = index / columns;
    int column = index % columns;
    double bandTop = vpc.maxY() - VPC_BAND;
    double y = row < 2 ? bandTop + BAND_ROW_GAP + row * (NODE_HEIGHT + BAND_ROW_GAP)
        : vpc.maxY() + GAP + (row - 2) * (NODE_HEIGHT + GAP);
    return new Bounds(vpc.x() + VPC_PADDING + column * NODE_STEP, y, NODE_WIDTH, NODE_HEIGHT);
  }

  /** The slot of the j-th of {@code count} NAT gateways drawn inside a subnet box, under its title. */
  static Bounds natSlot(Bounds subnet, int index, int count) {
    double side = (subnet.width() - NODE_WIDTH) / 2;
    if (count == 1 && side >= 0) {
      return new Bounds(subnet.x() + side, subnet.y() + DrawingSizes.SUBNET_HEADER, NODE_WIDTH, Math.min(NODE_HEIGHT,
          Math.max(0, subnet.height() - DrawingSizes.SUBNET_HEADER - 4)));
    }
    double gap = 6;
    double width = Math.max(1, (subnet.width() - gap * (count + 1)) / count);
    return new Bounds(subnet.x() + gap + index * (width + gap), subnet.y() + DrawingSizes.SUBNET_HEADER, width,
        Math.min(NODE_HEIGHT, Math.max(0, subnet.height() - DrawingSizes.SUBNET_HEADER - 4)));
  }
}
