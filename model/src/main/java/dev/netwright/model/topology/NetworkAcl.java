package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A network ACL of a VPC: stateless numbered rules for traffic entering ({@code inbound}) and
 * leaving ({@code outbound}) the subnets associated with it. Each subnet has exactly one ACL: its
 * explicit association, else its VPC's default ACL ({@code isDefault}); a VPC whose design states
 * no ACL keeps the one AWS creates, which allows everything both ways. Rules are kept in ascending
 * number, one number once per direction.
 */
public record NetworkAcl(ElementId id, String name, ElementId vpcId, boolean isDefault, List<AclRule> inbound,
    List<AclRule> outbound, List<ElementId> subnetIds) implements Element {

  public NetworkAcl {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("network ACL " + id + " belongs to no VPC");
    }
    inbound = ordered(id, inbound, "inbound");
    outbound = ordered(id, outbound, "outbound");
    subnetIds = List.copyOf(subnetIds);
    if (new LinkedHashSet<>(subnetIds).size() != subnetIds.size()) {
      throw new InvalidValueException("network ACL " + id + " lists a subnet association twice");
    }
  }

  private static List<AclRule> ordered(ElementId id, List<AclRule> rules, String direction) {
    List<AclRule> sorted = new ArrayList<>(rules);
    sorted.sort(null);
    Set<Integer> numbers = new HashSet<>();
    for (AclRule rule : sorted) {
      if (!numbers.add(rule.number())) {
        throw new InvalidValueException("network ACL " + id + " has two " + direction + " rules numbered " + rule.number());
      }
    }
    return List.copyOf(sorted);
  }

  /** The rules of one direction. */
  public List<AclRule> rules(boolean inboundRules) {
    return inboundRules ? inbound : outbound;
  }

  @Override
  public ElementKind kind() {
    return ElementKind.NETWORK_ACL;
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
    return refs;
  }

  @Override
  public NetworkAcl withoutReference(ElementId removed) {
    return withSubnetIds(subnetIds.stream().filter(subnet -> !subnet.equals(removed)).toList());
  }

  @Override
  public NetworkAcl withName(String newName) {
    return new NetworkAcl(id, newName, vpcId, isDefault, inbound, outbound, subnetIds);
  }

  public NetworkAcl withRules(List<AclRule> newInbound, List<AclRule> newOutbound) {
    return new NetworkAcl(id, name, vpcId, isDefault, newInbound, newOutbound, subnetIds);
  }

  public NetworkAcl withSubnetIds(List<ElementId> newSubnets) {
    return new NetworkAcl(id, name, vpcId, isDefault, inbound, outbound, newSubnets);
  }

  public NetworkAcl withDefault(boolean newDefault) {
    return new NetworkAcl(id, name, vpcId, newDefault, inbound, outbound, subnetIds);
  }
}
