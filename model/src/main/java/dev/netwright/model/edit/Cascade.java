package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Topology;
import java.util.Collection;
import java.util.Collections;
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
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Element element : topology.elements()) {
        if (!removed.contains(element.id()) && !Collections.disjoint(element.owners(), removed)) {
          removed.add(element.id());
          grew = true;
        }
      }
    }
    return removed;
  }
}
