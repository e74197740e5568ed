package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * ROUTE-RESERVED-RANGE: a route whose destination is 169.254.168.0/22 or lies inside it. AWS keeps
 * that link-local range for its own services (instance metadata, the Amazon DNS server) and
 * refuses such routes; a wider route that merely covers it is accepted and is not reported.
 */
public final class RouteReservedRangeRule implements VpcRule {
  public static final String ID = "ROUTE-RESERVED-RANGE";
  public static final Cidr RESERVED = Cidr.parse("169.254.168.0/22");

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
        if (route.destination() instanceof RouteDestination.ToCidr to && RESERVED.contains(to.cidr())) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), route.target()),
              "Route table " + Labels.of(table) + " has a route to " + to.cidr() + " via "
                  + scope.findAnywhere(route.target()).map(Labels::of).orElse(route.target().value()) + ", but AWS reserves "
                  + RESERVED + " for its own services (instance metadata, DNS) and refuses routes into it; remove the route."));
        }
      }
    }
    return findings;
  }
}
