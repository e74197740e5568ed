package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.Set;

/**
 * A peering attachment between two transit gateways (usually of two regions). It carries static
 * routes only: it propagates nothing, and each side's route tables name it as the target of the
 * other side's blocks. It is associated with one route table of each of its two gateways.
 */
public record TransitGatewayPeeringAttachment(ElementId id, String name, ElementId transitGatewayId, ElementId peerTransitGatewayId)
    implements TransitGatewayAttachment {

  public TransitGatewayPeeringAttachment {
    name = Element.checkName(name);
    if (transitGatewayId == null || peerTransitGatewayId == null) {
      throw new InvalidValueException("peering attachment " + id + " needs a transit gateway and a peer transit gateway");
    }
    if (transitGatewayId.equals(peerTransitGatewayId)) {
      throw new InvalidValueException("peering attachment " + id + " joins transit gateway " + transitGatewayId + " with itself");
    }
  }

  /** The transit gateway on the other side from {@code gateway}. */
  public ElementId otherSide(ElementId gateway) {
    return gateway.equals(transitGatewayId) ? peerTransitGatewayId : transitGatewayId;
  }

  @Override
  public Set<ElementId> transitGatewayIds() {
    return Set.of(transitGatewayId, peerTransitGatewayId);
  }

  @Override
  public boolean propagates() {
    return false;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.TRANSIT_GATEWAY_PEERING_ATTACHMENT;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(transitGatewayId, peerTransitGatewayId);
  }

  @Override
  public Set<ElementId> references() {
    return owners();
  }

  @Override
  public TransitGatewayPeeringAttachment withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public TransitGatewayPeeringAttachment withName(String newName) {
    return new TransitGatewayPeeringAttachment(id, newName, transitGatewayId, peerTransitGatewayId);
  }
}
