package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A route table of a VPC: its routes, the subnets explicitly associated with it, and whether it
 * is the VPC's main table (used by every subnet without an explicit association).
 */
public record RouteTable(ElementId id, String name, ElementId vpcId, boolean main, List<Route> routes, List<ElementId> subnetIds)
    implements Element {

  public RouteTable {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("route table " + id + " belongs to no VPC");
    }
    routes = List.copyOf(routes);
    subnetIds = List.copyOf(subnetIds);
    if (new LinkedHashSet<>(subnetIds).size() != subnetIds.size()) {
      throw new InvalidValueException("route table " + id + " lists a subnet association twice");
    }
  }

  @Override
  public ElementKind kind() {
    return ElementKind.ROUTE_TABLE;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(vpcId);
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(vpcId);
    routes.forEach(route -> refs.add(route.target()));
    refs.addAll(subnetIds);
    return refs;
  }

  @Override
  public RouteTable withoutReference(ElementId removed) {
    return new RouteTable(id, name, vpcId, main,
        routes.stream().filter(route -> !route.target().equals(removed)).toList(),
        subnetIds.stream().filter(subnet -> !subnet.equals(removed)).toList());
  }

  @Override
  public RouteTable withName(String newName) {
    return new RouteTable(id, newName, vpcId, main, routes, subnetIds);
  }

  public RouteTable withRoutes(List<Route> newRoutes) {
    return new RouteTable(id, name, vpcId, main, newRoutes, subnetIds);
  }

  public RouteTable withSubnetIds(List<ElementId> newSubnets) {
    return new RouteTable(id, name, vpcId, main, routes, newSubnets);
  }

  public RouteTable withMain(boolean newMain) {
    return new RouteTable(id, name, vpcId, newMain, routes, subnetIds);
  }
}
