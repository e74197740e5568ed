package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.VpnGateway;

/**
 * Where a private address was delivered: inside a VPC (through a peering connection when
 * {@code peering} is not null), or to the on-premises networks behind a VPN gateway.
 */
record Delivery(ElementId vpc, VpnGateway onPremises, ElementId peering) {
  static Delivery inVpc(ElementId vpc) {
    return new Delivery(vpc, null, null);
  }

  static Delivery throughPeering(ElementId vpc, ElementId peering) {
    return new Delivery(vpc, null, peering);
  }

  static Delivery toOnPremises(VpnGateway vpn) {
    return new Delivery(vpn.vpcId(), vpn, null);
  }
}
