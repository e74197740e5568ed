package dev.netwright.model.topology;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A security group of a VPC with its ingress and egress rules (stateful, allow-only). */
public record SecurityGroup(ElementId id, String name, ElementId vpcId, String description, List<SecurityRule> ingress,
    List<SecurityRule> egress) implements Element {

  public SecurityGroup {
    name = Element.checkName(name);
    if (vpcId == null) {
      throw new InvalidValueException("security group " + id + " belongs to no VPC");
    }
    description = description == null ? "" : description;
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /** True for the group AWS makes with every VPC: the one named {@code default} (its description says so too). */
  public boolean isVpcDefault() {
    return name.equals("default") || description.equals("default VPC security group");
  }

  @Override
  public ElementKind kind() {
    return ElementKind.SECURITY_GROUP;
  }

  @Override
  public Set<ElementId> owners() {
    return Set.of(vpcId);
  }

  @Override
  public Set<ElementId> references() {
    Set<ElementId> refs = new LinkedHashSet<>();
    refs.add(vpcId);
    for (SecurityRule rule : ingress) {
      if (rule.peer() instanceof RulePeer.GroupPeer group) {
        refs.add(group.groupId());
      }
    }
    for (SecurityRule rule : egress) {
      if (rule.peer() instanceof RulePeer.GroupPeer group) {
        refs.add(group.groupId());
      }
    }
    return refs;
  }

  @Override
  public SecurityGroup withoutReference(ElementId removed) {
    return new SecurityGroup(id, name, vpcId, description, keepNotReferring(ingress, removed), keepNotReferring(egress, removed));
  }

  private static List<SecurityRule> keepNotReferring(List<SecurityRule> rules, ElementId removed) {
    return rules.stream()
        .filter(rule -> !(rule.peer() instanceof RulePeer.GroupPeer group && group.groupId().equals(removed)))
        .toList();
  }

  @Override
  public SecurityGroup withName(String newName) {
    return new SecurityGroup(id, newName, vpcId, description, ingress, egress);
  }

  public SecurityGroup withRules(List<SecurityRule> newIngress, List<SecurityRule> newEgress) {
    return new SecurityGroup(id, name, vpcId, description, newIngress, newEgress);
  }

  public SecurityGroup withDescription(String newDescription) {
    return new SecurityGroup(id, name, vpcId, newDescription, ingress, egress);
  }
}
