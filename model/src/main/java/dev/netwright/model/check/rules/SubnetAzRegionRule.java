package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.List;

/** SUBNET-AZ-REGION: a subnet in an Availability Zone outside its VPC's region. */
public final class SubnetAzRegionRule implements VpcRule {
  public static final String ID = "SUBNET-AZ-REGION";

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
    for (Subnet subnet : scope.subnets()) {
      if (!subnet.zone().region().equals(scope.vpc().region())) {
        findings.add(new Finding(ID, Severity.ERROR, List.of(subnet.id(), scope.vpc().id()),
            "Subnet " + Labels.of(subnet) + " is in " + subnet.zone() + ", but its VPC " + Labels.of(scope.vpc())
                + " is in " + scope.vpc().region() + "; put the subnet in a zone of " + scope.vpc().region()
                + " such as " + scope.vpc().region().zone(subnet.zone().letter()) + "."));
      }
    }
    return findings;
  }
}
