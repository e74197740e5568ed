package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
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
      diff.markTransitTables(before, after);
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
    diff.markTransitTables(before, after);
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

  /**
   * A transit gateway route table's effective routes depend on more than the table: on the
   * gateway's default propagation, on which attachments propagate into it, and on their VPCs'
   * blocks and VPN networks. When any of those changed, every table of that gateway counts as
   * changed, so that exactly the answers that looked a route up there are re-answered. (An edit
   * inside a spoke touches none of them, and re-answers that spoke alone.)
   */
  private void markTransitTables(Topology before, Topology after) {
    if (after.transitGatewayRouteTables().isEmpty() && before.transitGatewayRouteTables().isEmpty()) {
      return;
    }
    Set<ElementId> gateways = new HashSet<>();
    for (ElementId id : List.copyOf(changed)) {
      Element was = before.find(id).orElse(null);
      Element now = after.find(id).orElse(null);
      if (was instanceof TransitGateway || now instanceof TransitGateway) {
        gateways.add(id);
      }
      propagationGateway(was, now, before).forEach(gateways::add);
      propagationGateway(now, was, after).forEach(gateways::add);
    }
    if (gateways.isEmpty()) {
      return;
    }
    for (Topology in : List.of(before, after)) {
      for (TransitGatewayRouteTable table : in.transitGatewayRouteTables()) {
        if (gateways.contains(table.transitGatewayId())) {
          changed.add(table.id());
        }
      }
    }
  }

  /** The gateways whose propagated routes change when {@code element} becomes {@code other} (added, removed or edited). */
  private static List<ElementId> propagationGateway(Element element, Element other, Topology in) {
    if (element instanceof TransitGatewayVpcAttachment attachment) {
      boolean sameRoutes = other instanceof TransitGatewayVpcAttachment same && same.vpcId().equals(attachment.vpcId())
          && same.transitGatewayId().equals(attachment.transitGatewayId());
      return sameRoutes ? List.of() : List.of(attachment.transitGatewayId());
    }
    if (element instanceof TransitGatewayVpnAttachment vpn) {
      return other != null && other.equals(vpn.withName(other.name())) ? List.of() : List.of(vpn.transitGatewayId());
    }
    if (element instanceof TransitGatewayPeeringAttachment peering && other == null) {
      return List.copyOf(peering.transitGatewayIds());
    }
    if (element instanceof Vpc vpc && !(other instanceof Vpc same && same.cidrBlocks().equals(vpc.cidrBlocks()))) {
      return in.attachmentsOfVpc(vpc.id()).stream().map(TransitGatewayVpcAttachment::transitGatewayId).toList();
    }
    return List.of();
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
    if (element instanceof HostedZone zone) {
      // a zone answers its VPCs' queries: it is part of each of them
      return Set.copyOf(zone.vpcIds());
    }
    if (element instanceof TransitGatewayVpcAttachment attachment) {
      return Set.of(attachment.vpcId());
    }
    if (element instanceof TransitGateway || element instanceof TransitGatewayAttachment || element instanceof TransitGatewayRouteTable) {
      // outside every VPC: answers that look at them record them as reads
      return Set.of();
    }
    return element.owners();
  }
}
