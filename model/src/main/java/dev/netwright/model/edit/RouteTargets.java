package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.VpnGateway;
import java.util.Optional;

/**
 * What a route may go to: an existing internet gateway, NAT gateway, interface endpoint or VPN
 * gateway of the table's own VPC, or a peering connection of that VPC. Routes to a gateway
 * endpoint are implied by attaching the endpoint, so they are not written as routes.
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
    Optional<ElementId> targetVpc = vpcOf(topology, target);
    if (targetVpc.isEmpty()) {
      throw EditRules.refused(what + " goes to " + Labels.of(target) + ", which is not a gateway, an endpoint"
          + " or a peering connection a route can lead to");
    }
    if (target instanceof PeeringConnection peering) {
      if (!peering.owners().contains(table.vpcId())) {
        throw EditRules.refused(what + " goes to " + Labels.of(target) + ", which does not peer "
            + Labels.of(topology, table.vpcId()));
      }
    } else if (!targetVpc.get().equals(table.vpcId())) {
      throw EditRules.refused(Labels.of(table) + " is in " + Labels.of(topology, table.vpcId()) + ", "
          + Labels.of(target) + " is in " + Labels.of(topology, targetVpc.get()));
    }
  }

  /** The VPC of a routable target; empty for what a route cannot go to. */
  private static Optional<ElementId> vpcOf(Topology topology, Element target) {
    if (target instanceof InternetGateway gateway) {
      return Optional.of(gateway.vpcId());
    }
    if (target instanceof NatGateway) {
      return topology.vpcOf(target.id());
    }
    if (target instanceof InterfaceEndpoint endpoint) {
      return Optional.of(endpoint.vpcId());
    }
    if (target instanceof VpnGateway vpn) {
      return Optional.of(vpn.vpcId());
    }
    if (target instanceof PeeringConnection peering) {
      return Optional.of(peering.requesterVpcId());
    }
    return Optional.empty();
  }
}
