package dev.netwright.model.topology;

/**
 * How many routes a route table has: the routes written in it and the prefix-list routes that
 * each gateway endpoint attached to it adds (AWS shows one route per attached gateway endpoint,
 * to the service's prefix list). The local route of the VPC is not counted: every table has it.
 *
 * @param written the table's own routes
 * @param viaGatewayEndpoints the routes implied by the gateway endpoints attached to the table
 */
public record RouteCount(int written, int viaGatewayEndpoints) {
  public RouteCount {
    if (written < 0 || viaGatewayEndpoints < 0) {
      throw new IllegalArgumentException("a route count is not negative");
    }
  }

  /** The routes of {@code table} in {@code topology}, gateway endpoint routes included. */
  public static RouteCount of(Topology topology, RouteTable table) {
    int endpoints = 0;
    for (GatewayEndpoint endpoint : topology.gatewayEndpoints()) {
      if (endpoint.routeTableIds().contains(table.id())) {
        endpoints++;
      }
    }
    return new RouteCount(table.routes().size(), endpoints);
  }

  public int total() {
    return written + viaGatewayEndpoints;
  }

  /**
   * In a few words, as drawn on the table's box: "2 routes · 1 endpoint" (the count includes the
   * endpoints' prefix-list routes; the box lists the written ones under it).
   */
  public String describe() {
    String count = total() + (total() == 1 ? " route" : " routes");
    if (viaGatewayEndpoints == 0) {
      return count;
    }
    return count + " · " + viaGatewayEndpoints + (viaGatewayEndpoints == 1 ? " endpoint" : " endpoints");
  }
}
