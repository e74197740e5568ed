package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A route table of a transit gateway. {@code associations} are the attachments whose packets are
 * looked up here (each attachment has one table per transit gateway); {@code propagations} are the
 * attachments whose routes appear here (a VPC attachment's VPC blocks, a VPN attachment's on-premises
 * networks); {@code routes} are the static routes and blackholes. {@code isDefault} marks the
 * gateway's default table, which the gateway's default association and propagation fill (see
 * {@link TransitGateway}); use {@link Topology#transitGatewayRouteTableOf} and
 * {@link Topology#propagationsOf} for the effective association and propagations.
 */
public record TransitGatewayRouteTable(ElementId id, String name, ElementId transitGatewayId, boolean isDefault,
    List<ElementId> associations, List<ElementId> propagations, List<TransitGatewayRoute> routes) implements Element {

  public TransitGatewayRouteTable {
    name = Element.checkName(name);
    if (transitGatewayId == null) {
      throw new InvalidValueException("transit gateway route table " + id + " belongs to no transit gateway");
    }
    associations = List.copyOf(associations);
    propagations = List.copyOf(propagations);
    routes = List.copyOf(routes);
    if (new LinkedHashSet<>(associations).size() != associations.size()) {
      throw new InvalidValueException("transit gateway route table " + id + " lists an association twice");
    }
    if (new LinkedHashSet<>(propagations).size() != propagations.size()) {
      throw new InvalidValueException("transit gateway route table " + id + " lists a propagation twice");
    }
    Set<dev.netwright.model.Cidr> destinations = new java.util.HashSet<>();
    for (TransitGatewayRoute route : routes) {
      if (!destinations.add(route.destination())) {
        throw new InvalidValueException("transit gateway route table " + id + " has two static routes to " + route.destination());
      }
    }
  }

  /** An empty table of a transit gateway. */
  public static TransitGatewayRouteTable of(ElementId id, String name, ElementId transitGatewayId, boolean isDefault) {
    return new TransitGatewayRouteTable(id, name, transitGatewayId, isDefault, List.of(), List.of(), List.of());
  }

  @Override
  public ElementKind kind() {
    return ElementKind.TRANSIT_GATEWAY_ROUTE_TABLE;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(transitGatewayId);
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(transitGatewayId);
    refs.addAll(associations);
    refs.addAll(propagations);
    routes.stream().filter(route -> !route.blackhole()).forEach(route -> refs.add(route.attachmentId()));
    return refs;
  }

  /** Drops associations, propagations and static routes of a removed attachment. */
  @Override
  public TransitGatewayRouteTable withoutReference(ElementId removed) {
    return new TransitGatewayRouteTable(id, name, transitGatewayId, isDefault,
        associations.stream().filter(a -> !a.equals(removed)).toList(),
        propagations.stream().filter(p -> !p.equals(removed)).toList(),
        routes.stream().filter(route -> route.blackhole() || !route.attachmentId().equals(removed)).toList());
  }

  @Override
  public TransitGatewayRouteTable withName(String newName) {
    return new TransitGatewayRouteTable(id, newName, transitGatewayId, isDefault, associations, propagations, routes);
  }

  public TransitGatewayRouteTable withAssociations(List<ElementId> newAssociations) {
    return new TransitGatewayRouteTable(id, name, transitGatewayId, isDefault, newAssociations, propagations, routes);
  }

  public TransitGatewayRouteTable withPropagations(List<ElementId> newPropagations) {
    return new TransitGatewayRouteTable(id, name, transitGatewayId, isDefault, associations, newPropagations, routes);
  }

  public TransitGatewayRouteTable withRoutes(List<TransitGatewayRoute> newRoutes) {
    return new TransitGatewayRouteTable(id, name, transitGatewayId, isDefault, associations, propagations, newRoutes);
  }

  public TransitGatewayRouteTable withDefault(boolean newDefault) {
    return new TransitGatewayRouteTable(id, name, transitGatewayId, newDefault, associations, propagations, routes);
  }
}
