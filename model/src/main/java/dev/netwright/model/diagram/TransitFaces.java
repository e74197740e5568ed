package dev.netwright.model.diagram;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The faces of what joins VPCs: transit gateways, their attachments and route tables, hosted zones, Resolver endpoints. */
final class TransitFaces {
  private TransitFaces() {
  }

  static void addTo(Map<Class<? extends Element>, BiFunction<Element, Topology, Face>> faces) {
    faces.put(TransitGateway.class, (e, t) -> Captions.full(e, List.of("transit gateway  ·  " + ((TransitGateway) e).region()
        + "  ·  ASN " + ((TransitGateway) e).amazonSideAsn()), List.of()));
    faces.put(TransitGatewayVpcAttachment.class, (e, t) -> {
      TransitGatewayVpcAttachment attachment = (TransitGatewayVpcAttachment) e;
      return Captions.full(e, List.of("to " + attachment.transitGatewayId() + "  ·  " + attachment.subnetIds().size()
          + (attachment.subnetIds().size() == 1 ? " subnet" : " subnets")), List.of());
    });
    faces.put(TransitGatewayVpnAttachment.class, (e, t) -> Captions.full(e, List.of("VPN  ·  " + ((TransitGatewayVpnAttachment) e)
        .onPremisesCidrs().stream().map(Cidr::toString).collect(Collectors.joining(", "))), List.of()));
    faces.put(TransitGatewayPeeringAttachment.class, (e, t) -> Captions.full(e, List.of("peering "
        + ((TransitGatewayPeeringAttachment) e).transitGatewayId() + " <-> " + ((TransitGatewayPeeringAttachment) e)
        .peerTransitGatewayId()), List.of()));
    faces.put(TransitGatewayRouteTable.class, (e, t) -> routeTable((TransitGatewayRouteTable) e));
    faces.put(HostedZone.class, (e, t) -> {
      HostedZone zone = (HostedZone) e;
      return Captions.full(e, List.of("private hosted zone  ·  " + zone.vpcIds().size() + (zone.vpcIds().size() == 1 ? " VPC" : " VPCs")
          + "  ·  " + zone.records().size() + (zone.records().size() == 1 ? " record" : " records")), List.of());
    });
    faces.put(ResolverEndpoint.class, (e, t) -> Captions.full(e, List.of("Resolver inbound  ·  "
        + ((ResolverEndpoint) e).subnetIds().size() + " subnets"), List.of()));
  }

  private static Face routeTable(TransitGatewayRouteTable table) {
    List<String> lines = new ArrayList<>();
    lines.add((table.isDefault() ? "default  ·  " : "") + table.associations().size() + " associated  ·  " + table.propagations().size()
        + " propagating");
    List<TransitGatewayRoute> routes = table.routes();
    for (int i = 0; i < Math.min(routes.size(), Captions.ROUTES_SHOWN); i++) {
      lines.add(routes.get(i).toString());
    }
    if (routes.size() > Captions.ROUTES_SHOWN) {
      lines.add("+ " + (routes.size() - Captions.ROUTES_SHOWN) + " more");
    }
    return Captions.full(table, lines, List.of());
  }
}
