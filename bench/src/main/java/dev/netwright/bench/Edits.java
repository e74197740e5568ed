package dev.netwright.bench;

import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;

/** The single edits the re-check benchmarks apply to a generated design, as a designer would make them. */
public final class Edits {
  private Edits() {
  }

  /** Drops the default route of one private route table in the middle VPC (its zone-a subnet loses NAT). */
  public static Topology dropDefaultRoute(Topology design) {
    int v = middleVpc(design);
    RouteTable table = design.require(DesignGenerator.id("PrivateRtA", v), RouteTable.class);
    return design.with(table.withRoutes(table.routes().subList(1, table.routes().size())));
  }

  /** Turns private DNS off on the SSM endpoint of the middle VPC. */
  public static Topology privateDnsOff(Topology design) {
    int v = middleVpc(design);
    InterfaceEndpoint endpoint = design.require(DesignGenerator.id("SsmEndpoint", v), InterfaceEndpoint.class);
    return design.with(endpoint.withPrivateDns(false));
  }

  private static int middleVpc(Topology design) {
    return design.vpcs().size() / 2;
  }
}
