package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.List;
import java.util.Set;

/**
 * A site-to-site VPN attached to a transit gateway, with the on-premises networks behind it (the
 * routes its BGP session advertises, or its static routes). Those networks are sources of path
 * questions; they reach the VPCs the attachment's route table allows, and AWS services only through
 * interface endpoints, never through gateway endpoints.
 */
public record TransitGatewayVpnAttachment(ElementId id, String name, ElementId transitGatewayId, List<Cidr> onPremisesCidrs)
    implements TransitGatewayAttachment {

  public TransitGatewayVpnAttachment {
    name = Element.checkName(name);
    if (transitGatewayId == null) {
      throw new InvalidValueException("VPN attachment " + id + " belongs to no transit gateway");
    }
    onPremisesCidrs = List.copyOf(onPremisesCidrs);
  }

  @Override
  public ElementKind kind() {
    return ElementKind.TRANSIT_GATEWAY_VPN_ATTACHMENT;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(transitGatewayId);
  }

  @Override
  public Set<ElementId> references() {
    return Set.of(transitGatewayId);
  }

  @Override
  public TransitGatewayVpnAttachment withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public TransitGatewayVpnAttachment withName(String newName) {
    return new TransitGatewayVpnAttachment(id, newName, transitGatewayId, onPremisesCidrs);
  }

  public TransitGatewayVpnAttachment withOnPremisesCidrs(List<Cidr> cidrs) {
    return new TransitGatewayVpnAttachment(id, name, transitGatewayId, cidrs);
  }
}
