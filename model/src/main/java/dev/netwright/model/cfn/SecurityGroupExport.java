package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes security groups and their rules. Rules stay inline, except where groups refer to each
 * other (or a group to itself): CloudFormation would see a circular dependency, so the rules of
 * that direction become {@code AWS::EC2::SecurityGroupIngress}/{@code Egress} resources of their
 * own, in the same order.
 *
 * <p>CloudFormation gives a group without {@code SecurityGroupEgress} an allow-all egress rule. A
 * group with no inline egress therefore gets the rule that matches nothing, as the AWS CDK writes
 * it (ICMP type 252 code 86 to 255.255.255.255/32), and the importer reads that rule as "none".
 */
final class SecurityGroupExport {
  /** What EC2 accepts in a group description. */
  private static final Pattern DESCRIPTION_CHARACTER = Pattern.compile("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]");
  static final int DESCRIPTION_MAX = 255;

  private final ExportContext context;
  private final Set<SecurityGroup> inCycles;

  SecurityGroupExport(ExportContext context, List<SecurityGroup> groups) {
    this.context = context;
    this.inCycles = SecurityGroupCycles.of(groups);
  }

  void securityGroup(SecurityGroup group) {
    String logical = context.logical(group.id());
    String description = groupDescription(group);
    ResourceNode node = context.add(group, "AWS::EC2::SecurityGroup")
        .set("GroupDescription", description)
        .set("VpcId", context.ref(group.vpcId()));
    if (!description.equals(group.description())) {
      node.netwright().put(NetwrightMetadata.DESCRIPTION, group.description());
    }
    boolean splitIngress = inCycles.contains(group) && refersToGroup(group.ingress());
    boolean splitEgress = inCycles.contains(group) && refersToGroup(group.egress());
    if (!splitIngress && !group.ingress().isEmpty()) {
      node.set("SecurityGroupIngress", rules(group.ingress(), true));
    }
    ArrayNode egress = splitEgress || group.egress().isEmpty() ? noEgress() : rules(group.egress(), false);
    node.set("SecurityGroupEgress", egress);
    node.nameTag(group.name());
    if (splitIngress) {
      standalone(logical, group.ingress(), true);
    }
    if (splitEgress) {
      standalone(logical, group.egress(), false);
    }
  }

  /** The description EC2 will accept: the design's, else the group's label, without the characters EC2 refuses. */
  static String groupDescription(SecurityGroup group) {
    String text = group.description().isEmpty() ? group.label() : group.description();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < DESCRIPTION_MAX; i++) {
      String c = String.valueOf(text.charAt(i));
      out.append(DESCRIPTION_CHARACTER.matcher(c).matches() ? c : "-");
    }
    return out.toString();
  }

  private static boolean refersToGroup(List<SecurityRule> rules) {
    return rules.stream().anyMatch(rule -> rule.peer() instanceof RulePeer.GroupPeer);
  }

  private ArrayNode rules(List<SecurityRule> rules, boolean ingress) {
    ArrayNode list = Intrinsics.array();
    for (SecurityRule rule : rules) {
      writeRule(list.addObject(), rule, ingress);
    }
    return list;
  }

  private void standalone(String groupLogical, List<SecurityRule> rules, boolean ingress) {
    String kind = ingress ? "Ingress" : "Egress";
    for (int i = 0; i < rules.size(); i++) {
      ResourceNode node = context.add(context.ids.unique(groupLogical + kind + (i + 1)), "AWS::EC2::SecurityGroup" + kind)
          .set("GroupId", Intrinsics.getAtt(groupLogical, "GroupId"));
      writeRule(node.properties(), rules.get(i), ingress);
    }
  }

  private void writeRule(ObjectNode out, SecurityRule rule, boolean ingress) {
    out.put("IpProtocol", rule.protocol().code());
    if (rule.protocol() == Protocol.TCP || rule.protocol() == Protocol.UDP) {
      out.put("FromPort", rule.ports().from());
      out.put("ToPort", rule.ports().to());
    } else if (rule.protocol() == Protocol.ICMP) {
      out.put("FromPort", -1);
      out.put("ToPort", -1);
    }
    RulePeer peer = rule.peer();
    if (peer instanceof RulePeer.CidrPeer cidr) {
      out.put("CidrIp", cidr.cidr().toString());
    } else if (peer instanceof RulePeer.GroupPeer group) {
      out.set(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId",
          Intrinsics.getAtt(context.logical(group.groupId()), "GroupId"));
    } else if (peer instanceof RulePeer.PrefixListPeer list) {
      out.put(ingress ? "SourcePrefixListId" : "DestinationPrefixListId", list.prefixList().value());
    }
    if (!rule.description().isEmpty()) {
      out.put("Description", rule.description());
    }
  }

  /** The egress list that allows nothing (see the class comment). */
  static ArrayNode noEgress() {
    ArrayNode list = Intrinsics.array();
    ObjectNode rule = list.addObject();
    rule.put("IpProtocol", "icmp");
    rule.put("FromPort", NO_EGRESS_FROM);
    rule.put("ToPort", NO_EGRESS_TO);
    rule.put("CidrIp", NO_EGRESS_CIDR);
    rule.put("Description", "Disallow all traffic");
    return list;
  }

  static final int NO_EGRESS_FROM = 252;
  static final int NO_EGRESS_TO = 86;
  static final String NO_EGRESS_CIDR = "255.255.255.255/32";
}
