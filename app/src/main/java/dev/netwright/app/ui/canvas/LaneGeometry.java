package dev.netwright.app.ui.canvas;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Availability Zone lanes of a VPC: the zones of its subnets and the region's a, b and c,
 * sorted by name, side by side and of equal width between the VPC's header and its bottom band.
 */
public final class LaneGeometry {
  private LaneGeometry() {
  }

  public static List<Lane> of(Topology topology, Layout layout, ElementId vpcId) {
    Optional<Vpc> vpc = topology.find(vpcId, Vpc.class);
    Optional<Bounds> box = layout.find(vpcId);
    if (vpc.isEmpty() || box.isEmpty()) {
      return List.of();
    }
    TreeSet<AvailabilityZone> zones = new TreeSet<>();
    for (char letter = 'a'; letter <= 'c'; letter++) {
      zones.add(vpc.get().region().zone(letter));
    }
    for (Subnet subnet : topology.inVpc(vpcId, Subnet.class)) {
      zones.add(subnet.zone());
    }
    Bounds b = box.get();
    double top = b.y() + Geometry.VPC_HEADER;
    double height = Math.max(0, b.height() - Geometry.VPC_HEADER - Geometry.VPC_BAND);
    double width = b.width() / zones.size();
    List<Lane> lanes = new ArrayList<>();
    int index = 0;
    for (AvailabilityZone zone : zones) {
      lanes.add(new Lane(zone, new Bounds(b.x() + index * width, top, width, height)));
      index++;
    }
    return lanes;
  }

  /** The lane of a VPC at a point, when the point is in one. */
  public static Optional<Lane> laneAt(Topology topology, Layout layout, ElementId vpcId, double x, double y) {
    return of(topology, layout, vpcId).stream().filter(lane -> lane.bounds().contains(x, y)).findFirst();
  }

  /** The VPC's bottom band, where route tables, endpoints, security groups and gateways go. */
  public static Bounds band(Bounds vpc) {
    return new Bounds(vpc.x(), Math.max(vpc.y(), vpc.maxY() - Geometry.VPC_BAND), vpc.width(),
        Math.min(Geometry.VPC_BAND, vpc.height()));
  }
}
