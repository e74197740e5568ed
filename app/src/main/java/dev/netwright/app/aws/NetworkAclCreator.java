package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.NetworkAcl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * Makes and removes network ACLs. A new ACL is made with CreateNetworkAcl (a ClientToken per run and
 * element, tagged at birth) and comes with no rules but AWS's catch-all denies; the design's default
 * ACL is never made: AWS makes it with every VPC, so apply adopts it (tags it) and reconciles its
 * rules. An ACL is deleted only after the subnets still on it have been moved back to their VPC's
 * default ACL; the default ACL is never deleted (it goes with its VPC).
 */
final class NetworkAclCreator {
  private final ApplyContext context;

  NetworkAclCreator(ApplyContext context) {
    this.context = context;
  }

  NetworkAcl create(NetworkAcl acl, Map<String, String> tags) {
    return acl.isDefault() ? adoptDefault(acl, tags) : make(acl, tags);
  }

  private NetworkAcl make(NetworkAcl acl, Map<String, String> tags) {
    Ec2Client ec2 = context.ec2();
    String vpc = context.aws(acl.vpcId());
    String id = ec2.createNetworkAcl(r -> r.vpcId(vpc).clientToken(context.token("acl " + acl.id()))
        .tagSpecifications(Ec2Shapes.tagging(ResourceType.NETWORK_ACL, tags))).networkAcl().networkAclId();
    context.undo.push("created network ACL " + acl.id() + " as " + id, "delete " + id + " (" + acl.id() + ")",
        () -> ec2.deleteNetworkAcl(r -> r.networkAclId(id)));
    return new NetworkAcl(ElementId.of(id), acl.name(), ElementId.of(vpc), false, List.of(), List.of(), List.of());
  }

  /** The default ACL AWS made with the VPC, tagged as the design's default ACL, with its rules as AWS has them. */
  private NetworkAcl adoptDefault(NetworkAcl acl, Map<String, String> tags) {
    Ec2Client ec2 = context.ec2();
    String vpc = context.aws(acl.vpcId());
    var running = ec2.describeNetworkAcls(r -> r.filters(Filter.builder().name("vpc-id").values(vpc).build(),
        Filter.builder().name("default").values("true").build())).networkAcls().stream().findFirst()
        .orElseThrow(() -> new dev.netwright.model.NetwrightException("VPC " + vpc + " has no default network ACL in AWS"));
    String id = running.networkAclId();
    List<Tag> tagList = tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    ec2.createTags(r -> r.resources(id).tags(tagList));
    context.undo.push("tagged " + id + " as the default network ACL " + acl.id(), "untag " + id,
        () -> ec2.deleteTags(r -> r.resources(id).tags(tagList)));
    List<AclRule> inbound = new ArrayList<>();
    List<AclRule> outbound = new ArrayList<>();
    for (NetworkAclEntry entry : running.entries()) {
      LiveInsideReader.rule(id, entry, warning -> { }).ifPresent(rule -> (Boolean.TRUE.equals(entry.egress()) ? outbound : inbound)
          .add(rule));
    }
    return new NetworkAcl(ElementId.of(id), acl.name(), ElementId.of(vpc), true, inbound, outbound, List.of());
  }

  /** Moves the subnets still on an ACL back to their VPC's default ACL (each move undoable), then deletes the ACL. */
  void delete(NetworkAcl live) {
    Ec2Client ec2 = context.ec2();
    String id = live.id().value();
    var now = ec2.describeNetworkAcls(r -> r.networkAclIds(id)).networkAcls();
    for (var acl : now) {
      for (NetworkAclAssociation association : acl.associations()) {
        NetworkAclSteps.moveNow(context, ec2, association.subnetId(), null);
      }
    }
    ec2.deleteNetworkAcl(r -> r.networkAclId(id));
  }
}
