package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.Set;

/**
 * A NAT gateway in one subnet. A public one translates to its Elastic IP and sends traffic on
 * through its subnet's route table; a private one translates to its private address only.
 * {@code elasticIp} is the allocation id or address, empty when none is given.
 */
public record NatGateway(ElementId id, String name, ElementId subnetId, boolean publicConnectivity, String elasticIp)
    implements Element {

  public NatGateway {
    name = Element.checkName(name);
    if (subnetId == null) {
      throw new InvalidValueException("NAT gateway " + id + " is in no subnet");
    }
    elasticIp = elasticIp == null ? "" : elasticIp.trim();
  }

  public boolean hasElasticIp() {
    return !elasticIp.isEmpty();
  }

  @Override
  public ElementKind kind() {
    return ElementKind.NAT_GATEWAY;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(subnetId);
  }

  @Override
  public Set<ElementId> references() {
    return Set.of(subnetId);
  }

  @Override
  public NatGateway withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public NatGateway withName(String newName) {
    return new NatGateway(id, newName, subnetId, publicConnectivity, elasticIp);
  }

  public NatGateway withSubnet(ElementId newSubnet) {
    return new NatGateway(id, name, newSubnet, publicConnectivity, elasticIp);
  }

  public NatGateway withConnectivity(boolean isPublic, String newElasticIp) {
    return new NatGateway(id, name, subnetId, isPublic, newElasticIp);
  }
}
