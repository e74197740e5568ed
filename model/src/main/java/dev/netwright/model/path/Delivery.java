package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;

/**
 * Where a private address was delivered: inside a VPC (through a peering connection when
 * {@code peering} is not null, across a transit gateway when {@code transit} is not null), or to
 * the on-premises networks behind a VPN gateway or a transit gateway's VPN attachment.
 */
record Delivery(ElementId vpc, VpnGateway onPremises, ElementId peering, Transit transit) {
  /**
   * How the packet crossed the last transit gateway: the attachment it arrived on and the one it
   * left by, so that the replies can be checked the whole way back; {@code vpn} is the VPN
   * attachment it left by when it was delivered on-premises.
   */
  record Transit(ElementId gateway, ElementId arrivedOn, ElementId leftOn, TransitGatewayVpnAttachment vpn) {
  }

  static Delivery inVpc(ElementId vpc) {
    return new Delivery(vpc, null, null, null);
  }

  static Delivery throughPeering(ElementId vpc, ElementId peering) {
    return new Delivery(vpc, null, peering, null);
  }

  static Delivery toOnPremises(VpnGateway vpn) {
    return new Delivery(vpn.vpcId(), vpn, null, null);
  }

  static Delivery throughTransit(ElementId vpc, Transit transit) {
    return new Delivery(vpc, null, null, transit);
  }

  static Delivery toOnPremisesThroughTransit(Transit transit) {
    return new Delivery(null, null, null, transit);
  }

  /** True when the packet arrived inside {@code wanted} (not on-premises behind it). */
  boolean reaches(ElementId wanted) {
    return vpc != null && onPremises == null && vpc.equals(wanted);
  }

  /** Where it arrived, in words: a VPC's id or the on-premises network behind a gateway. */
  String where() {
    if (onPremises != null) {
      return "the on-premises network behind " + onPremises.id();
    }
    if (vpc == null) {
      return "the on-premises network behind " + transit.vpn().id();
    }
    return vpc.value();
  }

  /** True when the replies from {@code answering} to {@code sources} come back the way the packet went; else the walk is blocked. */
  boolean repliesComeBack(Walk walk, Subnet answering, List<Cidr> sources) {
    if (peering != null) {
      return Replies.comeBack(walk, answering, sources, peering);
    }
    if (transit != null) {
      return Replies.comeBackThroughTransit(walk, answering, sources, transit);
    }
    return true;
  }
}
