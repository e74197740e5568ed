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
 *
 * <p>{@code customerGateway} is the on-premises device (its public address and BGP ASN), null while
 * the design does not know it: such a design is checked and drawn, but apply refuses to make it.
 */
public record TransitGatewayVpnAttachment(ElementId id, String name, ElementId transitGatewayId, List<Cidr> onPremisesCidrs,
    CustomerGateway customerGateway) implements TransitGatewayAttachment {

  /** A VPN attachment whose customer gateway the design does not know yet. */
  public TransitGatewayVpnAttachment(ElementId id, String name, ElementId transitGatewayId, List<Cidr> onPremisesCidrs) {
    this(id, name, transitGatewayId, onPremisesCidrs, null);
  }

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
    return new TransitGatewayVpnAttachment(id, newName, transitGatewayId, onPremisesCidrs, customerGateway);
  }

  public TransitGatewayVpnAttachment withOnPremisesCidrs(List<Cidr> cidrs) {
    return new TransitGatewayVpnAttachment(id, name, transitGatewayId, cidrs, customerGateway);
  }

  /** The same attachment with another customer gateway (null: not known). */
  public TransitGatewayVpnAttachment withCustomerGateway(CustomerGateway gateway) {
    return new TransitGatewayVpnAttachment(id, name, transitGatewayId, onPremisesCidrs, gateway);
  }

  /**
   * True when the design routes this VPN statically (AWS's {@code StaticRoutesOnly}): its routes
   * propagate into none of its gateway's route tables, so BGP would teach the gateway nothing and
   * the route tables' static routes to it carry the traffic.
   */
  public boolean staticRoutesOnly(Topology topology) {
    return topology.transitGatewayRouteTables().stream().filter(table -> table.transitGatewayId().equals(transitGatewayId))
        .noneMatch(table -> topology.propagationsOf(table).stream().anyMatch(attachment -> attachment.id().equals(id)));
  }
}
