package dev.netwright.app.aws.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fake account's network ACLs and network interfaces, written as DescribeNetworkAcls and DescribeNetworkInterfaces do. */
final class FakeInsideResources {
  private FakeInsideResources() {
  }

  /** One entry of a network ACL. */
  record Entry(int number, String protocol, String action, boolean egress, String cidr, Integer from, Integer to, Integer icmpType) {
    void xml(Xml x) {
      x.leaf("ruleNumber", number).leaf("protocol", protocol).leaf("ruleAction", action).leaf("egress", egress).leaf("cidrBlock", cidr);
      if (from != null) {
        x.element("portRange", range -> range.leaf("from", from).leaf("to", to));
      }
      if (icmpType != null) {
        x.element("icmpTypeCode", icmp -> icmp.leaf("code", -1).leaf("type", icmpType));
      }
    }
  }

  /** A subnet's association with a network ACL. */
  record Association(String id, String subnetId) {
  }

  static final class NetworkAcl extends FakeResource {
    final String vpcId;
    final boolean isDefault;
    final List<Entry> entries = new ArrayList<>();
    final List<Association> associations = new ArrayList<>();

    NetworkAcl(String id, Map<String, String> tags, String vpcId, boolean isDefault) {
      super(id, tags);
      this.vpcId = vpcId;
      this.isDefault = isDefault;
    }

    /** The entry of a direction with this number, or null. */
    Entry entry(boolean egress, int number) {
      return entries.stream().filter(entry -> entry.egress() == egress && entry.number() == number).findFirst().orElse(null);
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "network-acl-id": return List.of(id);
        case "default": return List.of(String.valueOf(isDefault));
        case "association.subnet-id": return associations.stream().map(Association::subnetId).toList();
        case "association.association-id": return associations.stream().map(Association::id).toList();
        case "association.network-acl-id": return associations.isEmpty() ? List.of() : List.of(id);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      xml(x, true);
    }

    /** Association ids change with every move; an account moved back and forth is the same account. */
    @Override
    String snapshot() {
      Xml x = new Xml();
      xml(x, false);
      return x.toString();
    }

    private void xml(Xml x, boolean associationIds) {
      List<Entry> ordered = entries.stream()
          .sorted(java.util.Comparator.comparing(Entry::egress).thenComparing(Entry::number)).toList();
      List<Association> bySubnet = associations.stream().sorted(java.util.Comparator.comparing(Association::subnetId)).toList();
      x.leaf("networkAclId", id).leaf("vpcId", vpcId).leaf("default", isDefault)
          .set("entrySet", ordered, (item, entry) -> entry.xml(item))
          .set("associationSet", bySubnet, (item, association) -> item
              .leaf("networkAclAssociationId", associationIds ? association.id() : null)
              .leaf("networkAclId", id).leaf("subnetId", association.subnetId()))
          .leaf("ownerId", FakeEc2State.ACCOUNT).tags(tags);
    }
  }

  static final class NetworkInterface extends FakeResource {
    final String vpcId;
    final String subnetId;
    final String interfaceType;
    final String description;
    final String requesterId;
    final String instanceId;
    final String privateIp;
    final String publicIp;
    final List<String> groupIds;

    NetworkInterface(String id, Map<String, String> tags, String vpcId, String subnetId, String interfaceType, String description,
        String requesterId, String instanceId, String privateIp, String publicIp, List<String> groupIds) {
      super(id, tags);
      this.vpcId = vpcId;
      this.subnetId = subnetId;
      this.interfaceType = interfaceType;
      this.description = description;
      this.requesterId = requesterId;
      this.instanceId = instanceId;
      this.privateIp = privateIp;
      this.publicIp = publicIp;
      this.groupIds = List.copyOf(groupIds);
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "subnet-id": return List.of(subnetId);
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("networkInterfaceId", id).leaf("subnetId", subnetId).leaf("vpcId", vpcId).leaf("interfaceType", interfaceType)
          .leaf("description", description).leaf("ownerId", FakeEc2State.ACCOUNT).leaf("status", "in-use")
          .leaf("privateIpAddress", privateIp).leaf("requesterManaged", requesterId != null)
          .set("groupSet", groupIds, (item, group) -> item.leaf("groupId", group).leaf("groupName", group));
      if (requesterId != null) {
        x.leaf("requesterId", requesterId);
      }
      if (instanceId != null) {
        x.element("attachment", attachment -> attachment.leaf("instanceId", instanceId).leaf("deviceIndex", 0).leaf("status", "attached"));
      }
      if (publicIp != null) {
        x.element("association", association -> association.leaf("publicIp", publicIp));
      }
      x.tags(tags);
    }
  }

  /** An EC2 instance, written as DescribeInstances does: one reservation holding it. Its primary interface is a NetworkInterface. */
  static final class Instance extends FakeResource {
    final String vpcId;
    final String subnetId;
    final String privateIp;

    Instance(String id, Map<String, String> tags, String vpcId, String subnetId, String privateIp) {
      super(id, tags);
      this.vpcId = vpcId;
      this.subnetId = subnetId;
      this.privateIp = privateIp;
    }

    @Override
    List<String> filterValues(String name) {
      switch (name) {
        case "vpc-id": return List.of(vpcId);
        case "subnet-id": return List.of(subnetId);
        case "instance-id": return List.of(id);
        case "instance-state-name": return List.of("running");
        default: return List.of();
      }
    }

    @Override
    void xml(Xml x) {
      x.leaf("reservationId", "r-" + id.substring(2)).leaf("ownerId", FakeEc2State.ACCOUNT)
          .set("instancesSet", List.of(this), (item, instance) -> item.leaf("instanceId", id)
              .element("instanceState", state -> state.leaf("code", 16).leaf("name", "running"))
              .leaf("subnetId", subnetId).leaf("vpcId", vpcId).leaf("privateIpAddress", privateIp).tags(tags));
    }
  }
}
