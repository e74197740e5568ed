package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The steps that turn a running resource into its design element, both given with AWS ids. It
 * refuses differences that AWS cannot make in place (a subnet's CIDR, an endpoint's service):
 * those need a new element in the design.
 */
final class Reconciler {
  private final LiveAccount live;
  private final Function<ElementId, Optional<ElementId>> designTableOfSubnet;

  /**
   * @param designTableOfSubnet the table the design explicitly associates a subnet with (AWS ids)
   */
  Reconciler(LiveAccount live, Function<ElementId, Optional<ElementId>> designTableOfSubnet) {
    this.live = live;
    this.designTableOfSubnet = designTableOfSubnet;
  }

  List<Step> steps(Element desired, Element running) {
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
      steps.addAll(new RouteTableSteps(live, designTableOfSubnet).steps(table, (RouteTable) running));
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
      steps.addAll(EndpointSteps.gateway(endpoint, now));
    } else if (desired instanceof InterfaceEndpoint endpoint) {
      InterfaceEndpoint now = (InterfaceEndpoint) running;
      same(endpoint, endpoint.vpcId(), now.vpcId(), "VPC");
      same(endpoint, endpoint.service(), now.service(), "service");
      steps.addAll(EndpointSteps.interfaces(endpoint, now));
    } else if (desired instanceof SecurityGroup group) {
      same(group, group.vpcId(), ((SecurityGroup) running).vpcId(), "VPC");
      steps.addAll(SecurityGroupSteps.steps(group, (SecurityGroup) running));
    } else if (desired instanceof PeeringConnection peering) {
      PeeringConnection now = (PeeringConnection) running;
      same(peering, peering.requesterVpcId(), now.requesterVpcId(), "requester VPC");
      same(peering, peering.accepterVpcId(), now.accepterVpcId(), "accepter VPC");
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

  static Map<String, String> none() {
    return Map.of();
  }
}
