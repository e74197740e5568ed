package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A design element with its id and every reference put through a mapping: from design ids to the
 * AWS ids they stand for, so that a design element can be compared with what runs.
 */
final class Resolve {
  private Resolve() {
  }

  static Element element(Element element, UnaryOperator<ElementId> ids) {
    ElementId id = ids.apply(element.id());
    if (element instanceof Vpc vpc) {
      return new Vpc(id, vpc.name(), vpc.cidrBlocks(), vpc.dnsSupport(), vpc.dnsHostnames(), vpc.region(), vpc.accountId(),
          vpc.external());
    }
    if (element instanceof Subnet subnet) {
      return new Subnet(id, subnet.name(), ids.apply(subnet.vpcId()), subnet.cidr(), subnet.zone());
    }
    if (element instanceof RouteTable table) {
      return new RouteTable(id, table.name(), ids.apply(table.vpcId()), table.main(),
          table.routes().stream().map(route -> new Route(route.destination(), ids.apply(route.target()))).toList(),
          all(table.subnetIds(), ids));
    }
    if (element instanceof InternetGateway gateway) {
      return new InternetGateway(id, gateway.name(), ids.apply(gateway.vpcId()));
    }
    if (element instanceof NatGateway nat) {
      return new NatGateway(id, nat.name(), ids.apply(nat.subnetId()), nat.publicConnectivity(), nat.elasticIp());
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return new GatewayEndpoint(id, endpoint.name(), ids.apply(endpoint.vpcId()), endpoint.service(),
          all(endpoint.routeTableIds(), ids), endpoint.policy());
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return new InterfaceEndpoint(id, endpoint.name(), ids.apply(endpoint.vpcId()), endpoint.service(),
          all(endpoint.subnetIds(), ids), all(endpoint.securityGroupIds(), ids), endpoint.privateDns(), endpoint.policy());
    }
    if (element instanceof SecurityGroup group) {
      return new SecurityGroup(id, group.name(), ids.apply(group.vpcId()), group.description(), rules(group.ingress(), ids),
          rules(group.egress(), ids));
    }
    if (element instanceof PeeringConnection peering) {
      return new PeeringConnection(id, peering.name(), ids.apply(peering.requesterVpcId()), ids.apply(peering.accepterVpcId()));
    }
    if (element instanceof VpnGateway vpn) {
      return new VpnGateway(id, vpn.name(), ids.apply(vpn.vpcId()), vpn.onPremisesCidrs());
    }
    if (element instanceof NetworkAcl acl) {
      return new NetworkAcl(id, acl.name(), ids.apply(acl.vpcId()), acl.isDefault(), acl.inbound(), acl.outbound(),
          all(acl.subnetIds(), ids));
    }
    if (element instanceof Workload workload) {
      return new Workload(id, workload.name(), workload.type(), ids.apply(workload.subnetId()), workload.privateIp(),
          workload.publicIp(), all(workload.securityGroupIds(), ids));
    }
    if (element instanceof dev.netwright.model.topology.TransitGateway gateway) {
      return new dev.netwright.model.topology.TransitGateway(id, gateway.name(), gateway.region(), gateway.amazonSideAsn(),
          gateway.defaultAssociation(), gateway.defaultPropagation());
    }
    if (element instanceof dev.netwright.model.topology.TransitGatewayVpcAttachment attachment) {
      return new dev.netwright.model.topology.TransitGatewayVpcAttachment(id, attachment.name(), ids.apply(attachment.transitGatewayId()),
          ids.apply(attachment.vpcId()), all(attachment.subnetIds(), ids));
    }
    if (element instanceof dev.netwright.model.topology.TransitGatewayVpnAttachment vpn) {
      return new dev.netwright.model.topology.TransitGatewayVpnAttachment(id, vpn.name(), ids.apply(vpn.transitGatewayId()),
          vpn.onPremisesCidrs(), vpn.customerGateway());
    }
    if (element instanceof dev.netwright.model.topology.TransitGatewayPeeringAttachment peering) {
      return new dev.netwright.model.topology.TransitGatewayPeeringAttachment(id, peering.name(), ids.apply(peering.transitGatewayId()),
          ids.apply(peering.peerTransitGatewayId()));
    }
    if (element instanceof dev.netwright.model.topology.TransitGatewayRouteTable table) {
      return new dev.netwright.model.topology.TransitGatewayRouteTable(id, table.name(), ids.apply(table.transitGatewayId()),
          table.isDefault(), all(table.associations(), ids), all(table.propagations(), ids), table.routes().stream()
              .map(route -> route.blackhole() ? route : dev.netwright.model.topology.TransitGatewayRoute.to(route.destination(),
                  ids.apply(route.attachmentId()))).toList());
    }
    if (element instanceof dev.netwright.model.topology.HostedZone zone) {
      return new dev.netwright.model.topology.HostedZone(id, zone.name(), zone.domain(), all(zone.vpcIds(), ids), zone.records().stream()
          .map(record -> new dev.netwright.model.topology.AliasRecord(record.recordName(), ids.apply(record.endpointId()))).toList());
    }
    OpaqueResource opaque = (OpaqueResource) element;
    return new OpaqueResource(id, opaque.name(), opaque.resourceType(), opaque.definition());
  }

  private static List<ElementId> all(List<ElementId> list, UnaryOperator<ElementId> ids) {
    return list.stream().map(ids).toList();
  }

  private static List<SecurityRule> rules(List<SecurityRule> rules, UnaryOperator<ElementId> ids) {
    return rules.stream().map(rule -> rule.peer() instanceof RulePeer.GroupPeer group
        ? new SecurityRule(rule.protocol(), rule.ports(), new RulePeer.GroupPeer(ids.apply(group.groupId())), rule.description())
        : rule).toList();
  }
}
