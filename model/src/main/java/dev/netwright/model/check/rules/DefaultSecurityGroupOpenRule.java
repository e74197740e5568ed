package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.SecurityGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * DEFAULT-SG-OPEN (warning), AWS Security Hub control EC2.2: a VPC's default security group has
 * rules. AWS attaches that group to anything launched without one (an interface endpoint that
 * names no group, say), so it should admit and send nothing: workloads should use groups made for
 * them.
 */
public final class DefaultSecurityGroupOpenRule implements VpcRule {
  public static final String ID = "DEFAULT-SG-OPEN";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public List<Finding> check(VpcScope scope) {
    List<Finding> findings = new ArrayList<>();
    for (SecurityGroup group : scope.securityGroups()) {
      if (!group.isVpcDefault() || group.ingress().isEmpty() && group.egress().isEmpty()) {
        continue;
      }
      findings.add(new Finding(ID, Severity.WARNING, List.of(group.id(), scope.vpc().id()),
          "Security Hub EC2.2: the default security group " + Labels.of(group) + " of VPC " + Labels.of(scope.vpc()) + " has "
              + group.ingress().size() + " inbound and " + group.egress().size() + " outbound rules; remove them all and give"
              + " workloads groups of their own."));
    }
    return findings;
  }
}
