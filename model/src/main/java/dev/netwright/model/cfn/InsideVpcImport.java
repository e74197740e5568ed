package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads network ACLs with their entries and subnet associations, and workloads: an
 * {@code AWS::EC2::Instance} or {@code AWS::EC2::NetworkInterface} that holds only what a workload
 * is (its subnet, groups, address, name; an instance's image id as a template parameter, as
 * Netwright writes it). One that holds more (an instance type, user data, a key pair) stays an
 * opaque resource, so that nothing it says is lost. An entry for IPv6 or another protocol than
 * TCP, UDP, ICMP or all stays opaque too: it decides nothing Netwright's paths ask.
 */
final class InsideVpcImport {
  private static final Set<String> INSTANCE_PROPERTIES = Set.of("ImageId", "NetworkInterfaces", "SubnetId", "SecurityGroupIds",
      "PrivateIpAddress", "Tags");
  private static final Set<String> INSTANCE_INTERFACE_PROPERTIES = Set.of("DeviceIndex", "SubnetId", "GroupSet", "PrivateIpAddress",
      "AssociatePublicIpAddress");
  private static final Set<String> INTERFACE_PROPERTIES = Set.of("Description", "SubnetId", "GroupSet", "PrivateIpAddress", "Tags");

  private final ImportContext context;
  private final Map<String, List<AclRule>> inbound = new LinkedHashMap<>();
  private final Map<String, List<AclRule>> outbound = new LinkedHashMap<>();
  private final Map<String, List<ElementId>> subnets = new LinkedHashMap<>();

  InsideVpcImport(ImportContext context) {
    this.context = context;
  }

