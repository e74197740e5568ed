package dev.netwright.model.layout;

import static dev.netwright.model.layout.DrawingSizes.GAP;
import static dev.netwright.model.layout.DrawingSizes.NODE_HEIGHT;
import static dev.netwright.model.layout.DrawingSizes.NODE_WIDTH;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the elements of a design so that it reads well: VPC boxes in rows of three with room for
 * peering connections between them, each subnet in its zone's lane (public before private, by
 * CIDR), NAT gateways and workloads inside their subnets, a VPC's route tables, endpoints, security
 * groups, network ACLs and VPN gateways in its bottom band, internet gateways on their VPC's top edge, other resources
 * below everything. Nothing placed overlaps what is next to it. The CloudFormation and AWS
 * importers use it, and so do new samples.
 */
public final class AutoLayout {
  static final double MARGIN_X = 40;
  /** The top margin leaves room for internet gateways, which stick out above their VPC. */
  static final double MARGIN_Y = 80;
  static final double VPC_GAP = 200;
  static final double ROW_GAP = 140;
  static final int VPCS_PER_ROW = 3;

  /** Band kinds, in the order they are lined up in a VPC's band. */
  private static final List<Class<? extends Element>> BAND =
      List.of(RouteTable.class, GatewayEndpoint.class, InterfaceEndpoint.class, SecurityGroup.class, NetworkAcl.class, VpnGateway.class);
  private static final Comparator<Element> BY_KIND_THEN_ID = Comparator.comparing(Element::kind).thenComparing(Element::id);

  private final Topology topology;
  private final Occupancy placed;
  /** Each VPC's elements (those it owns), gathered once: asking the topology per VPC is quadratic. */
  private final Map<ElementId, List<Element>> contents = new HashMap<>();

  private AutoLayout(Topology topology, Layout given) {
    this.topology = topology;
    this.placed = new Occupancy(topology, given);
    for (Element element : topology.elements()) {
      if (!(element instanceof Vpc)) {
        for (ElementId owner : element.owners()) {
          contents.computeIfAbsent(owner, key -> new ArrayList<>()).add(element);
        }
      }
    }
  }

  /** A complete layout of a design from scratch. */
  public static Layout layout(Topology topology) {
    return complete(topology, Layout.empty());
  }

  /** {@code given} with a place for every element that has none; the bounds it has are kept as they are. */
  public static Layout complete(Topology topology, Layout given) {
    AutoLayout auto = new AutoLayout(topology, given);
    auto.placeVpcs();
    auto.placeSubnets();
    auto.placeNatGateways();
    auto.placeBands();
    auto.placeInternetGateways();
    auto.placePeerings();
    auto.placeOthers();
    return auto.placed.layout();
  }

  private void placeVpcs() {
    double startX = placed.isEmpty() ? MARGIN_X : placed.maxX() + VPC_GAP;
    double x = startX;
    double y = MARGIN_Y;
    double rowBottom = y;
    int inRow = 0;
    for (Vpc vpc : sorted(topology.vpcs())) {
      if (placed.has(vpc.id())) {
        continue;
      }
      if (inRow == VPCS_PER_ROW) {
        x = startX;
        y = rowBottom + ROW_GAP;
        inRow = 0;
      }
      Bounds size = VpcBox.sizeFor(vpc, inVpc(vpc.id(), Subnet.class), bandNodes(vpc.id()));
      Bounds box = size.movedTo(x, y);
      placed.put(vpc.id(), box);
      x = box.maxX() + VPC_GAP;
      rowBottom = Math.max(rowBottom, box.maxY());
      inRow++;
    }
  }

  private void placeSubnets() {
    // the next slot to try in each lane, so that a lane of thousands of subnets is filled in one pass
    Map<String, Integer> nextSlot = new HashMap<>();
    Map<ElementId, List<Lane>> lanes = new HashMap<>();
    List<Subnet> subnets = new ArrayList<>(topology.subnets());
    subnets.sort(Comparator.comparing(Subnet::vpcId).thenComparing(Subnet::cidr).thenComparing(Subnet::id));
    for (Subnet subnet : subnets) {
      if (placed.has(subnet.id()) || !placed.has(subnet.vpcId())) {
        continue;
      }
      Lane lane = lanes.computeIfAbsent(subnet.vpcId(), vpc -> Lanes.within(placed.get(vpc),
              Lanes.zones(topology.require(vpc, Vpc.class), inVpc(vpc, Subnet.class))))
          .stream().filter(candidate -> candidate.zone().equals(subnet.zone())).findFirst().orElseThrow();
      Set<ElementId> ignore = Set.of(subnet.vpcId());
      String laneKey = subnet.vpcId() + "/" + subnet.zone();
      for (int slot = nextSlot.getOrDefault(laneKey, 0); ; slot++) {
        Bounds candidate = VpcBox.subnetSlot(lane, slot);
        if (placed.isFree(candidate, ignore)) {
          placed.put(subnet.id(), candidate);
          nextSlot.put(laneKey, slot + 1);
          break;
        }
      }
    }
  }

