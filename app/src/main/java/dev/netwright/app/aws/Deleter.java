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
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Deletes a resource Netwright owns and the design no longer has. A delete cannot be taken back, so
 * it is logged as done for the report, not as something a rollback undoes.
 */
final class Deleter {
  private final ApplyContext context;
  private final Cancellation cancellation;

  Deleter(ApplyContext context, Cancellation cancellation) {
    this.context = context;
    this.cancellation = cancellation;
  }

  void delete(Element live) {
    Ec2Client ec2 = context.ec2();
    String id = live.id().value();
    if (live instanceof Vpc) {
      ec2.deleteVpc(r -> r.vpcId(id));
    } else if (live instanceof Subnet) {
      ec2.deleteSubnet(r -> r.subnetId(id));
    } else if (live instanceof RouteTable table) {
      for (ElementId subnet : table.subnetIds()) {
        context.live.association(table.id(), subnet).ifPresent(association -> ec2.disassociateRouteTable(r -> r.associationId(association)));
      }
      ec2.deleteRouteTable(r -> r.routeTableId(id));
    } else if (live instanceof InternetGateway gateway) {
      ec2.detachInternetGateway(r -> r.internetGatewayId(id).vpcId(gateway.vpcId().value()));
      ec2.deleteInternetGateway(r -> r.internetGatewayId(id));
    } else if (live instanceof NatGateway nat) {
      ec2.deleteNatGateway(r -> r.natGatewayId(id));
      Waiter.until("NAT gateway " + id, "deleted", () -> NatCreator.state(ec2, id), context.tuning(), cancellation);
      releaseOwnedAddress(ec2, nat);
    } else if (live instanceof GatewayEndpoint || live instanceof InterfaceEndpoint) {
      ec2.deleteVpcEndpoints(r -> r.vpcEndpointIds(id));
    } else if (live instanceof SecurityGroup) {
      ec2.deleteSecurityGroup(r -> r.groupId(id));
    } else if (live instanceof NetworkAcl acl) {
      new NetworkAclCreator(context).delete(acl);
    } else if (live instanceof PeeringConnection) {
      ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(id));
    } else if (live instanceof dev.netwright.model.topology.HostedZone zone) {
      HostedZoneCreator.delete(context, zone);
    } else if (TransitAttachmentCreator.makes(live)) {
      TransitAttachmentCreator.delete(context, live, cancellation);
    } else if (TransitCreator.makes(live)) {
      TransitCreator.delete(ec2, live, context.tuning(), cancellation);
    } else if (live instanceof VpnGateway vpn) {
      ec2.detachVpnGateway(r -> r.vpnGatewayId(id).vpcId(vpn.vpcId().value()));
      ec2.deleteVpnGateway(r -> r.vpnGatewayId(id));
    }
    context.undo.push("deleted " + live.kind().label().toLowerCase() + " " + id, null, null);
  }

  /** Releases the NAT gateway's Elastic IP only when Netwright allocated it (it carries the design's tag). */
  private void releaseOwnedAddress(Ec2Client ec2, NatGateway nat) {
    if (!nat.elasticIp().startsWith("eipalloc-")) {
      return;
    }
    var addresses = ec2.describeAddresses(r -> r.allocationIds(nat.elasticIp())).addresses();
    boolean owned = addresses.stream().anyMatch(address -> Ec2Shapes.tags(address.tags()).containsKey(NetwrightTags.DESIGN));
    if (owned) {
      ec2.releaseAddress(r -> r.allocationId(nat.elasticIp()));
    }
  }
}
