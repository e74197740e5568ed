package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * New security groups whose rules name each other (web admits app, app admits web) cannot be made
 * one after the other with all their rules. So a new group is created with the rules that name
 * nothing new, and a follow-up update, ordered after every group it names, adds the rest.
 */
final class NewGroupRules {
  private NewGroupRules() {
  }

  static boolean isGroupCreate(PlannedChange change) {
    return change != null && change.action() == PlannedChange.Action.CREATE && change.kind() == ElementKind.SECURITY_GROUP;
  }

  /** The follow-up update of a new group, when some of its rules name other new groups. */
  static Optional<PlannedChange> followUp(SecurityGroup group, Topology design, IdMatch match) {
    List<String> later = new ArrayList<>();
    collect(group, group.ingress(), "ingress", design, match, later);
    collect(group, group.egress(), "egress", design, match, later);
    if (later.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PlannedChange(PlannedChange.Action.UPDATE, group.kind(), group.id(),
        "once the groups it names exist: " + String.join("; ", later), group, null));
  }

  private static void collect(SecurityGroup group, List<SecurityRule> rules, String direction, Topology design, IdMatch match,
      List<String> later) {
    for (SecurityRule rule : rules) {
      if (namesNewGroup(group.id(), rule, design, match)) {
        later.add("allow " + direction + " " + rule);
      }
    }
  }

  private static boolean namesNewGroup(ElementId self, SecurityRule rule, Topology design, IdMatch match) {
    return rule.peer() instanceof RulePeer.GroupPeer peer && !peer.groupId().equals(self)
        && design.find(peer.groupId(), SecurityGroup.class).isPresent() && match.find(peer.groupId()).isEmpty();
  }

  /** The group (AWS ids) without the rules that name groups which do not run yet; any other element as it is. */
  static Element withoutRulesForNewGroups(Element element, ApplyContext context) {
    if (!(element instanceof SecurityGroup group)) {
      return element;
    }
    return group.withRules(running(group.ingress(), context), running(group.egress(), context));
  }

  private static List<SecurityRule> running(List<SecurityRule> rules, ApplyContext context) {
    return rules.stream().filter(rule -> !(rule.peer() instanceof RulePeer.GroupPeer peer) || context.runs(peer.groupId())).toList();
  }
}