  /** NAT gateways, then workloads, side by side under their subnet's title. */
  private void placeNatGateways() {
    Map<ElementId, List<Element>> bySubnet = new HashMap<>();
    sorted(topology.natGateways()).forEach(nat -> bySubnet.computeIfAbsent(nat.subnetId(), key -> new ArrayList<>()).add(nat));
    sorted(topology.workloads()).forEach(workload -> bySubnet.computeIfAbsent(workload.subnetId(), key -> new ArrayList<>())
        .add(workload));
    bySubnet.forEach((subnet, nats) -> {
      for (int i = 0; i < nats.size(); i++) {
        if (!placed.has(nats.get(i).id()) && placed.has(subnet)) {
          placed.put(nats.get(i).id(), VpcBox.natSlot(placed.get(subnet), i, nats.size()));
        }
      }
    });
  }

  private void placeBands() {
    for (Vpc vpc : sorted(topology.vpcs())) {
      if (!placed.has(vpc.id())) {
        continue;
      }
      Bounds box = placed.get(vpc.id());
      Set<ElementId> ignore = Set.of(vpc.id());
      int slot = 0;
      for (Element node : bandNodes(vpc.id())) {
        if (placed.has(node.id())) {
          continue;
        }
        Bounds candidate = VpcBox.bandSlot(box, slot++);
        while (!placed.isFree(candidate, ignore) && slot < 10_000) {
          candidate = VpcBox.bandSlot(box, slot++);
        }
        placed.put(node.id(), candidate);
      }
    }
  }

  private void placeInternetGateways() {
    for (InternetGateway gateway : sorted(topology.internetGateways())) {
      if (placed.has(gateway.id()) || !placed.has(gateway.vpcId())) {
        continue;
      }
      Bounds vpc = placed.get(gateway.vpcId());
      Set<ElementId> ignore = Set.of(gateway.vpcId());
      Bounds candidate = null;
      for (int step = 0; step < 100; step++) {
        candidate = new Bounds(vpc.maxX() - 24 - NODE_WIDTH - step * VpcBox.NODE_STEP, vpc.y() - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT);
        if (placed.isFree(candidate, ignore)) {
          break;
        }
      }
      placed.put(gateway.id(), candidate);
    }
  }

  private void placePeerings() {
    for (PeeringConnection peering : sorted(topology.peeringConnections())) {
      if (placed.has(peering.id()) || !placed.has(peering.requesterVpcId()) || !placed.has(peering.accepterVpcId())) {
        continue;
      }
      Bounds a = placed.get(peering.requesterVpcId());
      Bounds b = placed.get(peering.accepterVpcId());
      Bounds left = a.x() <= b.x() ? a : b;
      Bounds right = left == a ? b : a;
      double centerX = left.maxX() <= right.x() ? (left.maxX() + right.x()) / 2 : (a.centerX() + b.centerX()) / 2;
      double top = Math.max(a.y(), b.y());
      double bottom = Math.min(a.maxY(), b.maxY());
      double centerY = top < bottom ? (top + bottom) / 2 : (a.centerY() + b.centerY()) / 2;
      Bounds first = new Bounds(centerX - NODE_WIDTH / 2, centerY - NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT);
      Bounds chosen = first;
      for (int step = 1; step < 200 && !placed.isFree(chosen, Set.of()); step++) {
        // try below and above in turn, moving further away each time
        double offset = ((step + 1) / 2) * (NODE_HEIGHT + GAP) * (step % 2 == 1 ? 1 : -1);
        chosen = first.movedBy(0, offset);
      }
      placed.put(peering.id(), placed.isFree(chosen, Set.of()) ? chosen : first);
    }
  }

  private void placeOthers() {
    List<OpaqueResource> others = sorted(topology.all(OpaqueResource.class)).stream().filter(o -> !placed.has(o.id())).toList();
    if (others.isEmpty()) {
      return;
    }
    double top = placed.isEmpty() ? MARGIN_Y : placed.maxY() + 60;
    int slot = 0;
    for (OpaqueResource other : others) {
      Bounds candidate;
      do {
        candidate = new Bounds(MARGIN_X + (slot % 6) * VpcBox.NODE_STEP, top + (slot / 6) * (NODE_HEIGHT + GAP), NODE_WIDTH, NODE_HEIGHT);
        slot++;
      } while (!placed.isFree(candidate, Set.of()));
      placed.put(other.id(), candidate);
    }
  }

  /** A VPC's band elements in band order: route tables, gateway endpoints, interface endpoints, security groups, VPN gateways. */
  private List<Element> bandNodes(ElementId vpcId) {
    List<Element> nodes = new ArrayList<>();
    for (Class<? extends Element> type : BAND) {
      nodes.addAll(sorted(inVpc(vpcId, type)));
    }
    return nodes;
  }

  private <T extends Element> List<T> inVpc(ElementId vpcId, Class<T> type) {
    return contents.getOrDefault(vpcId, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T extends Element> List<T> sorted(List<T> elements) {
    return elements.stream().sorted(BY_KIND_THEN_ID).toList();
  }
}