  void read() {
    for (TemplateResource resource : context.ofType("AWS::EC2::NetworkAcl")) {
      context.attempt(resource, () -> acl(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::NetworkAclEntry")) {
      context.attempt(resource, () -> entry(resource));
    }
    for (TemplateResource resource : context.ofType("AWS::EC2::SubnetNetworkAclAssociation")) {
      context.attempt(resource, () -> association(resource));
    }
    for (String logical : inbound.keySet()) {
      NetworkAcl acl = (NetworkAcl) context.elements.get(logical);
      try {
        context.elements.put(logical, new NetworkAcl(acl.id(), acl.name(), acl.vpcId(), acl.isDefault(), inbound.get(logical),
            outbound.get(logical), subnets.get(logical)));
      } catch (InvalidValueException e) {
        throw context.template.error(context.resources.get(logical).line(), "resource " + logical + ": " + e.getMessage());
      }
    }
    // instances and interfaces in template order, which is the order an export wrote them in
    for (TemplateResource resource : context.resources.values()) {
      if (!resource.created()) {
        continue;
      }
      if (resource.type().equals("AWS::EC2::Instance")) {
        context.attempt(resource, () -> instance(resource));
      } else if (resource.type().equals("AWS::EC2::NetworkInterface")) {
        context.attempt(resource, () -> networkInterface(resource));
      }
    }
  }

  private void acl(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Vpc vpc = properties.element("VpcId", Vpc.class);
    boolean isDefault = resource.netwright(NetwrightMetadata.DEFAULT_ACL).map(JsonNode::asBoolean).orElse(false);
    context.add(resource, new NetworkAcl(properties.id(), properties.name(), vpc.id(), isDefault, List.of(), List.of(), List.of()));
    inbound.put(resource.logicalId(), new ArrayList<>());
    outbound.put(resource.logicalId(), new ArrayList<>());
    subnets.put(resource.logicalId(), new ArrayList<>());
  }

  private void entry(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    String acl = properties.elementLogicalId("NetworkAclId", NetworkAcl.class);
    if (properties.has("Ipv6CidrBlock")) {
      throw new Unmodelled("it is an IPv6 rule, and Netwright's paths are IPv4");
    }
    int number = properties.integer("RuleNumber").orElseThrow(() -> new Unmodelled("it has no RuleNumber"));
    Protocol protocol = protocol(properties);
    Cidr cidr = properties.cidr("CidrBlock");
    AclAction action = AclAction.parse(properties.requiredText("RuleAction"));
    boolean egress = properties.bool("Egress", false);
    PortRange ports = properties.value("PortRange").map(range -> new PortRange(range.path("From").asInt(), range.path("To").asInt()))
        .orElse(PortRange.ALL);
    int icmpType = properties.value("Icmp").map(icmp -> icmp.path("Type").asInt(-1)).orElse(-1);
    (egress ? outbound : inbound).get(acl).add(new AclRule(number, protocol, ports, icmpType, cidr, action));
    context.consumed.add(resource.logicalId());
  }

  private static Protocol protocol(ResourceProperties properties) {
    int number = properties.integer("Protocol").orElseThrow(() -> new Unmodelled("it has no Protocol"));
    switch (number) {
      case -1: return Protocol.ALL;
      case 1: return Protocol.ICMP;
      case 6: return Protocol.TCP;
      case 17: return Protocol.UDP;
      default: throw new Unmodelled("its protocol " + number + " is neither TCP, UDP, ICMP nor all");
    }
  }

  private void association(TemplateResource resource) {
    ResourceProperties properties = context.properties(resource);
    Subnet subnet = properties.element("SubnetId", Subnet.class);
    String acl = properties.elementLogicalId("NetworkAclId", NetworkAcl.class);
    boolean implied = resource.netwright(NetwrightMetadata.IMPLIED_BY_DEFAULT).map(JsonNode::asBoolean).orElse(false);
    if (!implied) {
      subnets.get(acl).add(subnet.id());
    }
    context.consumed.add(resource.logicalId());
  }

  private void instance(TemplateResource resource) {
    onlyModelled(resource, INSTANCE_PROPERTIES);
    JsonNode image = resource.properties().get("ImageId");
    if (image == null || !image.path("Ref").isTextual() || !context.template.root().path("Parameters").has(image.path("Ref").asText())) {
      throw new Unmodelled("its ImageId is not a template parameter, and Netwright does not keep image ids");
    }
    ResourceProperties properties = context.properties(resource);
    Optional<JsonNode> interfaces = properties.value("NetworkInterfaces");
    if (interfaces.isEmpty()) {
      Subnet subnet = properties.element("SubnetId", Subnet.class);
      List<ElementId> groups = properties.elements("SecurityGroupIds", SecurityGroup.class).stream().map(SecurityGroup::id).toList();
      IpAddress address = properties.text("PrivateIpAddress").map(IpAddress::parse).orElse(null);
      context.add(resource, new Workload(properties.id(), properties.name(), WorkloadType.EC2_INSTANCE, subnet.id(), address, false, groups));
      return;
    }
    if (!interfaces.get().isArray() || interfaces.get().size() != 1 || !"0".equals(interfaces.get().get(0).path("DeviceIndex").asText())) {
      throw new Unmodelled("it has more than one network interface, and a workload has one");
    }
    JsonNode eni = interfaces.get().get(0);
    for (Iterator<String> names = eni.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!INSTANCE_INTERFACE_PROPERTIES.contains(name)) {
        throw new Unmodelled("its network interface sets " + name + ", which Netwright does not model");
      }
    }
    Subnet subnet = referenced(eni.get("SubnetId"), Subnet.class, "its network interface's SubnetId");
    List<ElementId> groups = new ArrayList<>();
    for (JsonNode group : eni.path("GroupSet")) {
      groups.add(referenced(group, SecurityGroup.class, "its network interface's GroupSet").id());
    }
    IpAddress address = eni.hasNonNull("PrivateIpAddress") ? IpAddress.parse(eni.get("PrivateIpAddress").asText()) : null;
    boolean publicIp = eni.path("AssociatePublicIpAddress").asText("false").equalsIgnoreCase("true");
    context.add(resource, new Workload(properties.id(), properties.name(), WorkloadType.EC2_INSTANCE, subnet.id(), address, publicIp, groups));
  }

  private void networkInterface(TemplateResource resource) {
    onlyModelled(resource, INTERFACE_PROPERTIES);
    ResourceProperties properties = context.properties(resource);
    Subnet subnet = properties.element("SubnetId", Subnet.class);
    List<ElementId> groups = properties.elements("GroupSet", SecurityGroup.class).stream().map(SecurityGroup::id).toList();
    IpAddress address = properties.text("PrivateIpAddress").map(IpAddress::parse).orElse(null);
    WorkloadType type = resource.netwright(NetwrightMetadata.WORKLOAD_TYPE).map(node -> WorkloadType.fromSlug(node.asText()))
        .orElse(WorkloadType.NETWORK_INTERFACE);
    boolean publicIp = resource.netwright(NetwrightMetadata.PUBLIC_IP).map(JsonNode::asBoolean).orElse(false);
    context.add(resource, new Workload(properties.id(), properties.name(), type, subnet.id(), address, publicIp, groups));
  }

  private static void onlyModelled(TemplateResource resource, Set<String> modelled) {
    for (Iterator<String> names = resource.properties().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!modelled.contains(name)) {
        throw new Unmodelled("it sets " + name + ", which Netwright does not model");
      }
    }
  }

  private <T extends dev.netwright.model.topology.Element> T referenced(JsonNode value, Class<T> type, String what) {
    String logical = value == null ? null : TemplateValues.referenceOf(value).map(TemplateValues.Reference::logicalId).orElse(null);
    if (logical == null) {
      throw new Unmodelled(what + " is not a resource of the template");
    }
    return context.element(logical, type).orElseThrow(() -> new Unmodelled(what + " refers to " + logical
        + ", which Netwright could not model"));
  }
}
