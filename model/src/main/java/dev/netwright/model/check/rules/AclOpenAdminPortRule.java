package dev.netwright.model.check.rules;

import dev.netwright.model.Cidr;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.path.AclReading;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ACL-OPEN-ADMIN-PORT (warning), AWS Security Hub control EC2.21: a network ACL's inbound rules
 * let 0.0.0.0/0 in to SSH (22) or RDP (3389), through a rule for 0.0.0.0/0 that decides those
 * packets (a deny before it for the port means the ACL does not admit them, and is not reported).
 */
public final class AclOpenAdminPortRule implements VpcRule {
  public static final String ID = "ACL-OPEN-ADMIN-PORT";
  private static final List<Integer> ADMIN_PORTS = List.of(22, 3389);

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
    // what is open depends on the inbound rules alone: ACLs with the same rules (one per subnet) are read once
    Map<List<AclRule>, List<String>> openByRules = new HashMap<>();
    for (NetworkAcl acl : scope.networkAcls()) {
      List<String> open = openByRules.computeIfAbsent(acl.inbound(), rules -> open(acl));
      if (!open.isEmpty()) {
        findings.add(new Finding(ID, Severity.WARNING, List.of(acl.id()),
            "Security Hub EC2.21: network ACL " + Labels.of(acl) + " admits 0.0.0.0/0 to " + (open.size() == 1 ? "port " : "ports ")
                + String.join(" and ", open) + "; narrow the rule to the networks that administer the instances, or deny the"
                + " ports before it."));
      }
    }
    return findings;
  }

  /** The admin ports the ACL's inbound rules open to 0.0.0.0/0, each with the rule that does. */
  private static List<String> open(NetworkAcl acl) {
    List<String> open = new ArrayList<>();
    for (int port : ADMIN_PORTS) {
      for (AclRule rule : AclReading.allowing(acl, true, Protocol.TCP, PortRange.single(port), Cidr.ANYWHERE)) {
        if (rule.cidr().prefixLength() == 0) {
          open.add(port + " (inbound rule " + rule.number() + ")");
          break;
        }
      }
    }
    return open;
  }
}
