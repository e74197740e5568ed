package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Availability Zone lanes of a VPC box: the zones of its subnets together with its region's
 * {@code a}, {@code b} and {@code c} (so that a new VPC offers three lanes to drop subnets into),
 * sorted by name, side by side and of equal width, between the VPC's header and its bottom band.
 */
public final class Lanes {
  private static final char[] DEFAULT_LETTERS = {'a', 'b', 'c'};

  private Lanes() {
  }

  /** The zones a VPC shows lanes for, sorted by name. */
  public static List<AvailabilityZone> zones(Topology topology, ElementId vpcId) {
    return zones(topology.require(vpcId, Vpc.class), topology.inVpc(vpcId, Subnet.class));
  }

  /** The zones of a VPC with these subnets: theirs and the region's a, b and c, sorted by name. */
  static List<AvailabilityZone> zones(Vpc vpc, Collection<Subnet> subnets) {
    SortedSet<AvailabilityZone> zones = new TreeSet<>();
    for (char letter : DEFAULT_LETTERS) {
      zones.add(vpc.region().zone(letter));
    }
    for (Subnet subnet : subnets) {
      zones.add(subnet.zone());
    }
    return List.copyOf(zones);
  }

  /** The first zone of the region (by letter, from a) that is not among {@code used}: the zone of a new lane. */
  public static AvailabilityZone nextZone(dev.netwright.model.Region region, java.util.Collection<AvailabilityZone> used) {
    for (char letter = 'a'; letter <= 'z'; letter++) {
      AvailabilityZone zone = region.zone(letter);
      if (!used.contains(zone)) {
        return zone;
      }
    }
    return region.zone('a');
  }

  /** The lanes of a VPC as drawn in {@code layout}; empty when the VPC has no bounds there. */
  public static List<Lane> of(Topology topology, Layout layout, ElementId vpcId) {
    Optional<Bounds> box = layout.find(vpcId);
    if (box.isEmpty()) {
      return List.of();
    }
    return within(box.get(), zones(topology, vpcId));
  }

  /** Lanes for these zones inside a VPC box of these bounds. */
  static List<Lane> within(Bounds vpc, List<AvailabilityZone> zones) {
    int count = zones.size();
    double inner = Math.max(0, vpc.width() - 2 * DrawingSizes.VPC_PADDING - (count - 1) * DrawingSizes.LANE_GAP);
    double width = inner / count;
    double top = vpc.y() + Math.min(DrawingSizes.VPC_HEADER, vpc.height());
    double height = Math.max(0, vpc.maxY() - DrawingSizes.VPC_BAND - top);
    List<Lane> lanes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double x = vpc.x() + DrawingSizes.VPC_PADDING + i * (width + DrawingSizes.LANE_GAP);
      lanes.add(new Lane(zones.get(i), new Bounds(x, top, width, height)));
    }
    return lanes;
  }

  /** The lane of {@code vpcId} that holds the point, when the point is in one. */
  public static Optional<Lane> laneAt(Topology topology, Layout layout, ElementId vpcId, double x, double y) {
    return of(topology, layout, vpcId).stream().filter(lane -> lane.bounds().contains(x, y)).findFirst();
  }

  /** The zone of the lane of {@code vpcId} that holds the point, when the point is in one. */
  public static Optional<AvailabilityZone> zoneAt(Topology topology, Layout layout, ElementId vpcId, double x, double y) {
    return laneAt(topology, layout, vpcId, x, y).map(Lane::zone);
  }

  /** The lane of one zone of a VPC, when the VPC is drawn. */
  public static Optional<Lane> laneOf(Topology topology, Layout layout, ElementId vpcId, AvailabilityZone zone) {
    return of(topology, layout, vpcId).stream().filter(lane -> lane.zone().equals(zone)).findFirst();
  }
}
