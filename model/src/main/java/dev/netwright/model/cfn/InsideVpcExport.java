package dev.netwright.model.cfn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.Protocol;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes network ACLs (an {@code AWS::EC2::NetworkAcl}, an {@code AWS::EC2::NetworkAclEntry} per
 * rule, an {@code AWS::EC2::SubnetNetworkAclAssociation} per subnet) and workloads (an EC2
 * instance as {@code AWS::EC2::Instance} whose image id is a template parameter, never made up;
 * another workload as the {@code AWS::EC2::NetworkInterface} it stands for). A VPC's default ACL,
 * which CloudFormation cannot address, becomes an explicit ACL associated with the subnets that
 * used it, as a main route table does.
 */
final class InsideVpcExport {
  private final ExportContext context;
  private final Set<ElementId> explicitlyAssociated = new HashSet<>();

  InsideVpcExport(ExportContext context) {
    this.context = context;
    context.topology.networkAcls().forEach(acl -> explicitlyAssociated.addAll(acl.subnetIds()));
  }

  void networkAcl(NetworkAcl acl) {
    String logical = context.logical(acl.id());
    ResourceNode node = context.add(acl, "AWS::EC2::NetworkAcl").set("VpcId", context.ref(acl.vpcId())).nameTag(acl.name());
    List<Subnet> implicit = new ArrayList<>();
    if (acl.isDefault()) {
      node.netwright().put(NetwrightMetadata.DEFAULT_ACL, true);
      for (Subnet subnet : context.topology.inVpc(acl.vpcId(), Subnet.class)) {
        if (!explicitlyAssociated.contains(subnet.id())) {
          implicit.add(subnet);
        }
      }
      context.notes.add("CloudFormation cannot address a VPC's default network ACL: " + acl.label() + ", the default ACL of "
          + acl.vpcId() + ", is created as the explicit network ACL " + logical + (implicit.isEmpty() ? "."
          : ", and the " + implicit.size() + " subnet(s) that used it are associated with it explicitly (those associations carry"
          + " Metadata Netwright." + NetwrightMetadata.IMPLIED_BY_DEFAULT + ")."));
    }
    for (AclRule rule : acl.inbound()) {
      entry(logical, rule, false);
    }
    for (AclRule rule : acl.outbound()) {
      entry(logical, rule, true);
    }
    for (ElementId subnet : acl.subnetIds()) {
      association(logical, subnet, false);
    }
    for (Subnet subnet : implicit) {
      association(logical, subnet.id(), true);
    }
  }

  private void entry(String aclLogical, AclRule rule, boolean egress) {
    ResourceNode node = context.add(context.ids.unique(aclLogical + (egress ? "Out" : "In") + rule.number()), "AWS::EC2::NetworkAclEntry")
        .set("NetworkAclId", Intrinsics.ref(aclLogical))
        .set("RuleNumber", rule.number())
        .set("Protocol", protocolNumber(rule.protocol()))
        .set("RuleAction", rule.action().code())
        .set("Egress", egress)
        .set("CidrBlock", rule.cidr().toString());
    if (rule.protocol() == Protocol.TCP || rule.protocol() == Protocol.UDP) {
      ObjectNode ports = Intrinsics.object();
      ports.put("From", rule.ports().from());
      ports.put("To", rule.ports().to());
      node.set("PortRange", ports);
    } else if (rule.protocol() == Protocol.ICMP) {
      ObjectNode icmp = Intrinsics.object();
      icmp.put("Code", -1);
      icmp.put("Type", rule.icmpType());
      node.set("Icmp", icmp);
    }
  }

  /** The IANA protocol number CloudFormation's NetworkAclEntry takes; -1 for every protocol. */
  static int protocolNumber(Protocol protocol) {
    return switch (protocol) {
      case TCP -> 6;
      case UDP -> 17;
      case ICMP -> 1;
      default -> -1;
    };
  }

  private void association(String aclLogical, ElementId subnet, boolean impliedByDefault) {
    String subnetLogical = context.logical(subnet);
    ResourceNode node = context.add(context.ids.unique(subnetLogical + "NetworkAclAssociation"), "AWS::EC2::SubnetNetworkAclAssociation")
        .set("SubnetId", Intrinsics.ref(subnetLogical))
        .set("NetworkAclId", Intrinsics.ref(aclLogical));
    if (impliedByDefault) {
      node.netwright().put(NetwrightMetadata.IMPLIED_BY_DEFAULT, true);
    }
  }

  void workload(Workload workload) {
    ArrayNode groups = Intrinsics.array();
    workload.securityGroupIds().forEach(group -> groups.add(context.ref(group)));
    if (workload.type() == WorkloadType.EC2_INSTANCE) {
      String parameter = context.ids.unique(context.logical(workload.id()) + "ImageId");
      ObjectNode declared = context.parameters.putObject(parameter);
      declared.put("Type", "AWS::EC2::Image::Id");
      declared.put("Description", "The AMI of instance " + workload.label() + ": Netwright designs the network, not the image");
      ObjectNode eni = Intrinsics.object();
      eni.put("DeviceIndex", "0");
      eni.set("SubnetId", context.ref(workload.subnetId()));
      eni.set("GroupSet", groups);
      workload.address().ifPresent(address -> eni.put("PrivateIpAddress", address.toString()));
      eni.put("AssociatePublicIpAddress", workload.publicIp());
      context.add(workload, "AWS::EC2::Instance")
          .set("ImageId", Intrinsics.ref(parameter))
          .set("NetworkInterfaces", Intrinsics.array().add(eni))
          .nameTag(workload.name());
      return;
    }
    ResourceNode node = context.add(workload, "AWS::EC2::NetworkInterface")
        .set("Description", workload.type().label() + (workload.name().isBlank() ? "" : " " + workload.name()))
        .set("SubnetId", context.ref(workload.subnetId()))
        .set("GroupSet", groups)
        .nameTag(workload.name());
    workload.address().map(IpAddress::toString).ifPresent(address -> node.set("PrivateIpAddress", address));
    node.netwright().put(NetwrightMetadata.WORKLOAD_TYPE, workload.type().slug());
    if (workload.publicIp()) {
      node.netwright().put(NetwrightMetadata.PUBLIC_IP, true);
    }
  }
}
