package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.IpAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What sends and receives traffic in a subnet: an EC2 instance, or the network interface of a
 * Lambda function, an ECS task, an RDS instance or a load balancer, with its security groups.
 * {@code privateIp} is null when the design does not fix the address (AWS picks one in the
 * subnet); {@code publicIp} says whether it also has a public address.
 */
public record Workload(ElementId id, String name, WorkloadType type, ElementId subnetId, IpAddress privateIp, boolean publicIp,
    List<ElementId> securityGroupIds) implements Element {

  public Workload {
    name = Element.checkName(name);
    if (type == null) {
      throw new InvalidValueException("workload " + id + " needs a type");
    }
    if (subnetId == null) {
      throw new InvalidValueException("workload " + id + " is in no subnet");
    }
    securityGroupIds = List.copyOf(securityGroupIds);
    if (new LinkedHashSet<>(securityGroupIds).size() != securityGroupIds.size()) {
      throw new InvalidValueException("workload " + id + " lists a security group twice");
    }
  }

  /** The private address, when the design fixes one. */
  public Optional<IpAddress> address() {
    return Optional.ofNullable(privateIp);
  }

  @Override
  public ElementKind kind() {
    return ElementKind.WORKLOAD;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(subnetId);
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(subnetId);
    refs.addAll(securityGroupIds);
    return refs;
  }

  @Override
  public Workload withoutReference(ElementId removed) {
    return withSecurityGroups(securityGroupIds.stream().filter(group -> !group.equals(removed)).toList());
  }

  @Override
  public Workload withName(String newName) {
    return new Workload(id, newName, type, subnetId, privateIp, publicIp, securityGroupIds);
  }

  public Workload withSecurityGroups(List<ElementId> groups) {
    return new Workload(id, name, type, subnetId, privateIp, publicIp, groups);
  }

  public Workload withAddress(IpAddress address, boolean hasPublicIp) {
    return new Workload(id, name, type, subnetId, address, hasPublicIp, securityGroupIds);
  }

  public Workload withType(WorkloadType newType) {
    return new Workload(id, name, newType, subnetId, privateIp, publicIp, securityGroupIds);
  }
}
