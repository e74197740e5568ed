package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a set of path answers read from the topology: whole VPCs (their routing) and single
 * elements of other VPCs (a peer's blocks, a target subnet, a VPN gateway's networks), missing ids
 * included. An edit that touches none of them cannot change those answers.
 */
final class Reads {
  private final Set<ElementId> vpcs = new HashSet<>(2);
  private final Set<ElementId> elements = new HashSet<>(4);

  void vpc(ElementId vpc) {
    vpcs.add(vpc);
  }

  void element(ElementId element) {
    elements.add(element);
  }

  /** True when an edit that changed these elements and dirtied these VPCs may change what was read. */
  boolean touchedBy(Collection<ElementId> changedElements, Set<ElementId> dirtyVpcs) {
    for (ElementId vpc : vpcs) {
      if (dirtyVpcs.contains(vpc)) {
        return true;
      }
    }
    for (ElementId changed : changedElements) {
      if (elements.contains(changed)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "vpcs " + vpcs + ", elements " + elements;
  }
}
