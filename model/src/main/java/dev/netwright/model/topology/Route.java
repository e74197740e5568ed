package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;

/**
 * A route of a route table: a destination and the element traffic goes to (an internet gateway,
 * a NAT gateway, an interface endpoint, a peering connection, a VPN gateway). The local routes of
 * the VPC's blocks and the prefix-list routes of gateway endpoints are implied, not stored.
 */
public record Route(RouteDestination destination, ElementId target) {
  public Route {
    if (destination == null) {
      throw new InvalidValueException("a route needs a destination (a CIDR block or a prefix list)");
    }
    if (target == null) {
      throw new InvalidValueException("the route to " + destination.text() + " needs a target");
    }
  }

  public static Route of(String destination, String target) {
    return new Route(RouteDestination.parse(destination), ElementId.of(target));
  }

  @Override
  public String toString() {
    return destination.text() + " -> " + target;
  }
}
