package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The steps that turn a running resource into its design element, both given with AWS ids. It
 * refuses differences that AWS cannot make in place (a subnet's CIDR, an endpoint's service):
 * those need a new element in the design.
 */
final class Reconciler {
  private final LiveAccount live;
  private final Function<ElementId, Optional<ElementId>> designTableOfSubnet;
  private final UnaryOperator<ElementId> names;
  private final NetworkAclSteps.DesignAssociations acls;

  /**
   * @param designTableOfSubnet the table the design explicitly associates a subnet with (AWS ids)
   * @param names the design's id of a running resource (for the words of a step), else the AWS id
   */
  Reconciler(LiveAccount live, Function<ElementId, Optional<ElementId>> designTableOfSubnet, UnaryOperator<ElementId> names) {
    this(live, designTableOfSubnet, names, NetworkAclSteps.DesignAssociations.NONE);
  }

  /** @param acls the design's subnets and their explicit network ACLs (AWS ids), for moving a subnet back to its default ACL */
  Reconciler(LiveAccount live, Function<ElementId, Optional<ElementId>> designTableOfSubnet, UnaryOperator<ElementId> names,
      NetworkAclSteps.DesignAssociations acls) {
    this.live = live;
    this.designTableOfSubnet = designTableOfSubnet;
    this.names = names;
    this.acls = acls;
  }

  List<Step> steps(Element desired, Element running) {
    if (desired instanceof dev.netwright.model.topology.HostedZone zone) {
      var now = (dev.netwright.model.topology.HostedZone) running;
      same(zone, zone.domain(), now.domain(), "domain");
      return HostedZoneSteps.steps(zone, now, names, live);
    }
    List<Step> steps = new ArrayList<>();
    if (!desired.name().isBlank() && !desired.name().equals(running.name())) {
      steps.add(TagSteps.rename(running.id(), running.name(), desired.name()));
    }
    if (desired instanceof Vpc vpc) {
      Vpc now = (Vpc) running;
      same(vpc, vpc.primaryCidr(), now.primaryCidr(), "primary CIDR block");
      same(vpc, vpc.region(), now.region(), "region");
      steps.addAll(VpcSteps.steps(vpc, now, live));
    } else if (desired instanceof Subnet subnet) {
      Subnet now = (Subnet) running;
      same(subnet, subnet.vpcId(), now.vpcId(), "VPC");
      same(subnet, subnet.cidr(), now.cidr(), "CIDR block");
      same(subnet, subnet.zone(), now.zone(), "Availability Zone");
    } else if (desired instanceof RouteTable table) {
      same(table, table.vpcId(), ((RouteTable) running).vpcId(), "VPC");
      steps.addAll(new RouteTableSteps(live, designTableOfSubnet, names).steps(table, (RouteTable) running));
    } else if (desired instanceof InternetGateway gateway) {
      same(gateway, gateway.vpcId(), ((InternetGateway) running).vpcId(), "VPC");
    } else if (desired instanceof NatGateway nat) {
      NatGateway now = (NatGateway) running;
      same(nat, nat.subnetId(), now.subnetId(), "subnet");
      same(nat, nat.publicConnectivity(), now.publicConnectivity(), "connectivity (public or private)");
      if (nat.hasElasticIp() && nat.elasticIp().startsWith("eipalloc-")) {
        same(nat, nat.elasticIp(), now.elasticIp(), "Elastic IP");
      }
    } else if (desired instanceof GatewayEndpoint endpoint) {
      GatewayEndpoint now = (GatewayEndpoint) running;
      same(endpoint, endpoint.vpcId(), now.vpcId(), "VPC");
      same(endpoint, endpoint.service(), now.service(), "service");
      steps.addAll(EndpointSteps.gateway(endpoint, now, names));
    } else if (desired instanceof InterfaceEndpoint endpoint) {
      InterfaceEndpoint now = (InterfaceEndpoint) running;
      same(endpoint, endpoint.vpcId(), now.vpcId(), "VPC");
      same(endpoint, endpoint.service(), now.service(), "service");
      steps.addAll(EndpointSteps.interfaces(endpoint, now, names));
    } else if (desired instanceof SecurityGroup group) {
      SecurityGroup now = (SecurityGroup) running;
      same(group, group.vpcId(), now.vpcId(), "VPC");
      if (!group.description().isBlank() && !group.description().equals(now.description())) {
        // AWS keeps a group's description for its life: only a new group would have another, and a replacement
        // would have to move every network interface using the group, most of which the design does not hold
        throw new NetwrightException("its description is '" + now.description() + "' in AWS but '" + group.description()
            + "' in the design; AWS can only change a description by replacing the group, which would have to move every"
            + " instance and network interface using it, so Netwright does not: put the description back, or give the group"
            + " a new element id (a new group) and move what uses it");
      }
      steps.addAll(SecurityGroupSteps.steps(group, now, names));
    } else if (desired instanceof PeeringConnection peering) {
      PeeringConnection now = (PeeringConnection) running;
      same(peering, peering.requesterVpcId(), now.requesterVpcId(), "requester VPC");
      same(peering, peering.accepterVpcId(), now.accepterVpcId(), "accepter VPC");
    } else if (desired instanceof NetworkAcl acl) {
      NetworkAcl now = (NetworkAcl) running;
      same(acl, acl.vpcId(), now.vpcId(), "VPC");
      same(acl, acl.isDefault() ? "the VPC's default ACL" : "not the default ACL",
          now.isDefault() ? "the VPC's default ACL" : "not the default ACL", "role");
      steps.addAll(NetworkAclSteps.steps(acl, now, acls, live.topology()::explicitNetworkAcl, names));
    } else if (desired instanceof dev.netwright.model.topology.TransitGateway gateway) {
      same(gateway, gateway.region(), ((dev.netwright.model.topology.TransitGateway) running).region(), "region");
      steps.addAll(TransitGatewaySteps.gateway(gateway, (dev.netwright.model.topology.TransitGateway) running));
    } else if (desired instanceof dev.netwright.model.topology.TransitGatewayVpcAttachment attachment) {
      var now = (dev.netwright.model.topology.TransitGatewayVpcAttachment) running;
      same(attachment, attachment.transitGatewayId(), now.transitGatewayId(), "transit gateway");
      same(attachment, attachment.vpcId(), now.vpcId(), "VPC");
      steps.addAll(TransitGatewaySteps.vpcAttachment(attachment, now, names));
    } else if (desired instanceof dev.netwright.model.topology.TransitGatewayRouteTable table) {
      var now = (dev.netwright.model.topology.TransitGatewayRouteTable) running;
      same(table, table.transitGatewayId(), now.transitGatewayId(), "transit gateway");
      steps.addAll(TransitGatewaySteps.routeTable(table, now, names));
    } else if (TransitAttachmentCreator.makes(desired)) {
      TransitAttachmentCreator.check(desired, running);
    } else if (desired instanceof VpnGateway vpn) {
      same(vpn, vpn.vpcId(), ((VpnGateway) running).vpcId(), "VPC");
    }
    return steps;
  }

  private static void same(Element element, Object wanted, Object running, String what) {
    if (!Objects.equals(wanted, running)) {
      throw new NetwrightException("its " + what + " is " + running
          + " in AWS but " + wanted + " in the design; AWS cannot change that in place, so give the new one its own"
          + " element (a new id) and remove the old one");
    }
  }
}
