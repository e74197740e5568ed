package dev.netwright.app.aws;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/**
 * Reads what lives inside the VPCs: network ACLs with their entries and subnet associations, and
 * the network interfaces that are workloads, with the service that owns each (an EC2 instance,
 * Lambda, ECS, RDS, a load balancer), told by the interface's type, requester and description.
 * Interfaces of VPC endpoints and NAT gateways are those elements' own and are left out; an
 * instance's name and tags come from DescribeInstances. One paged describe per kind.
 */
final class LiveInsideReader {
  /** The rule number AWS gives every ACL's last, catch-all rule; it is implied, never stored. */
  private static final int CATCH_ALL = 32767;

  private final Ec2Client ec2;
  private final int pageSize;
  private final Cancellation cancellation;
  private final LiveReader.LiveParts parts;

  LiveInsideReader(Ec2Client ec2, int pageSize, Cancellation cancellation, LiveReader.LiveParts parts) {
    this.ec2 = ec2;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
    this.parts = parts;
  }

  void read(List<Filter> byVpc) {
    readAcls(byVpc);
    readInterfaces(byVpc, readInstanceTags(byVpc));
  }

  /**
   * The tags of each instance (DescribeInstances): an instance's name is a tag of the instance, not
   * of its network interface. Credentials that may not describe instances leave the names out, with
   * a warning, rather than failing the import.
   */
  private java.util.Map<String, List<software.amazon.awssdk.services.ec2.model.Tag>> readInstanceTags(List<Filter> byVpc) {
    java.util.Map<String, List<software.amazon.awssdk.services.ec2.model.Tag>> tags = new java.util.HashMap<>();
    try {
      for (var page : ec2.describeInstancesPaginator(request -> request.maxResults(Math.max(5, pageSize)).filters(byVpc))) {
        cancellation.check();
        page.reservations().forEach(reservation -> reservation.instances().forEach(instance -> tags.put(instance.instanceId(),
            instance.tags())));
      }
    } catch (software.amazon.awssdk.services.ec2.model.Ec2Exception e) {
      String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
      if (!"UnauthorizedOperation".equals(code) && !"AccessDenied".equals(code)) {
        throw e;
      }
      parts.warn("the credentials may not call DescribeInstances, so instances are imported without their names and tags");
    }
    return tags;
  }

  private void readAcls(List<Filter> byVpc) {
    for (var page : ec2.describeNetworkAclsPaginator(request -> request.maxResults(Math.max(5, pageSize)).filters(byVpc))) {
      cancellation.check();
      for (var acl : page.networkAcls()) {
        List<AclRule> inbound = new ArrayList<>();
        List<AclRule> outbound = new ArrayList<>();
        for (NetworkAclEntry entry : acl.entries()) {
          rule(acl.networkAclId(), entry, parts::warn).ifPresent(rule -> (Boolean.TRUE.equals(entry.egress()) ? outbound : inbound).add(rule));
        }
        List<ElementId> subnets = acl.associations().stream().map(association -> Ec2Shapes.id(association.subnetId())).distinct().toList();
        parts.add(new NetworkAcl(Ec2Shapes.id(acl.networkAclId()), Ec2Shapes.name(acl.tags()), Ec2Shapes.id(acl.vpcId()),
            Boolean.TRUE.equals(acl.isDefault()), inbound, outbound, Boolean.TRUE.equals(acl.isDefault()) ? List.of() : subnets),
            acl.tags());
      }
    }
  }

  /** One entry as a rule; empty for the catch-all rule and for what Netwright does not model (said through {@code warn}). */
  static java.util.Optional<AclRule> rule(String aclId, NetworkAclEntry entry, java.util.function.Consumer<String> warn) {
    if (entry.ruleNumber() == null || entry.ruleNumber() >= CATCH_ALL) {
      return java.util.Optional.empty();
    }
    if (entry.cidrBlock() == null) {
      warn.accept("network ACL " + aclId + " has an IPv6 rule " + entry.ruleNumber() + ", which Netwright does not model; left out");
      return java.util.Optional.empty();
    }
    Protocol protocol;
    try {
      protocol = Protocol.parse(entry.protocol());
    } catch (InvalidValueException e) {
      warn.accept("network ACL " + aclId + " has a rule " + entry.ruleNumber() + " for IP protocol " + entry.protocol()
          + ", which Netwright does not model; left out");
      return java.util.Optional.empty();
    }
    PortRange ports = entry.portRange() == null || entry.portRange().from() == null ? PortRange.ALL
        : new PortRange(entry.portRange().from(), entry.portRange().to());
    int icmpType = entry.icmpTypeCode() == null || entry.icmpTypeCode().type() == null ? -1 : entry.icmpTypeCode().type();
    return java.util.Optional.of(new AclRule(entry.ruleNumber(), protocol, ports, icmpType, Cidr.parse(entry.cidrBlock()),
        AclAction.parse(entry.ruleActionAsString())));
  }

