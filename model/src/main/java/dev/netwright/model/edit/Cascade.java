package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.Vpc;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What deleting some elements takes with it: every element whose owners are deleted, recursively
 * (a VPC takes its subnets, which take their NAT gateways). The UI can show it before asking.
 */
public final class Cascade {
  private Cascade() {
  }

  /** {@code roots} and everything they own, directly or not, in topology order after the roots. */
  public static Set<ElementId> of(Topology topology, Collection<ElementId> roots) {
    Set<ElementId> removed = new LinkedHashSet<>(roots);
    if (roots.stream().noneMatch(id -> topology.find(id).map(Cascade::canOwn).orElse(false))) {
      return removed;
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Element element : topology.elements()) {
        if (canBeOwned(element) && !removed.contains(element.id()) && ownedByAny(element, removed)) {
          removed.add(element.id());
          grew = grew || canOwn(element);
        }
      }
    }
    return removed;
  }

  private static boolean ownedByAny(Element element, Set<ElementId> removed) {
    for (ElementId owner : element.owners()) {
      if (removed.contains(owner)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Only VPCs, subnets and transit gateways (their attachments and route tables) own elements;
   * deleting anything else takes nothing with it.
   */
  private static boolean canOwn(Element element) {
    return element instanceof Vpc || element instanceof Subnet || element instanceof TransitGateway;
  }

  private static boolean canBeOwned(Element element) {
    return !(element instanceof Vpc) && !(element instanceof OpaqueResource);
  }
}
