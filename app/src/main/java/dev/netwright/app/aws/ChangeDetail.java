package dev.netwright.app.aws;

import dev.netwright.model.Cidr;
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
import java.util.stream.Collectors;

/** The one-line detail a plan shows for a created element, e.g. "10.0.1.0/24 in us-east-1a" for a subnet. */
final class ChangeDetail {
  private ChangeDetail() {
  }

  static String of(Element element) {
    if (element instanceof Vpc vpc) {
      return vpc.cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", ")) + " in " + vpc.region();
    }
    if (element instanceof Subnet subnet) {
      return subnet.cidr() + " in " + subnet.zone();
    }
    if (element instanceof RouteTable table) {
      return (table.main() ? "main table of " + table.vpcId() + ", " : "") + table.routes().size() + " routes, "
          + table.subnetIds().size() + " subnets";
    }
    if (element instanceof InternetGateway gateway) {
      return "attached to " + gateway.vpcId();
    }
    if (element instanceof NatGateway nat) {
      return (nat.publicConnectivity() ? "public" : "private") + " in " + nat.subnetId();
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return endpoint.service() + " for " + endpoint.routeTableIds().size() + " route tables";
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return endpoint.service() + " in " + endpoint.subnetIds().size() + " subnets" + (endpoint.privateDns() ? ", private DNS" : "");
    }
    if (element instanceof SecurityGroup group) {
      return group.ingress().size() + " ingress, " + group.egress().size() + " egress rules";
    }
    if (element instanceof PeeringConnection peering) {
      return peering.requesterVpcId() + " <-> " + peering.accepterVpcId();
    }
    if (element instanceof NetworkAcl acl) {
      return (acl.isDefault() ? "default ACL of " + acl.vpcId() + ", " : "") + acl.inbound().size() + " inbound, "
          + acl.outbound().size() + " outbound rules" + (acl.isDefault() ? "" : ", " + acl.subnetIds().size() + " subnets");
    }
    if (element instanceof dev.netwright.model.topology.HostedZone zone) {
      return zone.domain() + " for " + zone.vpcIds().size() + (zone.vpcIds().size() == 1 ? " VPC, " : " VPCs, ") + zone.records().size()
          + (zone.records().size() == 1 ? " alias record" : " alias records");
    }
    if (element instanceof VpnGateway vpn) {
      return "attached to " + vpn.vpcId();
    }
    return "";
  }
}
