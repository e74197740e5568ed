package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.RouteTable;
import java.util.ArrayList;
import java.util.List;

/**
 * ROUTE-TABLE-UNUSED (info): a route table that is not the main table and has no subnet
 * associated, so its routes apply to nothing. The main table is never reported: every VPC has one.
 */
public final class RouteTableUnusedRule implements VpcRule {
  public static final String ID = "ROUTE-TABLE-UNUSED";

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
    for (RouteTable table : scope.routeTables()) {
      if (!table.main() && table.subnetIds().isEmpty()) {
        findings.add(new Finding(ID, Severity.INFO, List.of(table.id()),
            "Route table " + Labels.of(table) + " has no subnets, so its routes apply to nothing; associate a subnet with it"
                + " or delete it."));
      }
    }
    return findings;
  }
}
