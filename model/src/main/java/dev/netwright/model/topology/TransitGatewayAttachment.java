package dev.netwright.model.topology;

import dev.netwright.model.ElementId;

/**
 * An attachment of a transit gateway: to a VPC ({@link TransitGatewayVpcAttachment}), to the
 * on-premises networks behind a VPN ({@link TransitGatewayVpnAttachment}), or to a transit gateway
 * of another region ({@link TransitGatewayPeeringAttachment}). Each is associated with one route
 * table of its transit gateway (a peering attachment: one of each of its two gateways).
 */
public sealed interface TransitGatewayAttachment extends Element
    permits TransitGatewayVpcAttachment, TransitGatewayVpnAttachment, TransitGatewayPeeringAttachment {

  /** The transit gateway the attachment belongs to (for a peering attachment: the requester's). */
  ElementId transitGatewayId();

  /** The transit gateways the attachment joins: its own, and for a peering attachment the peer too. */
  default java.util.Set<ElementId> transitGatewayIds() {
    return java.util.Set.of(transitGatewayId());
  }

  /** True when the attachment can propagate routes into a route table (VPC and VPN attachments; peering: static routes only). */
  default boolean propagates() {
    return true;
  }
}
