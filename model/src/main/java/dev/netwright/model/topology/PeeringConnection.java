package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.Set;

/** A VPC peering connection between a requester and an accepter VPC; not transitive. */
public record PeeringConnection(ElementId id, String name, ElementId requesterVpcId, ElementId accepterVpcId) implements Element {
  public PeeringConnection {
    name = Element.checkName(name);
    if (requesterVpcId == null || accepterVpcId == null) {
      throw new InvalidValueException("peering connection " + id + " needs a requester and an accepter VPC");
    }
    if (requesterVpcId.equals(accepterVpcId)) {
      throw new InvalidValueException("peering connection " + id + " joins VPC " + requesterVpcId + " with itself");
    }
  }

  /** The VPC on the other side from {@code vpc}. */
  public ElementId otherSide(ElementId vpc) {
    return vpc.equals(requesterVpcId) ? accepterVpcId : requesterVpcId;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.PEERING;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(requesterVpcId, accepterVpcId);
  }

  @Override
  public Set<ElementId> references() {
    return owners();
  }

  @Override
  public PeeringConnection withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public PeeringConnection withName(String newName) {
    return new PeeringConnection(id, newName, requesterVpcId, accepterVpcId);
  }
}
