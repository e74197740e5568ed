package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a subnet goes when its zone changes without a drag (the Inspector): under the last subnet
 * of the new zone's column, or in a new column right of the others. What stands under the columns
 * (route tables, security groups) moves down when the column grows past it, and the VPC grows to
 * hold everything: the new bounds of all that moves, for one command.
 */
public final class ZonePlacement {
  static final double SUBNET_GAP = VpcBlock.SUBNET_GAP;

  private ZonePlacement() {
  }

  public static Map<ElementId, Bounds> boundsFor(Document document, ElementId subnetId, AvailabilityZone zone) {
    Topology topology = document.topology();
    Layout layout = document.layout();
    Subnet subnet = topology.require(subnetId, Subnet.class);
    Map<ElementId, Bounds> moved = new LinkedHashMap<>();
    Optional<Bounds> vpcBox = layout.find(subnet.vpcId());
    Optional<Bounds> subnetBox = layout.find(subnetId);
    if (vpcBox.isEmpty() || subnetBox.isEmpty()) {
      return moved;
    }
    Bounds from = subnetBox.get();
    List<Lane> lanes = Lanes.of(topology, layout, subnet.vpcId());
    double columnsBottom = lanes.stream().mapToDouble(lane -> lane.bounds().maxY()).max().orElse(from.maxY());
    Optional<Lane> target = lanes.stream().filter(lane -> lane.zone().equals(zone)).findFirst();
    double x;
    double y;
    if (target.isPresent()) {
      x = target.get().bounds().x() + DrawingBuilder.COLUMN_PAD;
      y = lowestSubnetBottom(topology, layout, subnet.vpcId(), zone) + SUBNET_GAP;
    } else {
      double right = lanes.stream().mapToDouble(lane -> lane.bounds().maxX()).max().orElse(vpcBox.get().x());
      x = right + VpcBlock.COLUMN_GAP + DrawingBuilder.COLUMN_PAD;
      y = lanes.isEmpty() ? from.y() : lanes.get(0).body().y();
    }
    Bounds to = from.movedTo(x, y);
    moved.put(subnetId, to);
    double dx = to.x() - from.x();
    double dy = to.y() - from.y();
    for (NatGateway nat : topology.natGateways()) {
      if (nat.subnetId().equals(subnetId)) {
        layout.find(nat.id()).ifPresent(box -> moved.put(nat.id(), box.movedBy(dx, dy)));
      }
    }
    double push = Math.max(0, to.maxY() + DrawingBuilder.COLUMN_PAD - columnsBottom);
    if (push > 0) {
      pushDownBelow(topology, layout, subnet.vpcId(), columnsBottom, push, moved);
    }
    Bounds vpc = vpcBox.get();
    double maxX = vpc.maxX();
    double maxY = vpc.maxY() + push;
    for (Bounds box : moved.values()) {
      maxX = Math.max(maxX, box.maxX() + DrawingBuilder.VPC_PAD);
      maxY = Math.max(maxY, box.maxY() + DrawingBuilder.VPC_PAD);
    }
    if (maxX > vpc.maxX() || maxY > vpc.maxY()) {
      moved.put(subnet.vpcId(), vpc.resized(maxX - vpc.x(), maxY - vpc.y()));
    }
    return moved;
  }

  private static double lowestSubnetBottom(Topology topology, Layout layout, ElementId vpcId, AvailabilityZone zone) {
    double bottom = -Double.MAX_VALUE;
    for (Subnet other : topology.inVpc(vpcId, Subnet.class)) {
      if (other.zone().equals(zone)) {
        bottom = Math.max(bottom, layout.find(other.id()).map(Bounds::maxY).orElse(bottom));
      }
    }
    return bottom;
  }

  /** Moves down what stands in the VPC under the columns (not subnets or what they hold). */
  private static void pushDownBelow(Topology topology, Layout layout, ElementId vpcId, double top, double push,
      Map<ElementId, Bounds> moved) {
    for (Element element : topology.elements()) {
      if (element instanceof Subnet || element instanceof NatGateway || element instanceof Vpc
          || !topology.vpcOf(element.id()).map(vpcId::equals).orElse(false)) {
        continue;
      }
      layout.find(element.id()).filter(box -> box.y() >= top).ifPresent(box -> moved.put(element.id(), box.movedBy(0, push)));
    }
  }
}
