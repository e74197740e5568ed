package dev.netwright.model.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The design-file records of what lives inside a VPC's subnets: network ACLs and workloads. */
final class InsideVpcRecords {
  static final List<String> ACL_KEYS = List.of("kind", "id", "name", "vpcId", "isDefault", "inbound", "outbound", "subnetIds");
  static final List<String> ACL_RULE_KEYS = List.of("number", "protocol", "ports", "icmpType", "cidr", "action");
  static final List<String> WORKLOAD_KEYS =
      List.of("kind", "id", "name", "type", "subnetId", "privateIp", "publicIp", "securityGroupIds");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private InsideVpcRecords() {
  }

  static NetworkAcl readAcl(ElementId id, String name, JsonFields f) {
    return new NetworkAcl(id, name, f.id("vpcId"), f.bool("isDefault"), aclRules(f, "inbound"), aclRules(f, "outbound"),
        f.ids("subnetIds"));
  }

  private static List<AclRule> aclRules(JsonFields acl, String key) {
    List<AclRule> rules = new ArrayList<>();
    for (JsonFields.Item item : acl.array(key)) {
      JsonFields rule = item.object("a network ACL rule");
      rule.allowOnly(new LinkedHashSet<>(ACL_RULE_KEYS), "a network ACL rule");
      rules.add(new AclRule(rule.integer("number"), rule.value("protocol", Protocol::parse), rule.value("ports", PortRange::parse),
          rule.integer("icmpType"), rule.value("cidr", Cidr::parse), rule.value("action", AclAction::parse)));
    }
    return rules;
  }

  static Workload readWorkload(ElementId id, String name, JsonFields f) {
    String address = f.text("privateIp");
    IpAddress privateIp = address.isEmpty() ? null : f.value("privateIp", IpAddress::parse);
    return new Workload(id, name, f.value("type", WorkloadType::fromSlug), f.id("subnetId"), privateIp, f.bool("publicIp"),
        f.ids("securityGroupIds"));
  }

  static void writeAcl(NetworkAcl acl, ObjectNode node, Set<JsonNode> oneLine) {
    node.put("vpcId", acl.vpcId().value());
    node.put("isDefault", acl.isDefault());
    node.set("inbound", aclRules(acl.inbound(), oneLine));
    node.set("outbound", aclRules(acl.outbound(), oneLine));
    node.set("subnetIds", ids(acl.subnetIds()));
  }

  private static ArrayNode aclRules(List<AclRule> rules, Set<JsonNode> oneLine) {
    ArrayNode array = NODES.arrayNode();
    for (AclRule rule : rules) {
      ObjectNode node = array.addObject();
      oneLine.add(node);
      node.put("number", rule.number());
      node.put("protocol", rule.protocol().code());
      node.put("ports", rule.ports().toString());
      node.put("icmpType", rule.icmpType());
      node.put("cidr", rule.cidr().toString());
      node.put("action", rule.action().code());
    }
    return array;
  }

  static void writeWorkload(Workload workload, ObjectNode node) {
    node.put("type", workload.type().slug());
    node.put("subnetId", workload.subnetId().value());
    node.put("privateIp", workload.address().map(IpAddress::toString).orElse(""));
    node.put("publicIp", workload.publicIp());
    node.set("securityGroupIds", ids(workload.securityGroupIds()));
  }

  private static ArrayNode ids(List<ElementId> ids) {
    ArrayNode array = NODES.arrayNode();
    ids.forEach(id -> array.add(id.value()));
    return array;
  }
}
