package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An interface VPC endpoint (PrivateLink): an ENI in each of its subnets, guarded by its security
 * groups; with private DNS on, the service's public name resolves to those ENIs inside the VPC (and
 * only there: other VPCs reach it through a {@link HostedZone}). For a service with both kinds of
 * endpoint (S3), {@code privateDnsOnlyForInboundResolverEndpoint} says which resolvers get those
 * addresses (see {@link InboundResolverDns}).
 */
public record InterfaceEndpoint(ElementId id, String name, ElementId vpcId, String service, List<ElementId> subnetIds,
    List<ElementId> securityGroupIds, boolean privateDns, String policy,
    InboundResolverDns privateDnsOnlyForInboundResolverEndpoint) implements Element {

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
    privateDnsOnlyForInboundResolverEndpoint = privateDnsOnlyForInboundResolverEndpoint == null
        ? InboundResolverDns.NOT_SPECIFIED : privateDnsOnlyForInboundResolverEndpoint;
  }

  /** An endpoint whose DNS option is not specified (AWS's default applies; see {@link InboundResolverDns}). */
  public InterfaceEndpoint(ElementId id, String name, ElementId vpcId, String service, List<ElementId> subnetIds,
      List<ElementId> securityGroupIds, boolean privateDns, String policy) {
    this(id, name, vpcId, service, subnetIds, securityGroupIds, privateDns, policy, InboundResolverDns.NOT_SPECIFIED);
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
        securityGroupIds.stream().filter(group -> !group.equals(removed)).toList(), privateDns, policy,
        privateDnsOnlyForInboundResolverEndpoint);
  }

  @Override
  public InterfaceEndpoint withName(String newName) {
    return new InterfaceEndpoint(id, newName, vpcId, service, subnetIds, securityGroupIds, privateDns, policy,
        privateDnsOnlyForInboundResolverEndpoint);
  }

  public InterfaceEndpoint withSubnets(List<ElementId> subnets) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnets, securityGroupIds, privateDns, policy,
        privateDnsOnlyForInboundResolverEndpoint);
  }

  public InterfaceEndpoint withSecurityGroups(List<ElementId> groups) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, groups, privateDns, policy,
        privateDnsOnlyForInboundResolverEndpoint);
  }

  public InterfaceEndpoint withPrivateDns(boolean enabled) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, securityGroupIds, enabled, policy,
        privateDnsOnlyForInboundResolverEndpoint);
  }

  public InterfaceEndpoint withService(String newService) {
    return new InterfaceEndpoint(id, name, vpcId, newService, subnetIds, securityGroupIds, privateDns, policy,
        privateDnsOnlyForInboundResolverEndpoint);
  }

  public InterfaceEndpoint withInboundResolverDns(InboundResolverDns option) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, securityGroupIds, privateDns, policy, option);
  }

  public InterfaceEndpoint withPolicy(String newPolicy) {
    return new InterfaceEndpoint(id, name, vpcId, service, subnetIds, securityGroupIds, privateDns, newPolicy,
        privateDnsOnlyForInboundResolverEndpoint);
  }
}
