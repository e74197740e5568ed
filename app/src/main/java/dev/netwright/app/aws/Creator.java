package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.Cidr;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Makes the AWS resource for a design element, tagged at birth (so that nothing it makes is ever
 * untracked) and with a ClientToken where EC2 takes one, and registers how to delete it. Returns
 * the resource as AWS now has it, for the {@link Reconciler} to finish (routes, rules, DNS, …).
 */
final class Creator {
  private final ApplyContext context;
  private final Cancellation cancellation;

  Creator(ApplyContext context, Cancellation cancellation) {
    this.context = context;
    this.cancellation = cancellation;
  }

  Element create(Element element) {
    Element made = make(element);
    context.ids.put(element.id(), made.id());
    return made;
  }

  private Map<String, String> tags(Element element) {
    return NetwrightTags.forCreated(element.id(), element.name(), context.designKey);
  }

  private Map<String, String> tags(Element element, String token) {
    Map<String, String> tags = new java.util.LinkedHashMap<>(tags(element));
    tags.put(IdempotentCreate.TOKEN_TAG, token);
    return tags;
  }

  private Ec2Client once() {
    return context.ec2SingleAttempt();
  }

  private Element make(Element element) {
    if (element instanceof dev.netwright.model.topology.HostedZone zone) {
      return new HostedZoneCreator(context).create(zone, tags(zone));
    }
    if (TransitCreator.makes(element)) {
      return new TransitCreator(context, cancellation).create(element, tags(element));
    }
    Ec2Client ec2 = context.ec2();
    if (element instanceof Vpc vpc) {
      String token = context.token("vpc " + vpc.id());
      String id = IdempotentCreate.run(context, token,
          () -> once().createVpc(r -> r.cidrBlock(vpc.primaryCidr().toString())
              .tagSpecifications(Ec2Shapes.tagging(ResourceType.VPC, tags(vpc, token)))).vpc().vpcId(),
          t -> ec2.describeVpcs(r -> r.filters(IdempotentCreate.byToken(t))).vpcs().stream().map(v -> v.vpcId()).findFirst());
      undo(element, id, () -> ec2.deleteVpc(r -> r.vpcId(id)));
      return new Vpc(ElementId.of(id), vpc.name(), List.of(vpc.primaryCidr()), true, false, vpc.region());
    }
    if (element instanceof Subnet subnet) {
      String token = context.token("subnet " + subnet.id());
      String id = IdempotentCreate.run(context, token,
          () -> once().createSubnet(r -> r.vpcId(context.aws(subnet.vpcId())).cidrBlock(subnet.cidr().toString())
              .availabilityZone(subnet.zone().name()).tagSpecifications(Ec2Shapes.tagging(ResourceType.SUBNET, tags(subnet, token))))
              .subnet().subnetId(),
          t -> ec2.describeSubnets(r -> r.filters(IdempotentCreate.byToken(t))).subnets().stream().map(v -> v.subnetId()).findFirst());
      undo(element, id, () -> ec2.deleteSubnet(r -> r.subnetId(id)));
      return new Subnet(ElementId.of(id), subnet.name(), context.resolve(subnet.vpcId()), subnet.cidr(), subnet.zone());
    }
    if (element instanceof RouteTable table) {
      return table.main() ? adoptMain(ec2, table) : routeTable(ec2, table);
    }
    if (element instanceof InternetGateway gateway) {
      String token = context.token("igw " + gateway.id());
      String id = IdempotentCreate.run(context, token,
          () -> once().createInternetGateway(r -> r.tagSpecifications(Ec2Shapes.tagging(ResourceType.INTERNET_GATEWAY,
              tags(gateway, token)))).internetGateway().internetGatewayId(),
          t -> ec2.describeInternetGateways(r -> r.filters(IdempotentCreate.byToken(t))).internetGateways().stream()
              .map(v -> v.internetGatewayId()).findFirst());
      undo(element, id, () -> ec2.deleteInternetGateway(r -> r.internetGatewayId(id)));
      String vpc = context.aws(gateway.vpcId());
      ec2.attachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpc));
      context.undo.push("attached " + id + " to " + vpc, "detach " + id + " from " + vpc,
          () -> ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(vpc)));
      return new InternetGateway(ElementId.of(id), gateway.name(), ElementId.of(vpc));
    }
    if (element instanceof NatGateway nat) {
      return new NatCreator(context, cancellation).create(nat, tags(nat));
    }
    if (element instanceof GatewayEndpoint || element instanceof InterfaceEndpoint) {
      return new EndpointCreator(context, cancellation).create(element, tags(element));
    }
    if (element instanceof NetworkAcl acl) {
      return new NetworkAclCreator(context).create(acl, tags(acl));
    }
    if (element instanceof SecurityGroup group) {
      String groupName = group.name().isBlank() ? group.id().value() : group.name();
      String description = group.description().isBlank() ? "Netwright " + group.id() : group.description();
      String token = context.token("sg " + group.id());
      String id = IdempotentCreate.run(context, token,
          () -> once().createSecurityGroup(r -> r.vpcId(context.aws(group.vpcId())).groupName(groupName).description(description)
              .tagSpecifications(Ec2Shapes.tagging(ResourceType.SECURITY_GROUP, tags(group, token)))).groupId(),
          t -> ec2.describeSecurityGroups(r -> r.filters(IdempotentCreate.byToken(t))).securityGroups().stream()
              .map(v -> v.groupId()).findFirst());
      undo(element, id, () -> ec2.deleteSecurityGroup(r -> r.groupId(id)));
      // AWS gives every new group a rule that lets all traffic out; the reconciler revokes it when the design has none
      return new SecurityGroup(ElementId.of(id), group.name(), context.resolve(group.vpcId()), description, List.of(),
          List.of(SecurityRule.all(new RulePeer.CidrPeer(Cidr.ANYWHERE))));
    }
    if (element instanceof PeeringConnection peering) {
      String token = context.token("pcx " + peering.id());
      String id = IdempotentCreate.run(context, token,
          () -> once().createVpcPeeringConnection(r -> r.vpcId(context.aws(peering.requesterVpcId()))
              .peerVpcId(context.aws(peering.accepterVpcId()))
              .tagSpecifications(Ec2Shapes.tagging(ResourceType.VPC_PEERING_CONNECTION, tags(peering, token))))
              .vpcPeeringConnection().vpcPeeringConnectionId(),
          t -> ec2.describeVpcPeeringConnections(r -> r.filters(IdempotentCreate.byToken(t))).vpcPeeringConnections().stream()
              .map(v -> v.vpcPeeringConnectionId()).findFirst());
      undo(element, id, () -> ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id)));
      ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id));
      return new PeeringConnection(ElementId.of(id), peering.name(), context.resolve(peering.requesterVpcId()),
          context.resolve(peering.accepterVpcId()));
    }
    VpnGateway vpn = (VpnGateway) element;
    String token = context.token("vgw " + vpn.id());
    String id = IdempotentCreate.run(context, token,
        () -> once().createVpnGateway(r -> r.type("ipsec.1").tagSpecifications(Ec2Shapes.tagging(ResourceType.VPN_GATEWAY,
            tags(vpn, token)))).vpnGateway().vpnGatewayId(),
        t -> ec2.describeVpnGateways(r -> r.filters(IdempotentCreate.byToken(t))).vpnGateways().stream()
            .filter(v -> !Ec2Shapes.gone(v.stateAsString())).map(v -> v.vpnGatewayId()).findFirst());
    undo(element, id, () -> ec2.deleteVpnGateway(r -> r.vpnGatewayId(id)));
    String vpc = context.aws(vpn.vpcId());
    ec2.attachVpnGateway(r -> r.vpnGatewayId(id).vpcId(vpc));
    context.undo.push("attached " + id + " to " + vpc, "detach " + id + " from " + vpc,
        () -> ec2.detachVpnGateway(r -> r.vpnGatewayId(id).vpcId(vpc)));
    return new VpnGateway(ElementId.of(id), vpn.name(), ElementId.of(vpc), vpn.onPremisesCidrs());
  }

  private Element routeTable(Ec2Client ec2, RouteTable table) {
    String id = ec2.createRouteTable(r -> r.vpcId(context.aws(table.vpcId())).clientToken(context.token("rtb " + table.id()))
        .tagSpecifications(Ec2Shapes.tagging(ResourceType.ROUTE_TABLE, tags(table)))).routeTable().routeTableId();
    undo(table, id, () -> ec2.deleteRouteTable(r -> r.routeTableId(id)));
    return new RouteTable(ElementId.of(id), table.name(), context.resolve(table.vpcId()), false, List.of(), List.of());
  }

  /** A new VPC comes with its main table: apply tags it as the design's main table instead of making one. */
  private Element adoptMain(Ec2Client ec2, RouteTable table) {
    String vpc = context.aws(table.vpcId());
    String id = ec2.describeRouteTables(r -> r.filters(
        software.amazon.awssdk.services.ec2.model.Filter.builder().name("vpc-id").values(vpc).build(),
        software.amazon.awssdk.services.ec2.model.Filter.builder().name("association.main").values("true").build()))
        .routeTables().get(0).routeTableId();
    List<Tag> tags = tags(table).entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    ec2.createTags(r -> r.resources(id).tags(tags));
    context.undo.push("tagged " + id + " as the main table " + table.id(), "untag " + id,
        () -> ec2.deleteTags(r -> r.resources(id).tags(tags)));
    return new RouteTable(ElementId.of(id), table.name(), ElementId.of(vpc), true, List.of(), List.of());
  }

  private void undo(Element element, String id, Runnable delete) {
    context.undo.push("created " + element.kind().label().toLowerCase() + " " + element.id() + " as " + id,
        "delete " + id + " (" + element.id() + ")", delete);
  }
}
