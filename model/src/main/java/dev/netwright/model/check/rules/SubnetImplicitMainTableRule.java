package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SUBNET-IMPLICIT-MAIN-TABLE (info): a subnet with no explicit route table association. It uses
 * the VPC's main table, which is easy to change by accident and which CloudFormation cannot
 * address, so an export makes the association explicit.
 */
public final class SubnetImplicitMainTableRule implements VpcRule {
  public static final String ID = "SUBNET-IMPLICIT-MAIN-TABLE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    Optional<RouteTable> main = scope.mainTable();
    for (Subnet subnet : scope.subnets()) {
      if (scope.explicitTable(subnet.id()).isPresent()) {
        continue;
      }
      if (main.isPresent()) {
        findings.add(new Finding(ID, Severity.INFO, List.of(subnet.id(), main.get().id()),
            "Subnet " + Labels.of(subnet) + " has no explicit route table, so it uses the main route table "
                + Labels.of(main.get()) + "; associate it with a route table explicitly so that a change to the main table"
                + " does not reroute it."));
      } else {
        findings.add(new Finding(ID, Severity.INFO, List.of(subnet.id(), scope.vpc().id()),
            "Subnet " + Labels.of(subnet) + " has no explicit route table and VPC " + Labels.of(scope.vpc())
                + " has no main route table in the design, so it only has the local route; associate it with a route table."));
      }
    }
    return findings;
  }
}
