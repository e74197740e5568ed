package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An interface VPC endpoint (PrivateLink): an ENI in each of its subnets, guarded by its security
 * groups; with private DNS on, the service's public name resolves to those ENIs inside the VPC.
 */
public record InterfaceEndpoint(ElementId id, String name, ElementId vpcId, String service, List<ElementId> subnetIds,
    List<ElementId> securityGroupIds, boolean privateDns, String policy) implements Element {

  public InterfaceEndpoint {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("interface endpoint " + id + " belongs to no VPC");
    }
    service = ServiceName.check(service, id);
    subnetIds = List.copyOf(subnetIds);
    securityGroupIds = List.copyOf(securityGroupIds);
    if (new LinkedHashSet<>(subnetIds).size() != subnetIds.size()) {
      throw new InvalidValueException("interface endpoint " + id + " lists a subnet twice");
    }
    if (new LinkedHashSet<>(securityGroupIds).size() != securityGroupIds.size()) {
      throw new InvalidValueException("interface endpoint " + id + " lists a security group twice");
    }
    policy = policy == null ? "" : policy;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.INTERFACE_ENDPOINT;
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
  public InterfaceEndpoint withoutReference(ElementId removed) {
    return new InterfaceEndpoint(id, name, vpcId, service,
        subnetIds.stream().filter(subnet -> !subnet.equals(removed)).toList(),
        securityGroupIds.stream().filter(group -> !group.equals(removed)).toList(), privateDns, policy);
  }

  @Override
  public InterfaceEndpoint withName(String newName) {
    return new InterfaceEndpoint(id, newName, vpcId, service, subnetIds, securityGroupIds, privateDns, policy);
  }

  public InterfaceEndpoint withSubnets(List<ElementId> subnets) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnets, securityGroupIds, privateDns, policy);
  }

  public InterfaceEndpoint withSecurityGroups(List<ElementId> groups) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, groups, privateDns, policy);
  }

  public InterfaceEndpoint withPrivateDns(boolean enabled) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, securityGroupIds, enabled, policy);
  }

  public InterfaceEndpoint withService(String newService) {
    return new InterfaceEndpoint(id, name, vpcId, newService, subnetIds, securityGroupIds, privateDns, policy);
  }

  public InterfaceEndpoint withPolicy(String newPolicy) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, securityGroupIds, privateDns, newPolicy);
  }
}
