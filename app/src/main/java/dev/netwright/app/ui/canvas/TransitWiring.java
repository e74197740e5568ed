package dev.netwright.app.ui.canvas;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the connect tool does between what joins VPCs: from a VPC (or one of its subnets) to a
 * transit gateway it attaches the VPC through one subnet per zone (the VPC's first subnet in each
 * zone; the subnet dragged from, in its own zone), the attachment drawn on the VPC's bottom border;
 * from a private hosted zone to a VPC it associates the zone with the VPC. Each is one undo step.
 */
final class TransitWiring {
  static final String ATTACH = "transit-attach";
  static final String ASSOCIATE_ZONE = "zone-associate";

  private TransitWiring() {
  }

  /** The action for an ordered pair of kinds, null when there is none. */
  static String action(ElementKind from, ElementKind to) {
    if ((from == ElementKind.VPC || from == ElementKind.SUBNET) && to == ElementKind.TRANSIT_GATEWAY) {
      return ATTACH;
    }
    if (from == ElementKind.HOSTED_ZONE && to == ElementKind.VPC) {
      return ASSOCIATE_ZONE;
    }
    return null;
  }

  static void connect(DesignCanvas canvas, String action, Element from, Element to) {
    if (ATTACH.equals(action)) {
      attach(canvas, from, (TransitGateway) to);
    } else if (ASSOCIATE_ZONE.equals(action)) {
      canvas.session().editor().transit().associateZone(from.id(), to.id());
    } else {
      throw new IllegalStateException(action);
    }
  }

  private static void attach(DesignCanvas canvas, Element from, TransitGateway gateway) {
    Topology topology = canvas.session().document().topology();
    Subnet dragged = from instanceof Subnet subnet ? subnet : null;
    Vpc vpc = topology.require(dragged == null ? from.id() : dragged.vpcId(), Vpc.class);
    if (topology.attachmentsOfVpc(vpc.id()).stream().anyMatch(a -> a.transitGatewayId().equals(gateway.id()))) {
      throw new NetwrightException(vpc.label() + " is already attached to " + gateway.label()
          + ": choose its attachment's subnets in the Inspector");
    }
    if (!vpc.region().equals(gateway.region())) {
      throw new NetwrightException(vpc.label() + " is in " + vpc.region() + " and " + gateway.label() + " in " + gateway.region()
          + ": a transit gateway attaches VPCs of its own region");
    }
    List<ElementId> subnets = subnetsPerZone(topology, vpc, dragged);
    if (subnets.isEmpty()) {
      throw new NetwrightException(vpc.label() + " has no subnet: a transit gateway attachment needs one subnet per zone");
    }
    Bounds box = canvas.diagram().view(vpc.id()).map(ElementView::bounds).orElseThrow();
    // on the VPC's bottom border, towards the hub; the VPC's box grows around it
    Bounds place = new Bounds(Geometry.snap(box.centerX() - Geometry.NODE_WIDTH / 2), Geometry.snap(box.maxY()),
        Geometry.NODE_WIDTH, Geometry.NODE_HEIGHT);
    canvas.session().editor().transit().attachVpc(gateway.id(), vpc.id(), subnets, "", place);
  }

  /** One subnet per zone: the VPC's first in each zone (in the design's order), the dragged subnet in its own zone. */
  static List<ElementId> subnetsPerZone(Topology topology, Vpc vpc, Subnet dragged) {
    Map<AvailabilityZone, ElementId> byZone = new TreeMap<>();
    for (Subnet subnet : topology.inVpc(vpc.id(), Subnet.class)) {
      byZone.putIfAbsent(subnet.zone(), subnet.id());
    }
    if (dragged != null) {
      byZone.put(dragged.zone(), dragged.id());
    }
    return new ArrayList<>(byZone.values());
  }

  /** Where a new hosted zone dropped on a VPC is associated; none when dropped elsewhere. */
  static List<ElementId> zoneVpcs(Diagram diagram, double x, double y) {
    return diagram.viewAt(x, y, VpcView.class).map(view -> List.of(view.id())).orElse(List.of());
  }

  /** A new transit gateway or private hosted zone, drawn where it was dropped (in its region, outside the VPCs). */
  static NewElement newElement(ElementKind kind, ElementId id, String name, double x, double y, Diagram diagram) {
    Bounds box = new Bounds(Geometry.snap(x - Geometry.NODE_WIDTH / 2), Geometry.snap(y - Geometry.NODE_HEIGHT / 2),
        Geometry.NODE_WIDTH, Geometry.NODE_HEIGHT);
    if (kind == ElementKind.TRANSIT_GATEWAY) {
      dev.netwright.model.Region region = diagram.viewAt(x, y, VpcView.class).map(view -> view.vpc().region())
          .orElse(diagram.document().region());
      return new NewElement(TransitGateway.of(id, name, region), box);
    }
    String domain = id.value().toLowerCase(java.util.Locale.ROOT) + ".internal";
    return new NewElement(new HostedZone(id, name, domain, zoneVpcs(diagram, x, y), List.of()), box);
  }
}
