package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.List;
import java.util.Set;

/**
 * A virtual private gateway attached to a VPC, with the on-premises networks that sit behind its
 * VPN connections. Those networks are sources of path questions: they reach AWS services only
 * through interface endpoints, never through gateway endpoints.
 */
public record VpnGateway(ElementId id, String name, ElementId vpcId, List<Cidr> onPremisesCidrs) implements Element {
  public VpnGateway {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("VPN gateway " + id + " is attached to no VPC");
    }
    onPremisesCidrs = List.copyOf(onPremisesCidrs);
  }

  @Override
  public ElementKind kind() {
    return ElementKind.VPN_GATEWAY;
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
  public VpnGateway withoutReference(ElementId removed) {
    return this;
  }

  @Override
  public VpnGateway withName(String newName) {
    return new VpnGateway(id, newName, vpcId, onPremisesCidrs);
  }

  public VpnGateway withOnPremisesCidrs(List<Cidr> cidrs) {
    return new VpnGateway(id, name, vpcId, cidrs);
  }
}
