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
import java.util.stream.Collectors;

/**
 * SG-OPEN-HIGH-RISK-PORT (error), AWS Security Hub control EC2.19: a security group admits
 * 0.0.0.0/0 on a high-risk port (SSH 22, RDP 3389, databases, file sharing; the control's list),
 * which puts what it guards in reach of every scanner on the internet.
 */
public final class SecurityGroupHighRiskPortRule implements VpcRule {
  public static final String ID = "SG-OPEN-HIGH-RISK-PORT";

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
    for (SecurityGroup group : scope.securityGroups()) {
      for (SecurityRule rule : group.ingress()) {
        List<Integer> ports = OpenToTheInternet.fromAnywhere(rule) ? OpenToTheInternet.highRiskPorts(rule) : List.of();
        if (ports.isEmpty()) {
          continue;
        }
        findings.add(new Finding(ID, Severity.ERROR, List.of(group.id()),
            "Security Hub EC2.19: security group " + Labels.of(group) + " admits " + rule + " from anywhere, opening the high-risk "
                + (ports.size() == 1 ? "port " : "ports ") + ports.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "; admit only the addresses that need it (a VPN, a bastion's group), or use Session Manager."));
      }
    }
    return findings;
  }
}
