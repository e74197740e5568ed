package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints a subnet's traffic to a service is routed to: a gateway endpoint associated with
 * the subnet's route table, or an interface endpoint whose private DNS takes effect in the VPC.
 * Shared by the rules that ask whether something on the way stops that traffic.
 */
final class EndpointPaths {
  private EndpointPaths() {
  }

  /** One service a subnet reaches through an endpoint of its VPC. */
  record Use(String service, ElementId endpoint) {
  }

  static List<Use> of(VpcScope scope, Subnet subnet) {
    Map<String, ElementId> byService = new LinkedHashMap<>();
    Optional<RouteTable> table = scope.tableOf(subnet.id());
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      if (table.isPresent() && endpoint.routeTableIds().contains(table.get().id())) {
        byService.putIfAbsent(ServiceName.shortName(endpoint.service()), endpoint.id());
      }
    }
    boolean dns = scope.vpc().dnsSupport() && scope.vpc().dnsHostnames();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (dns && endpoint.privateDns() && !endpoint.subnetIds().isEmpty()) {
        byService.putIfAbsent(ServiceName.shortName(endpoint.service()), endpoint.id());
      }
    }
    List<Use> uses = new ArrayList<>();
    byService.forEach((service, endpoint) -> uses.add(new Use(service, endpoint)));
    return uses;
  }
}
