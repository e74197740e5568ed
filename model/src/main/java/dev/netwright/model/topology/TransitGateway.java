package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.Set;

/**
 * A transit gateway: a regional router that joins VPCs (through VPC attachments), on-premises
 * networks (VPN attachments) and the transit gateways of other regions (peering attachments). Each
 * attachment is looked up in the transit gateway route table it is associated with.
 *
 * <p>{@code amazonSideAsn} is the BGP ASN of the Amazon side (64512 by default).
 * {@code defaultAssociation} and {@code defaultPropagation} are AWS's
 * {@code DefaultRouteTableAssociation} and {@code DefaultRouteTablePropagation}: when on, every
 * attachment without an explicit association is associated with the gateway's default route table
 * (the {@link TransitGatewayRouteTable} marked {@code isDefault}), and every attachment that can
 * propagate (VPC and VPN attachments) propagates its routes into it.
 */
public record TransitGateway(ElementId id, String name, Region region, long amazonSideAsn, boolean defaultAssociation,
    boolean defaultPropagation) implements Element {
  /** The ASN AWS gives the Amazon side when none is named. */
  public static final long DEFAULT_ASN = 64512;

  public TransitGateway {
    name = Element.checkName(name);
    if (region == null) {
      throw new InvalidValueException("transit gateway " + id + " needs a region");
    }
    if (!validAsn(amazonSideAsn)) {
      throw new InvalidValueException("transit gateway " + id + " has the Amazon side ASN " + amazonSideAsn
          + "; AWS accepts a private ASN: 64512 to 65534, or 4200000000 to 4294967294");
    }
  }

  /** A transit gateway with AWS's defaults: ASN 64512, default association and propagation on. */
  public static TransitGateway of(ElementId id, String name, Region region) {
    return new TransitGateway(id, name, region, DEFAULT_ASN, true, true);
  }

  /** True for the private ASNs AWS accepts for a transit gateway's Amazon side. */
  public static boolean validAsn(long asn) {
    return asn >= 64512 && asn <= 65534 || asn >= 4_200_000_000L && asn <= 4_294_967_294L;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.TRANSIT_GATEWAY;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of();
  }

  @Override
  public Set<ElementId> references() {
    return Set.of();
  }

  @Override
  public TransitGateway withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public TransitGateway withName(String newName) {
    return new TransitGateway(id, newName, region, amazonSideAsn, defaultAssociation, defaultPropagation);
  }

  public TransitGateway withAsn(long asn) {
    return new TransitGateway(id, name, region, asn, defaultAssociation, defaultPropagation);
  }

  public TransitGateway withDefaults(boolean association, boolean propagation) {
    return new TransitGateway(id, name, region, amazonSideAsn, association, propagation);
  }
}
