package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.Set;

/** An internet gateway attached to a VPC. */
public record InternetGateway(ElementId id, String name, ElementId vpcId) implements Element {
  public InternetGateway {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("internet gateway " + id + " is attached to no VPC");
    }
  }

  @Override
  public ElementKind kind() {
    return ElementKind.INTERNET_GATEWAY;
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
  public InternetGateway withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public InternetGateway withName(String newName) {
    return new InternetGateway(id, newName, vpcId);
  }
}
