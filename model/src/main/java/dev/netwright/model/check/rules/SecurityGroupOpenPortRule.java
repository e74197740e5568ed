package dev.netwright.model.check.rules;

import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayList;
import java.util.List;

/**
 * SG-OPEN-PORT (warning), AWS Security Hub control EC2.18: a security group admits 0.0.0.0/0 on a
 * port other than the authorised ones (80 and 443, the control's default). A rule that opens a
 * high-risk port is reported as SG-OPEN-HIGH-RISK-PORT instead, not twice.
 */
public final class SecurityGroupOpenPortRule implements VpcRule {
  public static final String ID = "SG-OPEN-PORT";

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
      for (SecurityRule rule : group.ingress()) {
        if (!OpenToTheInternet.fromAnywhere(rule) || !OpenToTheInternet.opensUnauthorised(rule)
            || !OpenToTheInternet.highRiskPorts(rule).isEmpty()) {
          continue;
        }
        findings.add(new Finding(ID, Severity.WARNING, List.of(group.id()),
            "Security Hub EC2.18: security group " + Labels.of(group) + " admits " + rule + " from anywhere, a port other than"
                + " the authorised 80 and 443; admit only the addresses that need it."));
      }
    }
    return findings;
  }
}
