package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The endpoints a subnet's traffic to a service is routed to: a gateway endpoint associated with
 * the subnet's route table, or an interface endpoint whose private DNS takes effect in the VPC.
 * Shared by the rules that ask whether something on the way stops that traffic.
 */
final class EndpointPaths {
  private EndpointPaths() {
  }

  /** One service a subnet reaches through an endpoint of its VPC, and the service as a path target. */
  record Use(String service, ElementId endpoint, Target target) {
    Use(String service, ElementId endpoint) {
      this(service, endpoint, Target.service(service));
    }
  }

  /**
   * The uses of every subnet of the scope, worked out once per VPC: the interface endpoints are
   * the same for all its subnets, and the gateway endpoints the same for the subnets of one table.
   */
  static Function<Subnet, List<Use>> of(VpcScope scope) {
    boolean dns = scope.vpc().dnsSupport() && scope.vpc().dnsHostnames();
    Map<String, Use> interfaces = new LinkedHashMap<>();
    for (InterfaceEndpoint endpoint : scope.interfaceEndpoints()) {
      if (dns && endpoint.privateDns() && !endpoint.subnetIds().isEmpty()) {
        String service = ServiceName.shortName(endpoint.service());
        if (!interfaces.containsKey(service)) {
          interfaces.put(service, new Use(service, endpoint.id()));
        }
      }
    }
    List<Use> gateways = new ArrayList<>(scope.gatewayEndpoints().size());
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      gateways.add(new Use(ServiceName.shortName(endpoint.service()), endpoint.id()));
    }
    Map<RouteTable, List<Use>> byTable = new IdentityHashMap<>();
    return subnet -> byTable.computeIfAbsent(scope.tableOf(subnet.id()).orElse(null), table -> uses(scope, table, gateways, interfaces));
  }

  private static List<Use> uses(VpcScope scope, RouteTable table, List<Use> gateways, Map<String, Use> interfaces) {
    Map<String, Use> byService = new LinkedHashMap<>();
    for (int i = 0; i < gateways.size(); i++) {
      if (table != null && scope.gatewayEndpoints().get(i).routeTableIds().contains(table.id())) {
        byService.putIfAbsent(gateways.get(i).service(), gateways.get(i));
      }
    }
    interfaces.forEach(byService::putIfAbsent);
    return List.copyOf(byService.values());
  }
}
