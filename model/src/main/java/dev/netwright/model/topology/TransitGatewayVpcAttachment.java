package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A VPC attached to a transit gateway through one subnet per Availability Zone: the transit gateway
 * reaches every subnet of a zone it has an attachment subnet in, and workloads in a zone without one
 * cannot reach it. Traffic from the transit gateway for an address outside the VPC follows the
 * route table of the attachment's subnet in that zone.
 */
public record TransitGatewayVpcAttachment(ElementId id, String name, ElementId transitGatewayId, ElementId vpcId,
    List<ElementId> subnetIds) implements TransitGatewayAttachment {

  public TransitGatewayVpcAttachment {
    name = Element.checkName(name);
    if (transitGatewayId == null) {
      throw new InvalidValueException("transit gateway attachment " + id + " belongs to no transit gateway");
    }
    if (vpcId == null) {
      throw new InvalidValueException("transit gateway attachment " + id + " attaches no VPC");
    }
    subnetIds = List.copyOf(subnetIds);
    if (new LinkedHashSet<>(subnetIds).size() != subnetIds.size()) {
      throw new InvalidValueException("transit gateway attachment " + id + " lists a subnet twice");
    }
  }

  @Override
  public ElementKind kind() {
    return ElementKind.TRANSIT_GATEWAY_VPC_ATTACHMENT;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.copyOf(List.of(transitGatewayId, vpcId));
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(transitGatewayId);
    refs.add(vpcId);
    refs.addAll(subnetIds);
    return refs;
  }

  @Override
  public TransitGatewayVpcAttachment withoutReference(ElementId removed) {
    return withSubnets(subnetIds.stream().filter(subnet -> !subnet.equals(removed)).toList());
  }

  @Override
  public TransitGatewayVpcAttachment withName(String newName) {
    return new TransitGatewayVpcAttachment(id, newName, transitGatewayId, vpcId, subnetIds);
  }

  public TransitGatewayVpcAttachment withSubnets(List<ElementId> subnets) {
    return new TransitGatewayVpcAttachment(id, name, transitGatewayId, vpcId, subnets);
  }
}
