package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUTE-DUPLICATE-DESTINATION: one route table with two routes for one destination. Three forms:
 * two stored routes with the same destination; a stored route for exactly a VPC block (the local
 * route already has it); two gateway endpoints of one service on the table (each adds a route for
 * the service's prefix list). AWS refuses the second route in each case.
 */
public final class RouteDuplicateDestinationRule implements VpcRule {
  public static final String ID = "ROUTE-DUPLICATE-DESTINATION";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    for (RouteTable table : scope.routeTables()) {
      Map<RouteDestination, Route> seen = new HashMap<>();
      for (Route route : table.routes()) {
        Route earlier = seen.putIfAbsent(route.destination(), route);
        if (earlier != null) {
          findings.add(new Finding(ID, Severity.ERROR, java.util.stream.Stream.of(table.id(), route.target(), earlier.target()).distinct().toList(),
              "Route table " + Labels.of(table) + " has two routes to " + route.destination().text() + " (via " + earlier.target()
                  + " and via " + route.target() + "), and AWS keeps one route per destination; remove one of them."));
        } else if (route.destination() instanceof RouteDestination.ToCidr to && scope.vpc().cidrBlocks().contains(to.cidr())) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), route.target()),
              "Route table " + Labels.of(table) + " has a route to " + to.cidr() + " via " + route.target()
                  + ", but the local route of VPC " + Labels.of(scope.vpc()) + " already covers exactly " + to.cidr()
                  + "; remove the route."));
        }
      }
    }
    Map<ElementId, Map<String, GatewayEndpoint>> serviceOnTable = new HashMap<>();
    for (GatewayEndpoint endpoint : scope.gatewayEndpoints()) {
      String service = ServiceName.shortName(endpoint.service());
      for (ElementId tableId : endpoint.routeTableIds()) {
        GatewayEndpoint earlier = serviceOnTable.computeIfAbsent(tableId, key -> new HashMap<>()).putIfAbsent(service, endpoint);
        if (earlier != null) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(tableId, endpoint.id(), earlier.id()),
              "Route table " + scope.find(tableId, RouteTable.class).map(Labels::of).orElse(tableId.value())
                  + " is associated with two " + service + " gateway endpoints, " + Labels.of(earlier)
                  + " and " + Labels.of(endpoint) + ", each adding a route for the " + service
                  + " prefix list; associate the table with one of them."));
        }
      }
    }
    return findings;
  }
}
