package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A gateway VPC endpoint (S3 or DynamoDB). Associating it with a route table adds the implied
 * route from the service's prefix list to it; those routes are not stored in the tables.
 * {@code policy} is the endpoint policy document as JSON text, empty for the default (full access).
 */
public record GatewayEndpoint(ElementId id, String name, ElementId vpcId, String service, List<ElementId> routeTableIds, String policy)
    implements Element {

  public GatewayEndpoint {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("gateway endpoint " + id + " belongs to no VPC");
    }
    service = ServiceName.check(service, id);
    routeTableIds = List.copyOf(routeTableIds);
    if (new LinkedHashSet<>(routeTableIds).size() != routeTableIds.size()) {
      throw new InvalidValueException("gateway endpoint " + id + " lists a route table twice");
    }
    policy = policy == null ? "" : policy;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.GATEWAY_ENDPOINT;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(vpcId);
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(vpcId);
    refs.addAll(routeTableIds);
    return refs;
  }

  @Override
  public GatewayEndpoint withoutReference(ElementId removed) {
    return withRouteTables(routeTableIds.stream().filter(table -> !table.equals(removed)).toList());
  }

  @Override
  public GatewayEndpoint withName(String newName) {
    return new GatewayEndpoint(id, newName, vpcId, service, routeTableIds, policy);
  }

  public GatewayEndpoint withRouteTables(List<ElementId> tables) {
    return new GatewayEndpoint(id, name, vpcId, service, tables, policy);
  }

  public GatewayEndpoint withService(String newService) {
    return new GatewayEndpoint(id, name, vpcId, newService, routeTableIds, policy);
  }

  public GatewayEndpoint withPolicy(String newPolicy) {
    return new GatewayEndpoint(id, name, vpcId, service, routeTableIds, newPolicy);
  }
}
