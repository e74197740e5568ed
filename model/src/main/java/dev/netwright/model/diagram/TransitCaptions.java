package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the boxes of what joins VPCs say: a transit gateway lists its route tables as chips
 * ({@code rt: spokes · 3 assoc}), an attachment the table it is associated with, a hosted zone its
 * domain and alias records, a Resolver endpoint its subnets; a VPC gets a chip per private hosted
 * zone associated with it ({@code zone: corp.internal}).
 */
final class TransitCaptions {
  /** Alias records a hosted zone's box lists before it says how many more there are. */
  static final int RECORDS_SHOWN = 3;
  static final Tint TABLE_FILL = DiagramColors.accent(dev.netwright.model.topology.ElementKind.TRANSIT_GATEWAY_ROUTE_TABLE)
      .mix(Tint.WHITE, 0.85);
  static final Tint ZONE_FILL = DiagramColors.accent(dev.netwright.model.topology.ElementKind.HOSTED_ZONE).mix(Tint.WHITE, 0.85);

  private TransitCaptions() {
  }

  static Face transitGateway(TransitGateway gateway, Topology topology) {
    List<TransitGatewayAttachment> attachments = topology.attachmentsOf(gateway.id());
    String detail = "transit gateway · ASN " + gateway.amazonSideAsn() + " · " + attachments.size()
        + (attachments.size() == 1 ? " attachment" : " attachments");
    List<Face.ChipText> chips = new ArrayList<>();
    for (TransitGatewayRouteTable table : topology.transitGatewayRouteTables()) {
      if (table.transitGatewayId().equals(gateway.id())) {
        chips.add(new Face.ChipText(tableChip(table, topology, attachments), TABLE_FILL, DiagramColors.TEXT));
      }
    }
    return new Face(gateway.kind(), gateway.label(), List.of(detail), chips, Face.Scale.FULL);
  }

  /** "rt: spokes · 3 assoc" (with "(default)" and the blackholes when there are any). */
  static String tableChip(TransitGatewayRouteTable table, Topology topology, List<TransitGatewayAttachment> attachments) {
    long associated = attachments.stream().filter(attachment -> topology.transitGatewayRouteTableOf(attachment.id(),
        table.transitGatewayId()).map(found -> found.id().equals(table.id())).orElse(false)).count();
    long blackholes = table.routes().stream().filter(route -> route.blackhole()).count();
    return "rt: " + table.label() + (table.isDefault() ? " (default)" : "") + " · " + associated + " assoc"
        + (blackholes == 0 ? "" : " · " + blackholes + " blackhole" + (blackholes == 1 ? "" : "s"));
  }

  static Face routeTable(TransitGatewayRouteTable table, Topology topology) {
    String detail = topology.propagationsOf(table).size() + " prop · " + table.routes().size() + " static";
    return new Face(table.kind(), table.label(), List.of(detail), List.of(), Face.Scale.FULL);
  }

  static Face vpcAttachment(TransitGatewayVpcAttachment attachment, Topology topology) {
    int zones = attachment.subnetIds().size();
    String detail = "to " + Captions.label(topology, attachment.transitGatewayId()) + " · " + zones + (zones == 1 ? " zone" : " zones");
    return new Face(attachment.kind(), attachment.label(), List.of(detail), tableChips(attachment, topology), Face.Scale.FULL);
  }

  static Face vpnAttachment(TransitGatewayVpnAttachment attachment, Topology topology) {
    String detail = attachment.onPremisesCidrs().isEmpty() ? "VPN to on-premises"
        : "on-premises " + attachment.onPremisesCidrs().stream().map(Object::toString).collect(Collectors.joining(", "));
    return new Face(attachment.kind(), attachment.label(), List.of(detail), tableChips(attachment, topology), Face.Scale.FULL);
  }

  static Face peeringAttachment(TransitGatewayPeeringAttachment attachment, Topology topology) {
    String detail = Captions.label(topology, attachment.transitGatewayId()) + " ↔ "
        + Captions.label(topology, attachment.peerTransitGatewayId());
    return new Face(attachment.kind(), attachment.label(), List.of(detail), tableChips(attachment, topology), Face.Scale.FULL);
  }

  private static List<Face.ChipText> tableChips(TransitGatewayAttachment attachment, Topology topology) {
    List<Face.ChipText> chips = new ArrayList<>();
    for (ElementId gateway : attachment.transitGatewayIds()) {
      topology.transitGatewayRouteTableOf(attachment.id(), gateway).ifPresent(table -> chips.add(
          new Face.ChipText("rt: " + table.label(), TABLE_FILL, DiagramColors.TEXT)));
    }
    return chips;
  }

  static Face hostedZone(HostedZone zone, Topology topology) {
    List<String> lines = new ArrayList<>();
    int vpcs = zone.vpcIds().size();
    lines.add(zone.domain());
    lines.add("private zone · " + vpcs + (vpcs == 1 ? " VPC" : " VPCs"));
    List<AliasRecord> records = zone.records();
    for (int i = 0; i < Math.min(RECORDS_SHOWN, records.size()); i++) {
      AliasRecord record = records.get(i);
      String name = record.recordName().equals(zone.domain()) ? "(apex)" : record.recordName();
      lines.add(name + " → " + Captions.label(topology, record.endpointId()));
    }
    if (records.size() > RECORDS_SHOWN) {
      lines.add("+" + (records.size() - RECORDS_SHOWN) + " more");
    }
    return new Face(zone.kind(), zone.label(), lines, List.of(), Face.Scale.FULL);
  }

  static Face resolverEndpoint(ResolverEndpoint endpoint, Topology topology) {
    int subnets = endpoint.subnetIds().size();
    return new Face(endpoint.kind(), endpoint.label(), List.of("Resolver inbound · " + subnets + (subnets == 1 ? " subnet" : " subnets")),
        List.of(), Face.Scale.FULL);
  }

  /** A chip per private hosted zone associated with the VPC. */
  static List<Face.ChipText> zoneChips(ElementId vpcId, Topology topology) {
    return topology.hostedZonesOf(vpcId).stream()
        .map(zone -> new Face.ChipText("zone: " + zone.domain(), ZONE_FILL, DiagramColors.TEXT)).toList();
  }
}
