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
import java.util.List;
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
    for (NetworkAcl acl : scope.networkAcls()) {
      for (boolean inbound : new boolean[] {true, false}) {
        for (AclRule rule : acl.rules(inbound)) {
          List<AclRule> earlier = AclReading.shadowing(acl, inbound, rule);
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
}
