package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a topology into one element list per VPC, in two passes over the elements. An element whose
 * VPC does not exist belongs to no scope (the structure rule reports it); a peering connection
 * belongs to the scopes of both its VPCs; opaque resources belong to none.
 */
public final class VpcScopes {
  private VpcScopes() {
  }

  /**
   * A topology cut by VPC: each VPC's elements (the VPC first) keyed by VPC id in design order,
   * and the elements of no VPC (opaque resources, and elements whose VPC or subnet is missing).
   */
  public record Grouping(Map<ElementId, List<Element>> byVpc, List<Element> outside) {
  }

  /**
   * The topology cut by VPC. One pass over the elements; the few that come before their VPC (or
   * a NAT gateway before its subnet) wait in a short list for a second look.
   */
  public static Grouping group(Topology topology) {
    Map<ElementId, List<Element>> groups = new LinkedHashMap<>();
    Map<ElementId, ElementId> vpcOfSubnet = new HashMap<>();
    List<Element> outside = new ArrayList<>();
    List<Element> early = new ArrayList<>();
    for (Element element : topology.elements()) {
      if (element instanceof Vpc vpc) {
        List<Element> members = new ArrayList<>();
        members.add(vpc);
        groups.put(vpc.id(), members);
      } else if (!place(element, groups, true, vpcOfSubnet)) {
        early.add(element);
      }
    }
    // the late ones go after their VPC's others: a scope's order is a fixed function of the design's
    for (Element element : early) {
      if (element instanceof Subnet subnet && groups.containsKey(subnet.vpcId())) {
        vpcOfSubnet.put(subnet.id(), subnet.vpcId());
      }
    }
    for (Element element : early) {
      if (!place(element, groups, false, vpcOfSubnet)) {
        outside.add(element);
      }
    }
    return new Grouping(groups, outside);
  }

  /**
   * Adds the element to its VPC's list in {@code groups}. In the first pass an element whose VPC,
   * subnet or either peered VPC is not seen yet waits (returns false); in the second every VPC is
   * known, and a peering joins the sides that exist.
   */
  private static boolean place(Element element, Map<ElementId, List<Element>> groups, boolean firstPass,
      Map<ElementId, ElementId> vpcOfSubnet) {
    if (element instanceof PeeringConnection peering) {
      List<Element> requester = groups.get(peering.requesterVpcId());
      List<Element> accepter = groups.get(peering.accepterVpcId());
      if (firstPass && (requester == null || accepter == null)) {
        return false;
      }
      if (requester != null) {
        requester.add(peering);
      }
      if (accepter != null) {
        accepter.add(peering);
      }
      return requester != null || accepter != null;
    }
    ElementId vpc = element instanceof NatGateway nat ? vpcOfSubnet.get(nat.subnetId())
        : element instanceof dev.netwright.model.topology.Workload workload ? vpcOfSubnet.get(workload.subnetId()) : vpcIdOf(element);
    List<Element> members = vpc == null ? null : groups.get(vpc);
    if (members == null) {
      return false;
    }
    if (element instanceof Subnet subnet) {
      vpcOfSubnet.put(subnet.id(), vpc);
    }
    members.add(element);
    return true;
  }

  /**
   * The grouping of {@code after} made from {@code previous}, the grouping of {@code before}, when
   * {@code after} only replaces elements of {@code before} in place (same ids in the same order,
   * each in the same VPC or VPCs): the replaced elements are swapped into their lists and nothing
   * else is looked at. {@code touched} receives the ids of the VPCs whose lists changed and
   * {@code replaced} the elements of {@code before} that were replaced, by id. Null when the edit
   * added, removed, reordered or moved an element: then {@link #group} is the way.
   */
  static Grouping regroup(Grouping previous, Topology before, Topology after, Set<ElementId> touched,
      Map<ElementId, Element> replaced) {
    if (before.size() != after.size()) {
      return null;
    }
    List<Element> pairs = replacements(before, after);
    if (pairs == null) {
      return null;
    }
    Map<ElementId, List<Element>> groups = null;
    List<Element> outside = previous.outside();
    for (int i = 0; i < pairs.size(); i += 2) {
      Element was = pairs.get(i);
      Element now = pairs.get(i + 1);
      if (was.getClass() != now.getClass() || !was.id().equals(now.id()) || !samePlace(was, now)) {
        return null;
      }
      if (groups == null) {
        groups = new LinkedHashMap<>(previous.byVpc());
      }
      replaced.put(was.id(), was);
      boolean found = false;
      for (ElementId vpc : placesOf(was, before)) {
        List<Element> members = groups.get(vpc);
        int at = members == null ? -1 : indexOf(members, was);
        if (at >= 0) {
          if (touched.add(vpc)) {
            members = new ArrayList<>(members);
            groups.put(vpc, members);
          }
          members.set(at, now);
          found = true;
        }
      }
      if (!found) {
        int at = indexOf(outside, was);
        if (at < 0) {
          return null;
        }
        if (outside == previous.outside()) {
          outside = new ArrayList<>(outside);
        }
        outside.set(at, now);
      }
    }
    return groups == null && outside == previous.outside() ? previous : new Grouping(groups == null ? previous.byVpc() : groups, outside);
  }

