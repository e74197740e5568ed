package dev.netwright.model.cfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import java.util.Optional;

/**
 * Writes route tables with their routes and subnet associations, and the VPC endpoints. The
 * prefix-list routes of gateway endpoints are implied by {@code RouteTableIds} and never written
 * as routes. A main route table, which CloudFormation cannot address, becomes an explicit table
 * associated with the subnets that used it.
 */
final class RoutingExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExportContext context;

  RoutingExport(ExportContext context) {
    this.context = context;
  }

  void routeTable(RouteTable table) {
    String logical = context.logical(table.id());
    ResourceNode node = context.add(table, "AWS::EC2::RouteTable")
        .set("VpcId", context.ref(table.vpcId()))
        .nameTag(table.name());
    List<Subnet> implicit = List.of();
    if (table.main()) {
      node.netwright().put(NetwrightMetadata.MAIN, true);
      implicit = context.implicitSubnetsOf(table);
      context.notes.add("CloudFormation cannot address a VPC's main route table: " + table.label() + ", the main route table of "
          + table.vpcId() + ", is created as the explicit route table " + logical + (implicit.isEmpty() ? "."
          : ", and the " + implicit.size() + " subnet(s) that used it are associated with it explicitly (those associations carry"
          + " Metadata Netwright." + NetwrightMetadata.IMPLIED_BY_MAIN + ")."));
    }
    for (Route route : table.routes()) {
      route(table, logical, route);
    }
    for (ElementId subnet : table.subnetIds()) {
      association(logical, subnet, false);
    }
    for (Subnet subnet : implicit) {
      association(logical, subnet.id(), true);
    }
  }

  private void route(RouteTable table, String tableLogical, Route route) {
    Element target = context.topology.find(route.target())
        .orElseThrow(() -> new NetwrightException("route " + route + " of " + tableLogical + " goes to an element that does not exist"));
    ResourceNode node = context.add(context.ids.unique(tableLogical + "To" + context.logical(target.id())), "AWS::EC2::Route")
        .set("RouteTableId", Intrinsics.ref(tableLogical));
    if (route.destination() instanceof RouteDestination.ToCidr cidr) {
      node.set("DestinationCidrBlock", cidr.cidr().toString());
    } else if (route.destination() instanceof RouteDestination.ToPrefixList list) {
      node.set("DestinationPrefixListId", list.prefixList().value());
    }
    node.set(targetProperty(target, route), context.ref(target.id()));
    if (target instanceof InternetGateway || target instanceof VpnGateway) {
      // A route through a gateway fails until the gateway is attached to the VPC.
      node.dependOn(context.attachmentOf(target));
    }
    if (target instanceof dev.netwright.model.topology.TransitGateway) {
      // A route to a transit gateway fails until the VPC's attachment to it is available.
      context.topology.attachmentsOfVpc(table.vpcId()).stream()
          .filter(attachment -> attachment.transitGatewayId().equals(target.id())).findFirst()
          .ifPresent(attachment -> node.dependOn(context.logical(attachment.id())));
    }
  }

  /** The property of AWS::EC2::Route that names a target of this kind. */
  static String targetProperty(Element target, Route route) {
    if (target instanceof InternetGateway || target instanceof VpnGateway) {
      return "GatewayId";
    }
    if (target instanceof NatGateway) {
      return "NatGatewayId";
    }
    if (target instanceof GatewayEndpoint || target instanceof InterfaceEndpoint) {
      return "VpcEndpointId";
    }
    if (target instanceof PeeringConnection) {
      return "VpcPeeringConnectionId";
    }
    if (target instanceof dev.netwright.model.topology.TransitGateway) {
      return "TransitGatewayId";
    }
    if (target instanceof OpaqueResource opaque) {
      return RouteTargets.propertyFor(opaque.resourceType());
    }
    throw new NetwrightException("the route " + route + " goes to " + target.id() + ", a " + target.kind().label().toLowerCase()
        + ", which cannot be the target of a route");
  }

  private void association(String tableLogical, ElementId subnet, boolean impliedByMain) {
    String subnetLogical = context.logical(subnet);
    ResourceNode node = context.add(context.ids.unique(subnetLogical + "RouteTableAssociation"), "AWS::EC2::SubnetRouteTableAssociation")
        .set("SubnetId", Intrinsics.ref(subnetLogical))
        .set("RouteTableId", Intrinsics.ref(tableLogical));
    if (impliedByMain) {
      node.netwright().put(NetwrightMetadata.IMPLIED_BY_MAIN, true);
    }
  }

  void gatewayEndpoint(GatewayEndpoint endpoint) {
    ResourceNode node = context.add(endpoint, "AWS::EC2::VPCEndpoint")
        .set("VpcEndpointType", "Gateway")
        .set("VpcId", context.ref(endpoint.vpcId()))
        .set("ServiceName", serviceName(endpoint.service(), endpoint.vpcId()));
    if (!endpoint.routeTableIds().isEmpty()) {
      node.set("RouteTableIds", refs(endpoint.routeTableIds()));
    }
    policy(node, endpoint.policy());
    node.nameTag(endpoint.name());
  }

  void interfaceEndpoint(InterfaceEndpoint endpoint) {
    ResourceNode node = context.add(endpoint, "AWS::EC2::VPCEndpoint")
        .set("VpcEndpointType", "Interface")
        .set("VpcId", context.ref(endpoint.vpcId()))
        .set("ServiceName", serviceName(endpoint.service(), endpoint.vpcId()));
    if (!endpoint.subnetIds().isEmpty()) {
      node.set("SubnetIds", refs(endpoint.subnetIds()));
    }
    if (!endpoint.securityGroupIds().isEmpty()) {
      ArrayNode groups = Intrinsics.array();
      endpoint.securityGroupIds().forEach(group -> groups.add(Intrinsics.getAtt(context.logical(group), "GroupId")));
      node.set("SecurityGroupIds", groups);
    }
    node.set("PrivateDnsEnabled", endpoint.privateDns());
    if (endpoint.privateDnsOnlyForInboundResolverEndpoint() != dev.netwright.model.topology.InboundResolverDns.NOT_SPECIFIED) {
      node.set("DnsOptions", Intrinsics.object().put("PrivateDnsOnlyForInboundResolverEndpoint",
          endpoint.privateDnsOnlyForInboundResolverEndpoint().code()));
    }
    policy(node, endpoint.policy());
    node.nameTag(endpoint.name());
  }

  /** An AWS service of the VPC's own region is written with {@code ${AWS::Region}}, so that the template deploys anywhere. */
  private JsonNode serviceName(String service, ElementId vpcId) {
    Optional<Region> region = ServiceName.regionOf(service);
    Region vpcRegion = context.topology.find(vpcId, dev.netwright.model.topology.Vpc.class)
        .map(dev.netwright.model.topology.Vpc::region).orElse(context.document.region());
    if (region.isPresent() && region.get().equals(vpcRegion) && vpcRegion.equals(context.document.region())) {
      return Intrinsics.sub("com.amazonaws.${AWS::Region}." + ServiceName.shortName(service));
    }
    return Intrinsics.NODES.textNode(service);
  }

  /**
   * A policy is written as a JSON object when that gives back the very same text on import (its
   * compact form), else as the text itself, so that the round trip keeps it exactly.
   */
  private static void policy(ResourceNode node, String policy) {
    if (policy.isEmpty()) {
      return;
    }
    try {
      JsonNode parsed = JSON.readTree(policy);
      if (parsed != null && parsed.isObject() && JSON.writeValueAsString(parsed).equals(policy)) {
        node.set("PolicyDocument", parsed);
        return;
      }
    } catch (JsonProcessingException notJson) {
      // kept as text below
    }
    node.set("PolicyDocument", policy);
  }

  private ArrayNode refs(List<ElementId> ids) {
    ArrayNode list = Intrinsics.array();
    ids.forEach(id -> list.add(context.ref(id)));
    return list;
  }
}
