package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What changed between two topologies: the ids of elements added, replaced or removed, and the
 * VPCs those elements belong (or belonged) to. Elements are immutable and an edit keeps the ones
 * it does not touch, so comparing by identity first makes this a quick pass.
 */
final class TopologyDiff {
  final Set<ElementId> changed = new LinkedHashSet<>();
  final Set<ElementId> dirtyVpcs = new HashSet<>();
  /** True when a subnet moved between VPCs: the NAT gateways and workloads in it move too, so slices are rebuilt from scratch. */
  boolean subnetMoved;

  static TopologyDiff between(Topology before, Topology after) {
    TopologyDiff diff = new TopologyDiff();
    if (replacedOnly(before, after, diff)) {
      return diff;
    }
    diff = new TopologyDiff();
    int kept = 0;
    // An edit keeps the other elements, as the same instances and mostly in the same order, so
    // walking both in step finds them by identity; only what differs is looked up by id.
    Iterator<Element> old = before.elements().iterator();
    for (Element now : after.elements()) {
      Element was = old.hasNext() ? old.next() : null;
      if (was == now) {
        kept++;
        continue;
      }
      was = before.find(now.id()).orElse(null);
      if (was == null) {
        diff.record(now, after);
        continue;
      }
      kept++;
      if (was != now && !was.equals(now)) {
        diff.record(was, before);
        diff.record(now, after);
        if (was instanceof Subnet oldSubnet && now instanceof Subnet moved && !oldSubnet.vpcId().equals(moved.vpcId())) {
          diff.subnetMoved = true;
        }
      }
    }
    if (kept != before.size()) {
      for (Element was : before.elements()) {
        if (!after.contains(was.id())) {
          diff.record(was, before);
        }
      }
    }
    return diff;
  }

  /**
   * When one topology was made from the other by one edit that only replaced elements (known from
   * {@link Topology#editedFrom}), records the replaced ones without walking the others and
   * returns true; false (with {@code diff} to be thrown away) otherwise.
   */
  private static boolean replacedOnly(Topology before, Topology after, TopologyDiff diff) {
    Set<ElementId> edited = after.editedFrom(before).orElse(null);
    if (edited == null) {
      return false;
    }
    for (ElementId id : edited) {
      Element was = before.find(id).orElse(null);
      Element now = after.find(id).orElse(null);
      if (was == null || now == null) {
        return false;
      }
      if (was != now && !was.equals(now)) {
        diff.record(was, before);
        diff.record(now, after);
        if (was instanceof Subnet oldSubnet && now instanceof Subnet moved && !oldSubnet.vpcId().equals(moved.vpcId())) {
          diff.subnetMoved = true;
        }
      }
    }
    return true;
  }

  boolean isEmpty() {
    return changed.isEmpty();
  }

  private void record(Element element, Topology in) {
    changed.add(element.id());
    dirtyVpcs.addAll(vpcsOf(element, in));
  }

  /** The VPCs an element belongs to: none for an opaque resource, both sides of a peering connection. */
  static Set<ElementId> vpcsOf(Element element, Topology in) {
    if (element instanceof Vpc vpc) {
      return Set.of(vpc.id());
    }
    if (element instanceof NatGateway nat) {
      return in.find(nat.subnetId(), Subnet.class).map(subnet -> Set.of(subnet.vpcId())).orElse(Set.of());
    }
    if (element instanceof dev.netwright.model.topology.Workload workload) {
      return in.find(workload.subnetId(), Subnet.class).map(subnet -> Set.of(subnet.vpcId())).orElse(Set.of());
    }
    if (element instanceof PeeringConnection peering) {
      return Set.of(peering.requesterVpcId(), peering.accepterVpcId());
    }
    if (element instanceof OpaqueResource) {
      return Set.of();
    }
    return element.owners();
  }
}
