package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** Steps that authorize and revoke a security group's rules, one rule per call. */
final class SecurityGroupSteps {
  private SecurityGroupSteps() {
  }

  static List<Step> steps(SecurityGroup desired, SecurityGroup running, UnaryOperator<ElementId> names) {
    List<Step> steps = new ArrayList<>();
    String group = running.id().value();
    for (SecurityRule rule : missing(desired.ingress(), running.ingress())) {
      steps.add(rule(group, true, true, rule, names));
    }
    for (SecurityRule rule : missing(running.ingress(), desired.ingress())) {
      steps.add(rule(group, true, false, rule, names));
    }
    for (SecurityRule rule : missing(desired.egress(), running.egress())) {
      steps.add(rule(group, false, true, rule, names));
    }
    for (SecurityRule rule : missing(running.egress(), desired.egress())) {
      steps.add(rule(group, false, false, rule, names));
    }
    steps.addAll(descriptions(group, true, desired.ingress(), running.ingress(), names));
    steps.addAll(descriptions(group, false, desired.egress(), running.egress(), names));
    return steps;
  }

  /**
   * The rules both have whose description differs: EC2 changes a description in place
   * (UpdateSecurityGroupRuleDescriptionsIngress/Egress), without revoking the rule.
   */
  private static List<Step> descriptions(String group, boolean ingress, List<SecurityRule> desired, List<SecurityRule> running,
      UnaryOperator<ElementId> names) {
    java.util.Map<List<Object>, SecurityRule> now = new java.util.HashMap<>();
    running.forEach(rule -> now.putIfAbsent(key(rule), rule));
    List<Step> steps = new ArrayList<>();
    java.util.Set<List<Object>> seen = new java.util.HashSet<>();
    for (SecurityRule rule : desired) {
      SecurityRule current = now.get(key(rule));
      if (current == null || !seen.add(key(rule)) || current.description().equals(rule.description())) {
        continue;
      }
      String text = "describe " + (ingress ? "ingress " : "egress ") + shown(rule, names) + " as '" + rule.description() + "'";
      steps.add(Step.of(text, context -> {
        Ec2Client ec2 = context.ec2();
        describe(ec2, group, ingress, rule);
        context.undo.push("described a rule of " + group, "describe it as '" + current.description() + "' again",
            () -> describe(ec2, group, ingress, current));
      }));
    }
    return steps;
  }

  private static void describe(Ec2Client ec2, String group, boolean ingress, SecurityRule rule) {
    IpPermission permission = permission(rule);
    if (ingress) {
      ec2.updateSecurityGroupRuleDescriptionsIngress(r -> r.groupId(group).ipPermissions(permission));
    } else {
      ec2.updateSecurityGroupRuleDescriptionsEgress(r -> r.groupId(group).ipPermissions(permission));
    }
  }

  /** The rule in the design's ids, for the plan's words. */
  private static SecurityRule shown(SecurityRule rule, UnaryOperator<ElementId> names) {
    return rule.peer() instanceof RulePeer.GroupPeer peer
        ? new SecurityRule(rule.protocol(), rule.ports(), new RulePeer.GroupPeer(names.apply(peer.groupId())), rule.description())
        : rule;
  }

  /**
   * The rules of {@code from} that {@code in} lacks, judged as EC2 judges a duplicate: by protocol,
   * ports and peer, not by description (a description alone is changed in place, see {@link #descriptions}).
   */
  private static List<SecurityRule> missing(List<SecurityRule> from, List<SecurityRule> in) {
    java.util.Set<List<Object>> present = new java.util.HashSet<>();
    in.forEach(rule -> present.add(key(rule)));
    java.util.Set<List<Object>> seen = new java.util.HashSet<>();
    return from.stream().filter(rule -> !present.contains(key(rule)) && seen.add(key(rule))).toList();
  }

  private static List<Object> key(SecurityRule rule) {
    return List.of(rule.protocol(), rule.ports(), rule.peer());
  }

  private static Step rule(String group, boolean ingress, boolean allow, SecurityRule rule, UnaryOperator<ElementId> names) {
    String text = (allow ? "allow " : "revoke ") + (ingress ? "ingress " : "egress ") + shown(rule, names);
    return Step.of(text, context -> {
      Ec2Client ec2 = context.ec2();
      call(ec2, group, ingress, allow, rule);
      context.undo.push(text + " on " + group, (allow ? "revoke " : "allow ") + (ingress ? "ingress " : "egress ") + rule + " on " + group,
          () -> call(ec2, group, ingress, !allow, rule));
    });
  }

  private static void call(Ec2Client ec2, String group, boolean ingress, boolean allow, SecurityRule rule) {
    IpPermission permission = permission(rule);
    if (ingress && allow) {
      ec2.authorizeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(permission));
    } else if (ingress) {
      ec2.revokeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(permission));
    } else if (allow) {
      ec2.authorizeSecurityGroupEgress(r -> r.groupId(group).ipPermissions(permission));
    } else {
      ec2.revokeSecurityGroupEgress(r -> r.groupId(group).ipPermissions(permission));
    }
  }

  static IpPermission permission(SecurityRule rule) {
    IpPermission.Builder permission = IpPermission.builder().ipProtocol(rule.protocol().code());
    if (rule.protocol() == Protocol.TCP || rule.protocol() == Protocol.UDP) {
      permission.fromPort(rule.ports().from()).toPort(rule.ports().to());
    } else if (rule.protocol() == Protocol.ICMP) {
      permission.fromPort(-1).toPort(-1);
    }
    String description = rule.description().isEmpty() ? null : rule.description();
    if (rule.peer() instanceof RulePeer.CidrPeer cidr) {
      permission.ipRanges(IpRange.builder().cidrIp(cidr.cidr().toString()).description(description).build());
    } else if (rule.peer() instanceof RulePeer.GroupPeer peer) {
      permission.userIdGroupPairs(UserIdGroupPair.builder().groupId(peer.groupId().value()).description(description).build());
    } else if (rule.peer() instanceof RulePeer.PrefixListPeer list) {
      permission.prefixListIds(PrefixListId.builder().prefixListId(list.prefixList().value()).description(description).build());
    }
    return permission.build();
  }
}
