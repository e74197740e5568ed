package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.PortRange;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.Protocol;
import dev.netwright.model.Text;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads security groups with their inline rules and the {@code SecurityGroupIngress}/{@code Egress}
 * resources that add rules to them (appended in template order). A group whose rules name a group
 * Netwright cannot model cannot be modelled either; that is settled by repeating until nothing
 * changes, as groups may refer to each other in circles.
 *
 * <p>No {@code SecurityGroupEgress} means CloudFormation's default, all traffic out; the egress
 * rule that matches nothing (see {@link SecurityGroupExport}) means none. IPv6 rules are left out
 * with an info finding: Netwright's paths are IPv4.
 */
final class SecurityGroupImport {
  static final String IPV6_RULE = "CFN-IPV6-RULE-IGNORED";

  private final ImportContext context;

  /** A rule before its peer group is known to be modelled: the peer is a CIDR, a prefix list or a group's logical id. */
  private record PendingRule(Protocol protocol, PortRange ports, RulePeer peer, String peerGroup, String description) {
  }

  private static final class Pending {
    final TemplateResource resource;
    final List<PendingRule> ingress = new ArrayList<>();
    final List<PendingRule> egress = new ArrayList<>();
    final List<TemplateResource> standalone = new ArrayList<>();
    Vpc vpc;
    String name;
    String description;

    Pending(TemplateResource resource) {
      this.resource = resource;
    }
  }

  SecurityGroupImport(ImportContext context) {
    this.context = context;
  }

