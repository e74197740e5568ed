package dev.netwright.model.diagram;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import java.util.Optional;

/**
 * How a subnet reaches the internet, as its route table says: public when 0.0.0.0/0 goes to an
 * internet gateway, private when it goes anywhere else (a NAT gateway, a peering, a VPN gateway),
 * isolated without a default route.
 */
public enum SubnetExposure {
  PUBLIC("public"),
  PRIVATE("private"),
  ISOLATED("isolated");

  private final String label;

  SubnetExposure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static SubnetExposure of(Topology topology, Subnet subnet) {
    return DesignFacts.of(topology).exposure(subnet);
  }

  /** The exposure of a subnet that uses {@code table}. */
  static SubnetExposure of(Optional<RouteTable> table, Topology topology) {
    if (table.isEmpty()) {
      return ISOLATED;
    }
    for (Route route : table.get().routes()) {
      if (route.destination() instanceof RouteDestination.ToCidr cidr && cidr.cidr().equals(Cidr.ANYWHERE)) {
        return topology.find(route.target(), InternetGateway.class).isPresent() ? PUBLIC : PRIVATE;
      }
    }
    return ISOLATED;
  }
}
