package dev.netwright.model.topology;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.Objects;
import java.util.Set;

/** A subnet: one CIDR block of its VPC in one Availability Zone. */
public record Subnet(ElementId id, String name, ElementId vpcId, Cidr cidr, AvailabilityZone zone) implements Element {

  public Subnet {
    name = Element.checkName(name);
    Objects.requireNonNull(id, "id");
    if (vpcId == null) {
      throw new InvalidValueException("subnet " + id + " belongs to no VPC");
    }
    if (cidr == null) {
      throw new InvalidValueException("subnet " + id + " needs a CIDR block");
    }
    if (zone == null) {
      throw new InvalidValueException("subnet " + id + " needs an Availability Zone");
    }
  }

  @Override
  public ElementKind kind() {
    return ElementKind.SUBNET;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(vpcId);
  }

  @Override
  public Set<ElementId> references() {
    return Set.of(vpcId);
  }

  @Override
  public Subnet withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public Subnet withName(String newName) {
    return new Subnet(id, newName, vpcId, cidr, zone);
  }

  public Subnet withCidr(Cidr newCidr) {
    return new Subnet(id, name, vpcId, newCidr, zone);
  }

  public Subnet withZone(AvailabilityZone newZone) {
    return new Subnet(id, name, vpcId, cidr, newZone);
  }
}
