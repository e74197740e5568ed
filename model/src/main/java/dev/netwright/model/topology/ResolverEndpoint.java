package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A Route 53 Resolver inbound endpoint: network interfaces in subnets of a VPC (AWS asks for at
 * least two) that answer DNS queries from on-premises as the VPC would, private hosted zones and
 * interface endpoints' private DNS included. Its security groups must admit DNS (TCP and UDP 53)
 * from the on-premises resolvers.
 */
public record ResolverEndpoint(ElementId id, String name, ElementId vpcId, List<ElementId> subnetIds, List<ElementId> securityGroupIds)
    implements Element {

  public ResolverEndpoint {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("Resolver endpoint " + id + " belongs to no VPC");
    }
    subnetIds = List.copyOf(subnetIds);
    securityGroupIds = List.copyOf(securityGroupIds);
    if (new LinkedHashSet<>(subnetIds).size() != subnetIds.size()) {
      throw new InvalidValueException("Resolver endpoint " + id + " lists a subnet twice");
    }
    if (new LinkedHashSet<>(securityGroupIds).size() != securityGroupIds.size()) {
      throw new InvalidValueException("Resolver endpoint " + id + " lists a security group twice");
    }
  }

  @Override
  public ElementKind kind() {
    return ElementKind.RESOLVER_ENDPOINT;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(vpcId);
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(vpcId);
    refs.addAll(subnetIds);
    refs.addAll(securityGroupIds);
    return refs;
  }

  @Override
  public ResolverEndpoint withoutReference(ElementId removed) {
    return new ResolverEndpoint(id, name, vpcId, subnetIds.stream().filter(s -> !s.equals(removed)).toList(),
        securityGroupIds.stream().filter(g -> !g.equals(removed)).toList());
  }

  @Override
  public ResolverEndpoint withName(String newName) {
    return new ResolverEndpoint(id, newName, vpcId, subnetIds, securityGroupIds);
  }

  public ResolverEndpoint withSubnets(List<ElementId> subnets) {
    return new ResolverEndpoint(id, name, vpcId, subnets, securityGroupIds);
  }

  public ResolverEndpoint withSecurityGroups(List<ElementId> groups) {
    return new ResolverEndpoint(id, name, vpcId, subnetIds, groups);
  }
}