  void read() {
    Map<String, Pending> pending = new LinkedHashMap<>();
    for (TemplateResource resource : context.ofType("AWS::EC2::SecurityGroup")) {
      context.attempt(resource, () -> pending.put(resource.logicalId(), inline(resource)));
    }
    standalone(pending, "AWS::EC2::SecurityGroupIngress", true);
    standalone(pending, "AWS::EC2::SecurityGroupEgress", false);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Pending group : new ArrayList<>(pending.values())) {
        Optional<String> missing = missingPeer(group, pending);
        if (missing.isPresent()) {
          context.reasons.put(group.resource.logicalId(), "it has a rule for " + missing.get() + ", which Netwright could not model");
          pending.remove(group.resource.logicalId());
          changed = true;
        }
      }
    }
    Map<String, ElementId> ids = new LinkedHashMap<>();
    pending.forEach((logical, group) -> ids.put(logical, context.idOf(group.resource)));
    for (Pending group : pending.values()) {
      context.add(group.resource, new SecurityGroup(ids.get(group.resource.logicalId()), group.name, group.vpc.id(), group.description,
          rules(group.ingress, ids), rules(group.egress, ids)));
      group.standalone.forEach(rule -> context.consumed.add(rule.logicalId()));
    }
  }

  private Pending inline(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Pending group = new Pending(resource);
    group.vpc = properties.element("VpcId", Vpc.class);
    group.name = properties.name();
    group.description = resource.netwright(NetwrightMetadata.DESCRIPTION).filter(JsonNode::isTextual).map(JsonNode::asText)
        .orElse(properties.text("GroupDescription").orElse(""));
    Optional<JsonNode> ingress = properties.value("SecurityGroupIngress");
    if (ingress.isPresent()) {
      for (JsonNode rule : list(ingress.get(), properties, "SecurityGroupIngress")) {
        rule(rule, true, properties, "SecurityGroupIngress").ifPresent(group.ingress::add);
      }
    }
    Optional<JsonNode> egress = properties.value("SecurityGroupEgress");
    if (egress.isPresent()) {
      for (JsonNode rule : list(egress.get(), properties, "SecurityGroupEgress")) {
        if (!matchesNothing(rule)) {
          rule(rule, false, properties, "SecurityGroupEgress").ifPresent(group.egress::add);
        }
      }
    } else {
      group.egress.add(new PendingRule(Protocol.ALL, PortRange.ALL, new RulePeer.CidrPeer(dev.netwright.model.Cidr.ANYWHERE), null, ""));
    }
    return group;
  }

  private void standalone(Map<String, Pending> pending, String type, boolean ingress) {
    for (TemplateResource resource : context.ofType(type)) {
      context.attempt(resource, () -> {
        ResourceProperties properties = context.properties(resource);
        Pending group = pending.get(properties.referenceTo("GroupId"));
        if (group == null) {
          throw new Unmodelled("its GroupId is no security group Netwright could model");
        }
        rule(null, ingress, properties, null)
            .ifPresent(ingress ? group.ingress::add : group.egress::add);
        group.standalone.add(resource);
      });
    }
  }

  private static Iterable<JsonNode> list(JsonNode value, ResourceProperties properties, String property) {
    if (!value.isArray()) {
      throw properties.error(property, "must be a list of rules");
    }
    return value;
  }

  private static boolean matchesNothing(JsonNode rule) {
    return "icmp".equals(rule.path("IpProtocol").asText()) && rule.path("FromPort").asInt() == SecurityGroupExport.NO_EGRESS_FROM
        && rule.path("ToPort").asInt() == SecurityGroupExport.NO_EGRESS_TO
        && SecurityGroupExport.NO_EGRESS_CIDR.equals(rule.path("CidrIp").asText());
  }

  /**
   * One rule, from an inline rule object ({@code property} names its list) or from a standalone
   * resource's own properties ({@code property} null, values read through {@code properties}).
   */
  private Optional<PendingRule> rule(JsonNode inline, boolean ingress, ResourceProperties properties, String property) {
    RuleFields fields = property == null ? RuleFields.of(properties) : RuleFields.of(inline, properties, property);
    String where = property == null ? "IpProtocol" : property;
    Protocol protocol;
    try {
      protocol = Protocol.parse(fields.text("IpProtocol").orElseThrow(() -> properties.error(where, "a rule needs an IpProtocol")));
    } catch (InvalidValueException e) {
      throw new Unmodelled("a rule uses protocol " + fields.text("IpProtocol").orElse("") + "; Netwright models tcp, udp, icmp and all");
    }
    if (fields.text("CidrIpv6").isPresent()) {
      context.findings.add(new Finding(IPV6_RULE, Severity.INFO, List.of(properties.id()), "Security group "
          + properties.id() + " has an IPv6 rule (" + fields.text("CidrIpv6").get() + "), which Netwright leaves out: its paths are IPv4."));
      return Optional.empty();
    }
    PortRange ports = ports(fields, properties, where, protocol);
    String description = fields.text("Description").orElse("");
    String groupKey = ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId";
    String listKey = ingress ? "SourcePrefixListId" : "DestinationPrefixListId";
    if (fields.text("CidrIp").isPresent()) {
      try {
        return Optional.of(new PendingRule(protocol, ports, new RulePeer.CidrPeer(dev.netwright.model.Cidr.parse(fields.text("CidrIp").get())),
            null, description));
      } catch (InvalidValueException e) {
        throw properties.error(where, e.getMessage());
      }
    }
    if (fields.text(listKey).isPresent()) {
      try {
        return Optional.of(new PendingRule(protocol, ports, new RulePeer.PrefixListPeer(PrefixListId.of(fields.text(listKey).get())),
            null, description));
      } catch (InvalidValueException e) {
        throw properties.error(where, e.getMessage());
      }
    }
    Optional<TemplateValues.Reference> group = fields.reference(groupKey);
    if (group.isPresent() && !group.get().attribute().equals("DefaultSecurityGroup")) {
      return Optional.of(new PendingRule(protocol, ports, null, group.get().logicalId(), description));
    }
    throw new Unmodelled("a rule's peer is a security group outside the template, or none Netwright models");
  }

  /**
   * The ports of a rule as AWS reads them: -1 means "all" only for protocol -1 and for ICMP (every
   * type or code); for TCP and UDP a port is 0 to 65535 and anything else is refused, never read
   * as a wider rule.
   */
  private static PortRange ports(RuleFields fields, ResourceProperties properties, String where, Protocol protocol) {
    Optional<String> from = fields.text("FromPort").map(String::trim);
    Optional<String> to = fields.text("ToPort").map(String::trim);
    if (protocol == Protocol.ALL) {
      return PortRange.ALL;
    }
    for (Optional<String> port : List.of(from, to)) {
      if (port.isPresent() && !port.get().equals("-1") && !Text.isAsciiDigits(port.get())) {
        throw properties.error(where, "FromPort and ToPort must be port numbers (0 to 65535 in ASCII digits), not '" + port.get() + "'");
      }
    }
    boolean allMarked = from.filter("-1"::equals).isPresent() || to.filter("-1"::equals).isPresent();
    if (allMarked && protocol != Protocol.ICMP) {
      throw properties.error(where, "a " + protocol.code() + " rule's FromPort and ToPort are ports from 0 to 65535; -1 (all) is only for"
          + " protocol -1 or ICMP: write 0 and 65535 for every port");
    }
    if (allMarked || from.isEmpty() && to.isEmpty()) {
      return PortRange.ALL;
    }
    try {
      long low = TemplateLimits.wholeNumber(from.orElse(to.get()));
      long high = TemplateLimits.wholeNumber(to.orElse(from.get()));
      if (low > 65535 || high > 65535) {
        throw properties.error(where, "port " + Math.max(low, high) + " is outside 0-65535");
      }
      return new PortRange((int) low, (int) high);
    } catch (InvalidValueException e) {
      throw properties.error(where, e.getMessage());
    }
  }

  private static Optional<String> missingPeer(Pending group, Map<String, Pending> pending) {
    for (List<PendingRule> rules : List.of(group.ingress, group.egress)) {
      for (PendingRule rule : rules) {
        if (rule.peerGroup() != null && !pending.containsKey(rule.peerGroup())) {
          return Optional.of(rule.peerGroup());
        }
      }
    }
    return Optional.empty();
  }

  private static List<SecurityRule> rules(List<PendingRule> pending, Map<String, ElementId> ids) {
    List<SecurityRule> rules = new ArrayList<>(pending.size());
    for (PendingRule rule : pending) {
      RulePeer peer = rule.peer() != null ? rule.peer() : new RulePeer.GroupPeer(ids.get(rule.peerGroup()));
      rules.add(new SecurityRule(rule.protocol(), rule.ports(), peer, rule.description()));
    }
    return rules;
  }
}
