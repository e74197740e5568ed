package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deletes elements with everything they own (the {@link Cascade} is worked out by the editor),
 * drops every reference the remaining elements hold to them (routes, associations, endpoint
 * subnets and route tables, security group rules) and their layout entries: one undo step.
 */
public final class DeleteElements implements Command {
  private final String label;
  private final Set<ElementId> removed;

  DeleteElements(String label, Set<ElementId> removed) {
    this.label = label;
    this.removed = Set.copyOf(removed);
  }

  /** Every element this command deletes, cascade included. */
  public Set<ElementId> removed() {
    return removed;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    List<Element> changed = new ArrayList<>();
    for (Element element : document.topology().elements()) {
      if (removed.contains(element.id()) || !refersToRemoved(element)) {
        continue;
      }
      Element stripped = element;
      for (ElementId reference : element.references()) {
        if (removed.contains(reference)) {
          stripped = stripped.withoutReference(reference);
        }
      }
      if (stripped != element) {
        changed.add(stripped);
      }
    }
    boolean drawn = removed.stream().anyMatch(id -> document.layout().find(id).isPresent());
    return document.with(document.topology().with(changed, removed), drawn ? document.layout().without(removed) : document.layout())
        .withTraffic(document.traffic().withoutElements(removed));
  }

  /**
   * Whether an element refers to a removed element other than through its owners (any element
   * whose owner is removed is removed with it). Looks at the fields themselves rather than
   * {@link Element#references()}, which builds a set: this runs over every element of the design.
   */
  private boolean refersToRemoved(Element element) {
    if (element instanceof RouteTable table) {
      return anyRemoved(table.subnetIds()) || table.routes().stream().anyMatch(route -> removed.contains(route.target()));
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return anyRemoved(endpoint.routeTableIds());
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return anyRemoved(endpoint.subnetIds()) || anyRemoved(endpoint.securityGroupIds());
    }
    if (element instanceof SecurityGroup group) {
      return refersToRemoved(group.ingress()) || refersToRemoved(group.egress());
    }
    if (element instanceof dev.netwright.model.topology.NetworkAcl acl) {
      return anyRemoved(acl.subnetIds());
    }
    if (element instanceof dev.netwright.model.topology.Workload workload) {
      return anyRemoved(workload.securityGroupIds());
    }
    if (element instanceof dev.netwright.model.topology.TransitGatewayRouteTable
        || element instanceof dev.netwright.model.topology.TransitGatewayVpcAttachment
        || element instanceof dev.netwright.model.topology.HostedZone || element instanceof dev.netwright.model.topology.ResolverEndpoint) {
      return element.references().stream().anyMatch(removed::contains);
    }
    return false;
  }

  private boolean refersToRemoved(List<SecurityRule> rules) {
    for (SecurityRule rule : rules) {
      if (rule.peer() instanceof RulePeer.GroupPeer peer && removed.contains(peer.groupId())) {
        return true;
      }
    }
    return false;
  }

  private boolean anyRemoved(List<ElementId> ids) {
    for (ElementId id : ids) {
      if (removed.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