  /**
   * The elements {@code after} puts in place of elements of {@code before}, as pairs (the one of
   * {@code before}, then the one of {@code after}); null when it adds, removes or reorders.
   */
  private static List<Element> replacements(Topology before, Topology after) {
    List<Element> pairs = new ArrayList<>();
    Optional<Set<ElementId>> edited = after.editedFrom(before);
    if (edited.isPresent()) {
      // made from the other by one edit: only the ids it names can differ
      for (ElementId id : edited.get()) {
        Element was = before.find(id).orElse(null);
        Element now = after.find(id).orElse(null);
        if (was == null || now == null) {
          return null;
        }
        if (was != now) {
          pairs.add(was);
          pairs.add(now);
        }
      }
      return pairs;
    }
    // an edit keeps the other elements as the same instances in the same order: walking both
    // topologies in step finds the few it replaced without hashing the rest
    Iterator<Element> old = before.elements().iterator();
    for (Element now : after.elements()) {
      Element was = old.next();
      if (was != now) {
        if (!was.id().equals(now.id())) {
          return null;
        }
        pairs.add(was);
        pairs.add(now);
      }
    }
    return pairs;
  }

  /** The position of the element with {@code element}'s id in a short list, or -1. */
  private static int indexOf(List<Element> members, Element element) {
    for (int i = 0; i < members.size(); i++) {
      Element member = members.get(i);
      if (member == element || member.id().equals(element.id())) {
        return i;
      }
    }
    return -1;
  }

  /** The VPCs whose lists may hold the element: its own VPC (a peering connection: both sides; a NAT gateway or workload: its subnet's). */
  private static List<ElementId> placesOf(Element element, Topology in) {
    if (element instanceof Vpc vpc) {
      return List.of(vpc.id());
    }
    if (element instanceof NatGateway nat) {
      return in.find(nat.subnetId(), Subnet.class).map(subnet -> List.of(subnet.vpcId())).orElse(List.of());
    }
    if (element instanceof dev.netwright.model.topology.Workload workload) {
      return in.find(workload.subnetId(), Subnet.class).map(subnet -> List.of(subnet.vpcId())).orElse(List.of());
    }
    if (element instanceof PeeringConnection peering) {
      return List.of(peering.requesterVpcId(), peering.accepterVpcId());
    }
    ElementId vpc = vpcIdOf(element);
    return vpc == null ? List.of() : List.of(vpc);
  }

  /** True when {@code a} and {@code b} (same kind and id) are placed in the same VPC lists by {@link #group}. */
  private static boolean samePlace(Element a, Element b) {
    if (a instanceof PeeringConnection peering) {
      PeeringConnection other = (PeeringConnection) b;
      // a peering of a VPC with itself sits twice in one list: left to a full grouping
      return peering.requesterVpcId().equals(other.requesterVpcId()) && peering.accepterVpcId().equals(other.accepterVpcId())
          && !peering.requesterVpcId().equals(peering.accepterVpcId());
    }
    if (a instanceof NatGateway nat) {
      return nat.subnetId().equals(((NatGateway) b).subnetId());
    }
    if (a instanceof dev.netwright.model.topology.Workload workload) {
      return workload.subnetId().equals(((dev.netwright.model.topology.Workload) b).subnetId());
    }
    return a instanceof Vpc || java.util.Objects.equals(vpcIdOf(a), vpcIdOf(b));
  }

  /** A scope for every VPC of the topology, in design order. */
  public static List<VpcScope> of(Topology topology) {
    List<VpcScope> scopes = new ArrayList<>();
    for (List<Element> members : group(topology).byVpc().values()) {
      scopes.add(new VpcScope((Vpc) members.get(0), members, topology::find));
    }
    return scopes;
  }

  private static ElementId vpcIdOf(Element element) {
    if (element instanceof Subnet subnet) {
      return subnet.vpcId();
    }
    if (element instanceof RouteTable table) {
      return table.vpcId();
    }
    if (element instanceof InternetGateway gateway) {
      return gateway.vpcId();
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return endpoint.vpcId();
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return endpoint.vpcId();
    }
    if (element instanceof SecurityGroup group) {
      return group.vpcId();
    }
    if (element instanceof VpnGateway vpn) {
      return vpn.vpcId();
    }
    if (element instanceof dev.netwright.model.topology.NetworkAcl acl) {
      return acl.vpcId();
    }
    return null;
  }
}
