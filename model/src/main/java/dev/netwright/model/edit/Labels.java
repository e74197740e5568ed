package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.Map;

/** How command labels and refusals name elements: "subnet AppA", "VPC Main", "NAT gateway Nat1". */
final class Labels {
  private static final Map<Class<? extends Element>, ElementKind> KINDS = Map.ofEntries(
      Map.entry(Vpc.class, ElementKind.VPC),
      Map.entry(Subnet.class, ElementKind.SUBNET),
      Map.entry(RouteTable.class, ElementKind.ROUTE_TABLE),
      Map.entry(InternetGateway.class, ElementKind.INTERNET_GATEWAY),
      Map.entry(NatGateway.class, ElementKind.NAT_GATEWAY),
      Map.entry(GatewayEndpoint.class, ElementKind.GATEWAY_ENDPOINT),
      Map.entry(InterfaceEndpoint.class, ElementKind.INTERFACE_ENDPOINT),
      Map.entry(SecurityGroup.class, ElementKind.SECURITY_GROUP),
      Map.entry(dev.netwright.model.topology.NetworkAcl.class, ElementKind.NETWORK_ACL),
      Map.entry(dev.netwright.model.topology.Workload.class, ElementKind.WORKLOAD),
      Map.entry(PeeringConnection.class, ElementKind.PEERING),
      Map.entry(VpnGateway.class, ElementKind.VPN_GATEWAY),
      Map.entry(dev.netwright.model.topology.TransitGateway.class, ElementKind.TRANSIT_GATEWAY),
      Map.entry(dev.netwright.model.topology.TransitGatewayVpcAttachment.class, ElementKind.TRANSIT_GATEWAY_VPC_ATTACHMENT),
      Map.entry(dev.netwright.model.topology.TransitGatewayVpnAttachment.class, ElementKind.TRANSIT_GATEWAY_VPN_ATTACHMENT),
      Map.entry(dev.netwright.model.topology.TransitGatewayPeeringAttachment.class, ElementKind.TRANSIT_GATEWAY_PEERING_ATTACHMENT),
      Map.entry(dev.netwright.model.topology.TransitGatewayRouteTable.class, ElementKind.TRANSIT_GATEWAY_ROUTE_TABLE),
      Map.entry(dev.netwright.model.topology.HostedZone.class, ElementKind.HOSTED_ZONE),
      Map.entry(dev.netwright.model.topology.ResolverEndpoint.class, ElementKind.RESOLVER_ENDPOINT),
      Map.entry(OpaqueResource.class, ElementKind.OPAQUE));

  private Labels() {
  }

  static String of(Element element) {
    return kind(element.kind()) + " " + element.label();
  }

  /** The element's words when it exists, else its bare id. */
  static String of(Topology topology, ElementId id) {
    return topology.find(id).map(Labels::of).orElse(id.value());
  }

  /** The kind in running text: "route table", but "VPC" and "NAT gateway" keep their capitals. */
  static String kind(ElementKind kind) {
    String label = kind.label();
    boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
    return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  /** The kind of the element type in running text, e.g. "subnet" for Subnet. */
  static String kind(Class<? extends Element> type) {
    return kind(KINDS.get(type));
  }

  /** "a subnet", "an internet gateway", "a VPC". */
  static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
