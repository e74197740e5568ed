package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a set of path answers read from the topology: whole VPCs (their routing; always the source
 * VPC) and single elements outside those VPCs (a peer's blocks, a VPN gateway's networks), missing
 * ids included. An edit that touches none of them cannot change those answers.
 *
 * <p>Kept as short lists: a block of answers reads one or two VPCs and a handful of elements.
 */
final class Reads {
  private final List<ElementId> vpcs = new ArrayList<>(2);
  private final List<ElementId> elements = new ArrayList<>(2);
  /** The elements again, hashed, once there are more than {@link #FEW} (a row through a transit gateway reads dozens). */
  private Set<ElementId> elementSet;
  private static final int FEW = 8;

  void vpc(ElementId vpc) {
    if (!vpcs.contains(vpc)) {
      vpcs.add(vpc);
    }
  }

  void element(ElementId element) {
    if (!readElement(element)) {
      elements.add(element);
      if (elementSet != null) {
        elementSet.add(element);
      } else if (elements.size() > FEW) {
        elementSet = new HashSet<>(elements);
      }
    }
  }

  private boolean readElement(ElementId element) {
    return elementSet != null ? elementSet.contains(element) : elements.contains(element);
  }

  /** Adds everything {@code other} read. */
  void addAll(Reads other) {
    other.vpcs.forEach(this::vpc);
    other.elements.forEach(this::element);
  }

  /** True when the whole of this VPC was read, so its elements need no record of their own. */
  boolean coversVpc(ElementId vpc) {
    return vpcs.contains(vpc);
  }

  /** True when an edit that changed these elements and dirtied these VPCs may change what was read. */
  boolean touchedBy(Collection<ElementId> changedElements, Set<ElementId> dirtyVpcs) {
    for (int i = 0; i < vpcs.size(); i++) {
      if (dirtyVpcs.contains(vpcs.get(i))) {
        return true;
      }
    }
    if (!elements.isEmpty()) {
      for (ElementId changed : changedElements) {
        if (readElement(changed)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "vpcs " + vpcs + ", elements " + elements;
  }
}
