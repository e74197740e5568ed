package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Availability Zone columns of a VPC: one for each zone its subnets use (no empty columns),
 * around that zone's subnets where they are drawn, from the column's title to the bottom of the
 * deepest column. A point inside the VPC but in no column is in the drop lane of the next unused
 * zone (a, b, c, ...), where a subnet dropped starts a new column.
 */
public final class Lanes {
  private Lanes() {
  }

  /** The zones a VPC's subnets use, sorted by name. */
  public static List<AvailabilityZone> zones(Topology topology, ElementId vpcId) {
    return topology.inVpc(vpcId, Subnet.class).stream().map(Subnet::zone).distinct().sorted().toList();
  }

  /** The first zone of the region (by letter, from a) that is not among {@code used}: the zone of a new lane. */
  public static AvailabilityZone nextZone(Region region, Collection<AvailabilityZone> used) {
    for (char letter = 'a'; letter <= 'z'; letter++) {
      AvailabilityZone zone = region.zone(letter);
      if (!used.contains(zone)) {
        return zone;
      }
    }
    return region.zone('a');
  }

  /** The columns of a VPC as drawn in {@code layout}, left to right; empty when it has no placed subnets. */
  public static List<Lane> of(Topology topology, Layout layout, ElementId vpcId) {
    Map<AvailabilityZone, List<Bounds>> byZone = new TreeMap<>();
    for (Subnet subnet : topology.inVpc(vpcId, Subnet.class)) {
      layout.find(subnet.id()).ifPresent(box -> byZone.computeIfAbsent(subnet.zone(), key -> new ArrayList<>()).add(box));
    }
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (List<Bounds> boxes : byZone.values()) {
      for (Bounds box : boxes) {
        top = Math.min(top, box.y() - DrawingBuilder.COLUMN_HEADER);
        bottom = Math.max(bottom, box.maxY() + DrawingBuilder.COLUMN_PAD);
      }
    }
    List<Lane> lanes = new ArrayList<>();
    for (Map.Entry<AvailabilityZone, List<Bounds>> zone : byZone.entrySet()) {
      double left = zone.getValue().stream().mapToDouble(Bounds::x).min().orElseThrow() - DrawingBuilder.COLUMN_PAD;
      double right = zone.getValue().stream().mapToDouble(Bounds::maxX).max().orElseThrow() + DrawingBuilder.COLUMN_PAD;
      lanes.add(new Lane(zone.getKey(), new Bounds(left, top, right - left, bottom - top)));
    }
    lanes.sort((a, b) -> Double.compare(a.bounds().x(), b.bounds().x()));
    return lanes;
  }

  /** The column of {@code vpcId} under the point's x, when there is one and the point is in the VPC. */
  public static Optional<Lane> laneAt(Topology topology, Layout layout, ElementId vpcId, double x, double y) {
    if (!layout.find(vpcId).map(box -> box.contains(x, y)).orElse(false)) {
      return Optional.empty();
    }
    return of(topology, layout, vpcId).stream().filter(lane -> x >= lane.bounds().x() && x <= lane.bounds().maxX())
        .findFirst();
  }

  /**
   * The zone a subnet dropped at the point joins: the column's under it, else (inside the VPC) the
   * drop lane's next unused zone; empty outside the VPC.
   */
  public static Optional<AvailabilityZone> zoneAt(Topology topology, Layout layout, ElementId vpcId, double x, double y) {
    if (!layout.find(vpcId).map(box -> box.contains(x, y)).orElse(false)) {
      return Optional.empty();
    }
    Optional<Lane> lane = laneAt(topology, layout, vpcId, x, y);
    if (lane.isPresent()) {
      return Optional.of(lane.get().zone());
    }
    Vpc vpc = topology.require(vpcId, Vpc.class);
    return Optional.of(nextZone(vpc.region(), zones(topology, vpcId)));
  }

  /** The column of one zone of a VPC, when the VPC has subnets drawn there. */
  public static Optional<Lane> laneOf(Topology topology, Layout layout, ElementId vpcId, AvailabilityZone zone) {
    return of(topology, layout, vpcId).stream().filter(lane -> lane.zone().equals(zone)).findFirst();
  }
}
