package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Associates a subnet with a network ACL, taking it off the ACL it was explicitly associated with;
 * with no ACL ({@code aclId} null), ends the explicit association so that the subnet uses its
 * VPC's default ACL again.
 */
public final class AssociateNetworkAcl implements Command {
  private final String label;
  private final ElementId subnetId;
  private final ElementId aclId;

  AssociateNetworkAcl(String label, ElementId subnetId, ElementId aclId) {
    this.label = label;
    this.subnetId = subnetId;
    this.aclId = aclId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    Topology topology = document.topology();
    List<NetworkAcl> changed = new ArrayList<>();
    topology.explicitNetworkAcl(subnetId)
        .filter(previous -> !previous.id().equals(aclId))
        .ifPresent(previous -> changed.add(previous.withSubnetIds(
            previous.subnetIds().stream().filter(id -> !id.equals(subnetId)).toList())));
    if (aclId != null) {
      NetworkAcl acl = topology.require(aclId, NetworkAcl.class);
      if (!acl.subnetIds().contains(subnetId)) {
        List<ElementId> subnets = new ArrayList<>(acl.subnetIds());
        subnets.add(subnetId);
        changed.add(acl.withSubnetIds(subnets));
      }
    }
    return document.withTopology(topology.with(changed, List.of()));
  }
}
