package dev.netwright.model.edit;

import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.VpnGateway;

/**
 * What a route may go to: an existing internet gateway, NAT gateway, interface endpoint, VPN
 * gateway, peering connection or transit gateway. Routes to a gateway endpoint are implied by attaching the
 * endpoint, so they are not written as routes. A target of another VPC is a finding
 * (ROUTE-TARGET-OTHER-VPC), not a refusal: the design may be on its way somewhere.
 */
final class RouteTargets {
  private RouteTargets() {
  }

  static void check(Topology topology, RouteTable table, Route route) {
    String what = "the route to " + route.destination().text() + " in " + Labels.of(table);
    Element target = topology.find(route.target()).orElseThrow(() -> EditRules.refused(
        what + " goes to " + route.target() + ", which is not in the design"));
    if (target instanceof GatewayEndpoint) {
      throw EditRules.refused(what + " goes to " + Labels.of(target)
          + "; attach the endpoint to the route table instead, which adds its prefix-list route");
    }
    if (!routable(target)) {
      throw EditRules.refused(what + " goes to " + Labels.of(target) + ", which is not a gateway, an endpoint,"
          + " a peering connection or a transit gateway a route can lead to");
    }
  }

  private static boolean routable(Element target) {
    return target instanceof InternetGateway || target instanceof NatGateway || target instanceof InterfaceEndpoint
        || target instanceof VpnGateway || target instanceof PeeringConnection || target instanceof TransitGateway;
  }
}