  private void readInterfaces(List<Filter> byVpc, java.util.Map<String, List<software.amazon.awssdk.services.ec2.model.Tag>> instanceTags) {
    for (var page : ec2.describeNetworkInterfacesPaginator(request -> request.maxResults(Math.max(5, pageSize)).filters(byVpc))) {
      cancellation.check();
      for (NetworkInterface eni : page.networkInterfaces()) {
        java.util.Optional<WorkloadType> type = ownerOf(eni);
        if (type.isEmpty()) {
          continue;
        }
        boolean instance = type.get() == WorkloadType.EC2_INSTANCE && eni.attachment() != null && eni.attachment().instanceId() != null
            && Integer.valueOf(0).equals(eni.attachment().deviceIndex());
        ElementId id = Ec2Shapes.id(instance ? eni.attachment().instanceId() : eni.networkInterfaceId());
        IpAddress address = eni.privateIpAddress() == null ? null : IpAddress.parse(eni.privateIpAddress());
        boolean publicIp = eni.association() != null && eni.association().publicIp() != null;
        List<software.amazon.awssdk.services.ec2.model.Tag> tags = instance && instanceTags.containsKey(id.value())
            ? instanceTags.get(id.value()) : eni.tagSet();
        String name = Ec2Shapes.name(tags).isBlank() ? Ec2Shapes.name(eni.tagSet()) : Ec2Shapes.name(tags);
        parts.add(new Workload(id, name, type.get(), Ec2Shapes.id(eni.subnetId()), address, publicIp,
            eni.groups().stream().map(group -> Ec2Shapes.id(group.groupId())).distinct().toList()), tags);
      }
    }
  }

  /**
   * The service that owns an interface, or empty for the interfaces that are other elements' own
   * (VPC endpoints, NAT gateways, transit gateway attachments, ...).
   */
  static java.util.Optional<WorkloadType> ownerOf(NetworkInterface eni) {
    String type = eni.interfaceTypeAsString() == null ? "interface" : eni.interfaceTypeAsString().toLowerCase(Locale.ROOT);
    String description = eni.description() == null ? "" : eni.description();
    String requester = eni.requesterId() == null ? "" : eni.requesterId().toLowerCase(Locale.ROOT);
    switch (type) {
      case "lambda":
        return java.util.Optional.of(WorkloadType.LAMBDA);
      case "network_load_balancer":
        return java.util.Optional.of(WorkloadType.LOAD_BALANCER);
      case "interface":
        break;
      default:
        return java.util.Optional.empty();
    }
    if (description.startsWith("AWS Lambda VPC ENI") || requester.contains("awslambda")) {
      return java.util.Optional.of(WorkloadType.LAMBDA);
    }
    if (description.startsWith("ELB ")) {
      return java.util.Optional.of(WorkloadType.LOAD_BALANCER);
    }
    if (description.startsWith("RDSNetworkInterface") || requester.contains("rds")) {
      return java.util.Optional.of(WorkloadType.RDS);
    }
    if (description.startsWith("arn:aws:ecs:") || requester.contains("ecs")) {
      return java.util.Optional.of(WorkloadType.ECS_TASK);
    }
    if (description.startsWith("VPC Endpoint Interface") || description.startsWith("Interface for NAT Gateway")) {
      return java.util.Optional.empty();
    }
    if (eni.attachment() != null && eni.attachment().instanceId() != null && !Boolean.TRUE.equals(eni.requesterManaged())) {
      return java.util.Optional.of(WorkloadType.EC2_INSTANCE);
    }
    return Boolean.TRUE.equals(eni.requesterManaged()) ? java.util.Optional.empty() : java.util.Optional.of(WorkloadType.NETWORK_INTERFACE);
  }
}
