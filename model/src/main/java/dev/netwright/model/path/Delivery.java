package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.VpnGateway;

/** Where a private address was delivered: inside a VPC, or to the on-premises networks behind a VPN gateway. */
record Delivery(ElementId vpc, VpnGateway onPremises) {
  static Delivery inVpc(ElementId vpc) {
    return new Delivery(vpc, null);
  }

  static Delivery toOnPremises(VpnGateway vpn) {
    return new Delivery(vpn.vpcId(), vpn);
  }
}
