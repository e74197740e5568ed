package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ROUTE-TARGET-MISSING: a route whose target does not exist in the design, or is an element no
 * route can send traffic to (a subnet, a security group, a route table, a VPC).
 */
public final class RouteTargetMissingRule implements VpcRule {
  public static final String ID = "ROUTE-TARGET-MISSING";

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
      for (Route route : table.routes()) {
        Optional<Element> target = scope.findAnywhere(route.target());
        if (target.isEmpty()) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), route.target()),
              "Route table " + Labels.of(table) + " sends " + route.destination().text() + " to " + route.target()
                  + ", which does not exist; point the route at an existing gateway, endpoint or peering, or remove it."));
        } else if (!RouteTargets.routable(target.get())) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), route.target()),
              "Route table " + Labels.of(table) + " sends " + route.destination().text() + " to "
                  + target.get().kind().label().toLowerCase() + " " + Labels.of(target.get())
                  + ", which cannot take routed traffic; point the route at a gateway, endpoint or peering, or remove it."));
        }
      }
    }
    return findings;
  }
}
