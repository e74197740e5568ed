package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is drawn in a region's box outside its VPCs: transit gateways (the hub), their VPN and
 * peering attachments (VPC attachments sit on their VPCs' borders), and private hosted zones (in
 * the region of the first VPC they are associated with). In the order a gateway's VPN attachments
 * (towards the on-premises network, on its left), the gateway, its peering attachments, then the
 * next gateway, then the hosted zones.
 */
public final class RegionalElements {
  private RegionalElements() {
  }

  public static List<Element> of(Topology topology, Region region) {
    List<Element> result = new ArrayList<>();
    for (TransitGateway gateway : topology.transitGateways()) {
      if (!gateway.region().equals(region)) {
        continue;
      }
      List<Element> peerings = new ArrayList<>();
      for (TransitGatewayAttachment attachment : topology.transitGatewayAttachments()) {
        if (attachment instanceof TransitGatewayVpnAttachment && attachment.transitGatewayId().equals(gateway.id())) {
          result.add(attachment);
        } else if (attachment instanceof TransitGatewayPeeringAttachment && attachment.transitGatewayId().equals(gateway.id())) {
          peerings.add(attachment);
        }
      }
      result.add(gateway);
      result.addAll(peerings);
    }
    for (HostedZone zone : topology.hostedZones()) {
      if (regionOf(topology, zone).map(region::equals).orElse(false)) {
        result.add(zone);
      }
    }
    return result;
  }

  /** The region a hosted zone is drawn in: its first VPC's. */
  public static Optional<Region> regionOf(Topology topology, HostedZone zone) {
    for (ElementId vpc : zone.vpcIds()) {
      Optional<Vpc> found = topology.find(vpc, Vpc.class);
      if (found.isPresent()) {
        return Optional.of(found.get().region());
      }
    }
    return Optional.empty();
  }

  /** What the hub says of one of its route tables: {@code rt: spokes (default) · 3 assoc · 1 blackhole}. */
  public static String routeTableChip(dev.netwright.model.topology.TransitGatewayRouteTable table, Topology topology) {
    return TransitCaptions.tableChip(table, topology, topology.attachmentsOf(table.transitGatewayId()));
  }
}
