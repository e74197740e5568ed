package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import java.util.Set;

/**
 * One resource of a design. Elements are immutable values that refer to each other by
 * {@link ElementId}; the {@link Topology} holds them and checks that the references fit.
 */
public sealed interface Element
    permits Vpc, Subnet, RouteTable, InternetGateway, NatGateway, GatewayEndpoint, InterfaceEndpoint,
        SecurityGroup, NetworkAcl, Workload, PeeringConnection, VpnGateway, TransitGateway, TransitGatewayAttachment,
        TransitGatewayRouteTable, HostedZone, ResolverEndpoint, OpaqueResource {

  ElementId id();

  /** The name a person gave it (a {@code Name} tag in AWS); never null, may be empty. */
  String name();

  ElementKind kind();

  /** The elements this one cannot live without: deleting one of them deletes this one too. */
  Set<ElementId> owners();

  /** Every element this one refers to, owners included. */
  Set<ElementId> references();

  /** This element with every reference to {@code removed} dropped (for cascading deletes). */
  Element withoutReference(ElementId removed);

  /** This element under another name. */
  Element withName(String name);

  /** The name when there is one, else the id: what labels and messages show. */
  default String label() {
    return name().isBlank() ? id().value() : name();
  }

  static String checkName(String name) {
    if (name == null) {
      return "";
    }
    if (name.length() > 255) {
      throw new dev.netwright.model.InvalidValueException("a name is at most 255 characters (AWS Name tag limit)");
    }
    dev.netwright.model.Text.unwritable(name).ifPresent(at -> {
      throw new dev.netwright.model.InvalidValueException("the name '" + dev.netwright.model.Text.visible(name) + "' holds "
          + dev.netwright.model.Text.describe(name.codePointAt(at)) + ", which a name may not hold");
    });
    return name;
  }
}
