package dev.netwright.model.path;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A topology cut into {@link VpcSlice}s, one per VPC. Built in one pass; after an edit,
 * {@link #next} rebuilds only the slices of the VPCs the edit touched and shares the rest.
 */
final class TopologyIndex {
  /** From this many VPCs on, independent per-VPC work is spread over the cores. */
  static final int PARALLEL_FROM = 32;

  private final Topology topology;
  private final Map<ElementId, VpcSlice> slices;
  private volatile TransitRoutes transit;

  private TopologyIndex(Topology topology, Map<ElementId, VpcSlice> slices) {
    this.topology = topology;
    this.slices = slices;
  }

  static TopologyIndex of(Topology topology) {
    Map<ElementId, List<Element>> members = new HashMap<>();
    for (Element element : topology.elements()) {
      if (element instanceof Vpc) {
        continue;
      }
      ElementId home = homeVpc(element);
      if (home != null) {
        members.computeIfAbsent(home, key -> new ArrayList<>()).add(element);
        continue;
      }
      for (ElementId vpc : TopologyDiff.vpcsOf(element, topology)) {
        members.computeIfAbsent(vpc, key -> new ArrayList<>()).add(element);
      }
    }
    List<Vpc> vpcs = topology.vpcs();
    // slices are independent of each other: build them on every core when there are many
    List<VpcSlice> built = (vpcs.size() >= PARALLEL_FROM ? vpcs.parallelStream() : vpcs.stream())
        .map(vpc -> new VpcSlice(vpc, members.getOrDefault(vpc.id(), List.of()))).toList();
    Map<ElementId, VpcSlice> slices = new LinkedHashMap<>();
    built.forEach(slice -> slices.put(slice.id(), slice));
    return new TopologyIndex(topology, slices);
  }

  /** The index of {@code after}, which differs from this index's topology by {@code diff}. */
  TopologyIndex next(Topology after, TopologyDiff diff) {
    if (diff.subnetMoved) {
      return of(after);
    }
    Map<ElementId, VpcSlice> nextSlices = new LinkedHashMap<>(slices);
    for (ElementId vpcId : diff.dirtyVpcs) {
      Vpc vpc = after.find(vpcId, Vpc.class).orElse(null);
      if (vpc == null) {
        nextSlices.remove(vpcId);
        continue;
      }
      nextSlices.put(vpcId, new VpcSlice(vpc, membersAfter(vpcId, after, diff)));
    }
    TopologyIndex next = new TopologyIndex(after, nextSlices);
    if (transit != null && !changesTransit(after, diff)) {
      next.transit = transit;
    }
    return next;
  }

  /**
   * True when the edit may change the transit gateways' routes: it changed a gateway, an
   * attachment or a gateway route table ({@link TopologyDiff} counts a change of an attached VPC's
   * blocks as a change of its gateways' route tables).
   */
  private boolean changesTransit(Topology after, TopologyDiff diff) {
    for (ElementId id : diff.changed) {
      if (transitPart(topology.find(id).orElse(null)) || transitPart(after.find(id).orElse(null))) {
        return true;
      }
    }
    return false;
  }

  private static boolean transitPart(Element element) {
    return element instanceof dev.netwright.model.topology.TransitGateway
        || element instanceof dev.netwright.model.topology.TransitGatewayAttachment
        || element instanceof dev.netwright.model.topology.TransitGatewayRouteTable;
  }

  private List<Element> membersAfter(ElementId vpcId, Topology after, TopologyDiff diff) {
    Set<ElementId> ids = new LinkedHashSet<>();
    VpcSlice before = slices.get(vpcId);
    if (before != null) {
      before.members.forEach(element -> ids.add(element.id()));
      ids.addAll(diff.changed);
    } else {
      // a VPC new to the index: its elements may have come before it (a design in progress), so look at all of them
      after.elements().forEach(element -> ids.add(element.id()));
    }
    List<Element> members = new ArrayList<>(ids.size());
    for (ElementId id : ids) {
      Element element = after.find(id).orElse(null);
      if (element != null && !(element instanceof Vpc) && TopologyDiff.vpcsOf(element, after).contains(vpcId)) {
        members.add(element);
      }
    }
    return members;
  }

  /**
   * The one VPC an element lives in by its own fields, or null when that takes a look-up (a NAT
   * gateway: its subnet's VPC) or it has none or two (an opaque resource, a peering connection).
   */
  static ElementId homeVpc(Element element) {
    if (element instanceof Subnet subnet) {
      return subnet.vpcId();
    }
    if (element instanceof RouteTable table) {
      return table.vpcId();
    }
    if (element instanceof SecurityGroup group) {
      return group.vpcId();
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return endpoint.vpcId();
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return endpoint.vpcId();
    }
    if (element instanceof InternetGateway gateway) {
      return gateway.vpcId();
    }
    if (element instanceof VpnGateway vpn) {
      return vpn.vpcId();
    }
    if (element instanceof dev.netwright.model.topology.NetworkAcl acl) {
      return acl.vpcId();
    }
    if (element instanceof Vpc vpc) {
      return vpc.id();
    }
    return null;
  }

  /** The element of an id, or null; a look-up without the Optional, on the hottest path. */
  Element element(ElementId id) {
    return topology.find(id).orElse(null);
  }

  Topology topology() {
    return topology;
  }

  /** The transit gateways' attachments, associations and effective routes, built on first use. */
  TransitRoutes transit() {
    TransitRoutes routes = transit;
    if (routes == null) {
      routes = TransitRoutes.of(topology);
      transit = routes;
    }
    return routes;
  }

  /** The slice of a VPC, or null when there is no such VPC. */
  VpcSlice slice(ElementId vpc) {
    return slices.get(vpc);
  }

  Collection<VpcSlice> slices() {
    return slices.values();
  }
}
