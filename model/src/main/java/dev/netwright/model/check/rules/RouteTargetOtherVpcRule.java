package dev.netwright.model.check.rules;

import dev.netwright.model.ElementId;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ROUTE-TARGET-OTHER-VPC: a route to a gateway, NAT gateway, endpoint or VPN gateway of another
 * VPC, or to a peering connection that does not touch the table's VPC. AWS refuses such a route.
 */
public final class RouteTargetOtherVpcRule implements VpcRule {
  public static final String ID = "ROUTE-TARGET-OTHER-VPC";

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
        if (scope.find(route.target(), Element.class).isPresent()) {
          continue;
        }
        Optional<Element> target = scope.findAnywhere(route.target());
        if (target.isEmpty() || !RouteTargets.routable(target.get())) {
          continue;
        }
        Element element = target.get();
        if (element instanceof PeeringConnection peering) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), peering.id()),
              "Route table " + Labels.of(table) + " sends " + route.destination().text() + " to peering connection "
                  + Labels.of(peering) + ", which joins " + peering.requesterVpcId() + " and " + peering.accepterVpcId()
                  + " but not this table's VPC " + table.vpcId() + "; use a peering of " + table.vpcId() + "."));
          continue;
        }
        Optional<ElementId> otherVpc = vpcOf(element, scope);
        if (otherVpc.isPresent() && !otherVpc.get().equals(table.vpcId())) {
          findings.add(new Finding(ID, Severity.ERROR, List.of(table.id(), element.id()),
              "Route table " + Labels.of(table) + " of VPC " + table.vpcId() + " sends " + route.destination().text() + " to "
                  + element.kind().label().toLowerCase() + " " + Labels.of(element) + " of VPC " + otherVpc.get()
                  + "; a route can only use targets of its own VPC, so use one of " + table.vpcId()
                  + " (or a peering connection to reach the other VPC)."));
        }
      }
    }
    return findings;
  }

  /** The VPC an element of another scope lives in: its owner, or for a NAT gateway its subnet's VPC. */
  private static Optional<ElementId> vpcOf(Element element, VpcScope scope) {
    if (element instanceof NatGateway nat) {
      return scope.findAnywhere(nat.subnetId()).filter(Subnet.class::isInstance).map(subnet -> ((Subnet) subnet).vpcId());
    }
    return element.owners().size() == 1 ? Optional.of(element.owners().iterator().next()) : Optional.empty();
  }
}
