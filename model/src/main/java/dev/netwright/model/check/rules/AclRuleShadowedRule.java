package dev.netwright.model.check.rules;

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
import java.util.stream.Collectors;

/**
 * ACL-RULE-SHADOWED (warning): a network ACL rule every packet of which an earlier rule (or several
 * together) already decides: rules are read in number order and the first match wins, so this one
 * never applies, and whoever wrote it meant something that does not happen.
 */
public final class AclRuleShadowedRule implements VpcRule {
  public static final String ID = "ACL-RULE-SHADOWED";

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
    // what shadows what depends on one direction's rules alone: ACLs with the same rules (one per subnet) are read once
    List<Map<List<AclRule>, List<List<AclRule>>>> shadowedBy = List.of(new HashMap<>(), new HashMap<>());
    for (NetworkAcl acl : scope.networkAcls()) {
      for (boolean inbound : new boolean[] {true, false}) {
        List<AclRule> rules = acl.rules(inbound);
        List<List<AclRule>> shadows = shadowedBy.get(inbound ? 0 : 1).computeIfAbsent(rules, key -> shadows(acl, inbound));
        for (int i = 0; i < rules.size(); i++) {
          AclRule rule = rules.get(i);
          List<AclRule> earlier = shadows.get(i);
          if (earlier.isEmpty()) {
            continue;
          }
          String direction = inbound ? "inbound" : "outbound";
          String numbers = earlier.stream().map(other -> Integer.toString(other.number())).collect(Collectors.joining(", "));
          findings.add(new Finding(ID, Severity.WARNING, List.of(acl.id()),
              "Network ACL " + Labels.of(acl) + ": " + direction + " rule " + rule.number() + " (" + rule.action() + " "
                  + rule.matchText(inbound) + ") never applies: " + (earlier.size() == 1 ? "rule " : "rules ") + numbers
                  + " before it already decide every packet it matches; give it a lower number than "
                  + (earlier.size() == 1 ? "that rule" : "those rules") + ", or remove it."));
        }
      }
    }
    return findings;
  }

  /** For each rule of one direction, in order, the earlier rules that shadow it (empty when none do). */
  private static List<List<AclRule>> shadows(NetworkAcl acl, boolean inbound) {
    List<List<AclRule>> shadows = new ArrayList<>();
    for (AclRule rule : acl.rules(inbound)) {
      shadows.add(AclReading.shadowing(acl, inbound, rule));
    }
    return shadows;
  }
}
