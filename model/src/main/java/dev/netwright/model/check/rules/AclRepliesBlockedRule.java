package dev.netwright.model.check.rules;

import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Labels;
import dev.netwright.model.check.Severity;
import dev.netwright.model.check.VpcRule;
import dev.netwright.model.check.VpcScope;
import dev.netwright.model.path.AclReading;
import dev.netwright.model.path.Traffic;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ACL-REPLIES-BLOCKED (error): a network ACL lets requests out (an outbound allow rule for TCP or
 * UDP to service ports) but its inbound rules deny the replies, which come back to the client's
 * ephemeral ports 1024-65535: ACLs are stateless, so the traffic the rule lets out never gets an
 * answer. An ACL no subnet uses (neither associated nor the default) is not reported.
 */
public final class AclRepliesBlockedRule implements VpcRule {
  public static final String ID = "ACL-REPLIES-BLOCKED";

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
    // which replies are denied depends on the rules alone: ACLs with the same rules (one per subnet) are read once
    Map<List<List<AclRule>>, List<Optional<AclReading.Denial>>> denialsByRules = new HashMap<>();
    for (NetworkAcl acl : scope.networkAcls()) {
      if (!acl.isDefault() && acl.subnetIds().isEmpty()) {
        continue;
      }
      List<Optional<AclReading.Denial>> denials = denialsByRules.computeIfAbsent(List.of(acl.inbound(), acl.outbound()),
          key -> denials(acl));
      for (int i = 0; i < acl.outbound().size(); i++) {
        AclRule rule = acl.outbound().get(i);
        Optional<AclReading.Denial> denial = denials.get(i);
        if (denial.isEmpty()) {
          continue;
        }
        String protocol = rule.protocol().code().toUpperCase(java.util.Locale.ROOT);
        findings.add(new Finding(ID, Severity.ERROR, List.of(acl.id()),
            "Network ACL " + Labels.of(acl) + " lets " + protocol + " " + rule.ports() + " out to " + rule.cidr() + " (outbound rule "
                + rule.number() + ") but its inbound " + denial.get().ruleText() + " denies the replies (" + protocol + " "
                + Traffic.EPHEMERAL + " from " + denial.get().block() + "); ACLs are stateless: add an inbound rule allowing "
                + protocol + " " + Traffic.EPHEMERAL + " from " + rule.cidr() + " before it."));
      }
    }
    return findings;
  }

  /** For each outbound rule, in order, where the inbound rules deny its replies; empty when they do not or the rule lets no requests out. */
  private static List<Optional<AclReading.Denial>> denials(NetworkAcl acl) {
    List<Optional<AclReading.Denial>> denials = new ArrayList<>();
    for (AclRule rule : acl.outbound()) {
      if (!rule.allows() || rule.protocol() != Protocol.TCP && rule.protocol() != Protocol.UDP
          || covers(rule.ports(), Traffic.EPHEMERAL) || !AclReading.shadowing(acl, false, rule).isEmpty()) {
        denials.add(Optional.empty());
      } else {
        denials.add(AclReading.denial(acl, true, rule.protocol(), Traffic.EPHEMERAL, rule.cidr()));
      }
    }
    return denials;
  }

  private static boolean covers(PortRange outer, PortRange inner) {
    return outer.from() <= inner.from() && outer.to() >= inner.to();
  }
}
