package dev.netwright.model.check.rules;

import dev.netwright.model.check.DesignReads;
import dev.netwright.model.check.PartedRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.TransitGateway;
import java.util.ArrayList;
import java.util.List;

/** TGW-ROUTE-NOT-ATTACHED: a VPC route to a transit gateway the VPC is not attached to. */
public final class RouteToUnattachedTgwRule implements PartedRule {
  public static final String ID = "TGW-ROUTE-NOT-ATTACHED";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(VpcScope scope, DesignReads design) {
    return check(scope.routeTables(), design);
  }

  /** The route tables of VPCs that do not exist. */
  @Override
  public List<Finding> checkOutside(DesignReads design) {
    List<RouteTable> orphans = new ArrayList<>();
    design.orphans().forEach(element -> {
      if (element instanceof RouteTable table) {
        orphans.add(table);
      }
    });
    return check(orphans, design);
  }

  private static List<Finding> check(List<RouteTable> tables, DesignReads design) {
    List<Finding> findings = new ArrayList<>();
    if (!design.hasTransitGateways()) {
      return findings;
    }
    for (RouteTable table : tables) {
      for (Route route : table.routes()) {
        design.find(route.target(), TransitGateway.class).ifPresent(gateway -> {
          if (design.attachmentsOfVpc(table.vpcId()).stream().noneMatch(attachment -> attachment.transitGatewayId().equals(gateway.id()))) {
            findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), gateway.id()), "Route table " + Labels.of(table)
                + " sends " + route.destination().text() + " to transit gateway " + Labels.of(gateway) + ", but VPC "
                + table.vpcId() + " is not attached to it, so AWS refuses the route; attach the VPC (one subnet per"
                + " Availability Zone) or route to a gateway it is attached to."));
          }
        });
      }
    }
    return findings;
  }
}
