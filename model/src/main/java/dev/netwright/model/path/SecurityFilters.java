package dev.netwright.model.path;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Security groups on a path, stateful: the sender's groups must let the packet out (egress) and
 * the receiver's groups must let it in (ingress); replies need no rule. A rule naming a group
 * matches network interfaces that carry it; a rule naming a prefix list matches the service it
 * stands for; a CIDR rule matches the addresses it holds, several rules together covering a set.
 */
final class SecurityFilters {
  private SecurityFilters() {
  }

  /** A rule and the group it belongs to, so that a verdict can name both. */
  record GroupRule(SecurityGroup group, SecurityRule rule) {
  }

  /** The workload's groups must let the packet out toward {@code destination}; adds their hop, else blocks the walk. */
  static boolean egress(Walk walk, Workload workload, Subnet subnet, Destination destination) {
    List<SecurityGroup> groups = groupsOf(walk, workload.securityGroupIds(), subnet.vpcId());
    if (groups == null) {
      // no group in the design: AWS gives it the default group, whose egress allows everything
      return true;
    }
    if (groups.isEmpty()) {
      return walk.block(workload.id().value(), "the security groups of workload " + workload.id() + " do not exist", "egress");
    }
    Traffic traffic = walk.traffic();
    // the verdict depends on the groups, what is sent and where to: made once per VPC slice for
    // every workload of those groups sending the same traffic to the same place
    Object[] key = new Object[groups.size() + 5];
    key[0] = "sg-egress";
    for (int i = 0; i < groups.size(); i++) {
      key[i + 1] = groups.get(i);
    }
    key[groups.size() + 1] = traffic;
    key[groups.size() + 2] = destination.blocks();
    key[groups.size() + 3] = destination.groups();
    key[groups.size() + 4] = destination.prefixList();
    RuleVerdict<GroupRule> verdict = walk.memo(new MemoKey(key), () -> egressVerdict(groups, traffic, destination));
    if (verdict.allAllowed()) {
      GroupRule first = verdict.allowedBy().get(0);
      walk.insertSenderHop(new Hop(first.group().id().value(), Hop.SECURITY_GROUP,
          "allows egress " + traffic.text() + " to " + first.rule().peer().text()));
      return true;
    }
    SecurityGroup named = groups.get(0);
    String subject = subject(groups, "of workload " + workload.id());
    if (!destination.known() && verdict.anyAllowed()) {
      return walk.block(named.id().value(), subject + " let " + traffic.text() + " out only to some addresses, and "
          + destination.unknown() + ": cannot tell whether they admit it", "egress");
    }
    String to = destination.known() ? verdict.firstDenial().piece().cidr().toString() : destination.label();
    return walk.block(named.id().value(), subject + (groups.size() == 1 ? " allows" : " allow") + " no egress " + traffic.text()
        + " to " + to + (destination.label().equals(to) ? "" : " (" + destination.label() + ")"), "egress");
  }

  private static RuleVerdict<GroupRule> egressVerdict(List<SecurityGroup> groups, Traffic traffic, Destination destination) {
    List<RuleVerdict.Entry<GroupRule>> entries = new ArrayList<>();
    for (SecurityGroup group : groups) {
      for (SecurityRule rule : group.egress()) {
        if (matches(rule, traffic)) {
          Cidr block = egressBlock(rule.peer(), destination);
          if (block != null) {
            entries.add(new RuleVerdict.Entry<>(block, PortRange.ALL, true, new GroupRule(group, rule)));
          }
        }
      }
    }
    return RuleVerdict.decide(entries, PacketSpace.of(destination.blocks(), PortRange.ALL));
  }

  /** What an egress rule's peer holds of the destination: its CIDR, or every address when it names the receiver's group or list. */
  private static Cidr egressBlock(RulePeer peer, Destination destination) {
    if (peer instanceof RulePeer.CidrPeer cidr) {
      return cidr.cidr();
    }
    if (peer instanceof RulePeer.GroupPeer group) {
      return destination.groups().contains(group.groupId()) ? Cidr.ANYWHERE : null;
    }
    RulePeer.PrefixListPeer list = (RulePeer.PrefixListPeer) peer;
    return list.prefixList().equals(destination.prefixList()) ? Cidr.ANYWHERE : null;
  }

  /**
   * The receiver's groups must admit the packet from the walk's sender; adds the group's hop (for
   * the first source block), else blocks the walk at the first group. {@code owner} names the
   * receiver in messages ("interface endpoint SsmEndpoint", "workload Db").
   */
  static boolean ingress(Walk walk, List<SecurityGroup> groups, String owner, ElementId receiverVpc) {
    Traffic traffic = walk.traffic();
    List<RuleVerdict.Entry<GroupRule>> entries = new ArrayList<>();
    for (SecurityGroup group : groups) {
      for (SecurityRule rule : group.ingress()) {
        if (!matches(rule, traffic)) {
          continue;
        }
        if (rule.peer() instanceof RulePeer.CidrPeer cidr) {
          entries.add(new RuleVerdict.Entry<>(cidr.cidr(), PortRange.ALL, true, new GroupRule(group, rule)));
        } else if (rule.peer() instanceof RulePeer.GroupPeer named && walk.senderCarries(named.groupId(), receiverVpc)) {
          entries.add(new RuleVerdict.Entry<>(Cidr.ANYWHERE, PortRange.ALL, true, new GroupRule(group, rule)));
        }
      }
    }
    List<Cidr> sources = walk.from();
    for (Cidr source : sources) {
      RuleVerdict<GroupRule> verdict = RuleVerdict.decide(entries, List.of(new PacketSpace.Piece(source, PortRange.ALL)));
      if (!verdict.allAllowed()) {
        String subject = subject(groups, "of " + owner);
        return walk.block(groups.get(0).id().value(), subject + (groups.size() == 1 ? " admits" : " admit") + " no "
            + traffic.text() + " from " + source, "ingress");
      }
      if (source.equals(sources.get(0))) {
        GroupRule first = verdict.allowedBy().get(0);
        walk.hop(new MemoKey(Hop.SECURITY_GROUP, first.group().id(), first.rule().peer(), traffic),
            () -> new Hop(first.group().id().value(), Hop.SECURITY_GROUP, "admits " + traffic.text() + " from " + first.rule().peer().text()));
      }
    }
    return true;
  }

  /** The groups of a workload as the walk finds them; null when it names none and its VPC's default group is not in the design. */
  static List<SecurityGroup> groupsOf(Walk walk, List<ElementId> ids, ElementId vpc) {
    List<SecurityGroup> groups = new ArrayList<>();
    if (ids.isEmpty()) {
      Optional<SecurityGroup> fallback = walk.slice(vpc).flatMap(VpcSlice::defaultSecurityGroup);
      return fallback.map(List::of).orElse(null);
    }
    for (ElementId id : ids) {
      walk.element(id, SecurityGroup.class).ifPresent(groups::add);
    }
    return groups;
  }

  private static boolean matches(SecurityRule rule, Traffic traffic) {
    if (rule.protocol() == Protocol.ALL) {
      return true;
    }
    if (rule.protocol() != traffic.protocol()) {
      return false;
    }
    return traffic.protocol() == Protocol.ICMP || rule.ports().contains(traffic.port());
  }

  private static String subject(List<SecurityGroup> groups, String of) {
    String names = groups.stream().map(group -> group.id().value()).collect(Collectors.joining(", "));
    return (groups.size() == 1 ? "security group " : "security groups ") + names + " " + of;
  }
}
