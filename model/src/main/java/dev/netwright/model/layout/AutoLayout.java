package dev.netwright.model.layout;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.diagram.DejaVuMetrics;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.NodeSize;
import dev.netwright.model.diagram.TextMetrics;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places the elements of a design so that it reads like a reference architecture diagram: each
 * VPC laid out by {@link VpcBlock}; VPCs grouped by region, regions one under the other; in a
 * region, VPCs that peer side by side (in the order a walk along the peerings meets them) with
 * the peering connection in the gap between them, rows about as wide as they are deep; other
 * resources in a row under everything. The CloudFormation and AWS importers use it, new samples
 * too, and Tidy up re-lays out a design with it.
 */
public final class AutoLayout {
  static final double MARGIN = 40;
  static final double VPC_GAP = 90;
  static final double PEERED_GAP = 260;
  static final double ROW_GAP = 110;
  static final double REGION_GAP = 90;
  /** Up to this many VPCs stand in one row; more are set out in a square-ish grid. */
  static final int ONE_ROW = 4;
  /** A region with a transit gateway keeps up to this many VPCs in one row over its hub. */
  static final int HUB_ROW = 6;
  /** Space between the boxes of a hub row (transit gateways, their VPN attachments, hosted zones). */
  static final double HUB_GAP = 70;
  /** From this many VPCs in a region on, their blocks are laid out on all cores. */
  static final int PARALLEL_VPCS = 64;

  private final Topology topology;
  private final TextMetrics metrics;
  private final Map<ElementId, Bounds> placed = new LinkedHashMap<>();
  private final Map<ElementId, List<Element>> contents = new HashMap<>();
  private final Map<ElementId, List<ElementId>> peers = new HashMap<>();

  private AutoLayout(Topology topology, TextMetrics metrics) {
    this.topology = topology;
    this.metrics = metrics;
    for (Element element : topology.elements()) {
      if (!(element instanceof Vpc)) {
        topology.vpcOf(element.id()).ifPresent(vpc -> contents.computeIfAbsent(vpc, key -> new ArrayList<>()).add(element));
      }
    }
    for (PeeringConnection peering : topology.peeringConnections()) {
      peers.computeIfAbsent(peering.requesterVpcId(), key -> new ArrayList<>()).add(peering.accepterVpcId());
      peers.computeIfAbsent(peering.accepterVpcId(), key -> new ArrayList<>()).add(peering.requesterVpcId());
    }
  }

  /** A complete layout of a design from scratch. */
  public static Layout layout(Topology topology) {
    AutoLayout auto = new AutoLayout(topology, DejaVuMetrics.get());
    auto.run();
    return Layout.of(auto.placed);
  }

  /**
   * {@code given} with a place for every element that has none; the bounds it has are kept. A VPC
   * without a place is laid out whole, right of what is drawn; an element of a VPC that has one
   * goes where a fresh layout of that VPC puts it, moved with the VPC.
   */
  public static Layout complete(Topology topology, Layout given) {
    if (given.size() == 0) {
      return layout(topology);
    }
    Layout fresh = layout(topology);
    double right = given.asMap().values().stream().mapToDouble(Bounds::maxX).max().orElse(0) + VPC_GAP;
    double freshLeft = fresh.asMap().values().stream().mapToDouble(Bounds::x).min().orElse(0);
    Map<ElementId, Bounds> added = new LinkedHashMap<>();
    for (Element element : topology.elements()) {
      if (given.find(element.id()).isPresent()) {
        continue;
      }
      Bounds box = fresh.find(element.id()).orElseThrow();
      ElementId vpc = topology.vpcOf(element.id()).orElse(null);
      if (vpc != null && given.find(vpc).isPresent()) {
        Bounds was = fresh.find(vpc).orElseThrow();
        Bounds is = given.find(vpc).orElseThrow();
        added.put(element.id(), clear(box.movedBy(is.x() - was.x(), is.y() - was.y()), given, added.values(), topology, vpc));
      } else {
        added.put(element.id(), box.movedBy(right - freshLeft, 0));
      }
    }
    return given.with(added);
  }

  /** The box moved down until it covers nothing of its VPC that was given or placed before it (but the VPC itself). */
  private static Bounds clear(Bounds box, Layout given, java.util.Collection<Bounds> added, Topology topology, ElementId vpc) {
    List<Bounds> taken = new ArrayList<>(added);
    for (Map.Entry<ElementId, Bounds> entry : given.asMap().entrySet()) {
      if (!entry.getKey().equals(vpc) && topology.vpcOf(entry.getKey()).map(vpc::equals).orElse(false)) {
        taken.add(entry.getValue());
      }
    }
    Bounds moved = box;
    for (int tries = 0; tries < 1000; tries++) {
      Bounds current = moved;
      // a box that holds it (its subnet) is where it belongs, not in its way
      Optional<Bounds> hit = taken.stream().filter(other -> other.intersects(current) && !other.contains(current)).findFirst();
      if (hit.isEmpty()) {
        return moved;
      }
      moved = moved.movedTo(moved.x(), hit.get().maxY() + VpcBlock.SUBNET_GAP);
    }
    return moved;
  }

  private void run() {
    Map<Region, List<Vpc>> byRegion = new TreeMap<>();
    for (Vpc vpc : topology.vpcs()) {
      byRegion.computeIfAbsent(vpc.region(), key -> new ArrayList<>()).add(vpc);
    }
    double top = MARGIN + DrawingBuilder.REGION_PAD + DrawingBuilder.REGION_HEADER;
    for (Map.Entry<Region, List<Vpc>> region : byRegion.entrySet()) {
      List<Vpc> vpcs = region.getValue();
      double bottom = placeHubRow(region.getKey(), vpcs, placeRegion(walkOrder(vpcs), top));
      top = bottom + DrawingBuilder.REGION_PAD * 2 + DrawingBuilder.REGION_HEADER + REGION_GAP;
    }
    placePeerings();
    placeLoose(top);
  }

  /** The VPCs in the order a walk along the peerings meets them, so that peers come next to each other. */
  private List<Vpc> walkOrder(List<Vpc> vpcs) {
    List<Vpc> sorted = vpcs.stream().sorted(Comparator.comparing(Vpc::id)).toList();
    Map<ElementId, Vpc> byId = new HashMap<>();
    sorted.forEach(vpc -> byId.put(vpc.id(), vpc));
    Set<ElementId> seen = new HashSet<>();
    List<Vpc> order = new ArrayList<>();
    for (Vpc start : sorted) {
      Deque<Vpc> stack = new ArrayDeque<>();
      stack.push(start);
      while (!stack.isEmpty()) {
        Vpc vpc = stack.pop();
        if (!seen.add(vpc.id())) {
          continue;
        }
        order.add(vpc);
        List<ElementId> next = new ArrayList<>(peers.getOrDefault(vpc.id(), List.of()));
        next.sort(Comparator.reverseOrder());
        for (ElementId peer : next) {
          Vpc other = byId.get(peer);
          if (other != null && !seen.contains(peer)) {
            stack.push(other);
          }
        }
      }
    }
    return order;
  }

  /**
   * Each VPC's contents laid out, in the order of {@code vpcs}. A block depends on its VPC alone
   * (the topology and the metrics are only read), so many VPCs are laid out on all cores at once:
   * the same blocks as one after the other.
   */
  private List<VpcBlock> blocks(List<Vpc> vpcs) {
    return (vpcs.size() < PARALLEL_VPCS ? vpcs.stream() : vpcs.parallelStream())
        .map(vpc -> new VpcBlock(vpc, topology, contents.getOrDefault(vpc.id(), List.of()), metrics)).toList();
  }

  /** Places a region's VPCs in rows from {@code top}; returns the bottom of the last row. */
  private double placeRegion(List<Vpc> vpcs, double top) {
    boolean hub = !vpcs.isEmpty() && topology.transitGateways().stream().anyMatch(g -> g.region().equals(vpcs.get(0).region()));
    int perRow = vpcs.size() <= (hub ? HUB_ROW : ONE_ROW) ? vpcs.size() : (int) Math.ceil(Math.sqrt(vpcs.size()));
    double left = MARGIN + DrawingBuilder.REGION_PAD;
    double x = left;
    double y = top;
    double rowBottom = top;
    Vpc previous = null;
    int inRow = 0;
    List<VpcBlock> blocks = blocks(vpcs);
    for (int i = 0; i < vpcs.size(); i++) {
      Vpc vpc = vpcs.get(i);
      boolean joinsPrevious = previous != null && peered(previous, vpc);
      // peered VPCs stay in one row: a group that would not fit in what is left of the row starts the next
      if (inRow > 0 && (inRow >= perRow || !joinsPrevious && inRow + peeredRun(vpcs, i) > perRow)) {
        x = left;
        y = rowBottom + ROW_GAP;
        previous = null;
        inRow = 0;
      } else if (previous != null) {
        x += peered(previous, vpc) ? PEERED_GAP : VPC_GAP;
      }
      VpcBlock block = blocks.get(i);
      for (Map.Entry<ElementId, Bounds> entry : block.placed().entrySet()) {
        placed.put(entry.getKey(), entry.getValue().movedBy(x, y));
      }
      x += block.width();
      rowBottom = Math.max(rowBottom, y + block.height());
      previous = vpc;
      inRow++;
    }
    return rowBottom;
  }

  /** How many VPCs from {@code start} on follow each other peered (1 for a VPC peered with none of the next). */
  private int peeredRun(List<Vpc> vpcs, int start) {
    int end = start + 1;
    while (end < vpcs.size() && peered(vpcs.get(end - 1), vpcs.get(end))) {
      end++;
    }
    return end - start;
  }

  /**
   * The hub row of a region under its VPCs: each transit gateway centred under the VPCs it
   * attaches (moved left as far as the row needs to end under the last VPC), its VPN attachments on
   * its left (towards the on-premises network) and peering attachments on its right, then the
   * private hosted zones; returns the new bottom.
   */
  private double placeHubRow(Region region, List<Vpc> vpcs, double bottom) {
    List<Element> row = dev.netwright.model.diagram.RegionalElements.of(topology, region);
    if (row.isEmpty()) {
      return bottom;
    }
    double left = vpcs.stream().map(vpc -> placed.get(vpc.id())).mapToDouble(Bounds::x).min().orElse(MARGIN);
    double right = vpcs.stream().map(vpc -> placed.get(vpc.id())).mapToDouble(Bounds::maxX).max().orElse(MARGIN);
    List<Box> sizes = row.stream().map(element -> NodeSize.of(element, topology, metrics)).toList();
    double total = sizes.stream().mapToDouble(size -> size.width() + HUB_GAP).sum() - HUB_GAP;
    double y = bottom + ROW_GAP;
    // the first transit gateway right under the middle of the VPCs, what comes before it on its left
    double before = 0;
    for (int i = 0; i < row.size() && !(row.get(i) instanceof dev.netwright.model.topology.TransitGateway); i++) {
      before += sizes.get(i).width() + HUB_GAP;
    }
    double hubWidth = before < total ? sizes.get(row.indexOf(row.stream()
        .filter(dev.netwright.model.topology.TransitGateway.class::isInstance).findFirst().orElse(row.get(0)))).width() : total;
    // the row stays within the VPCs' span where it can: a row of hosted zones sticking out past the last VPC
    // would widen the whole drawing, and Fit would shrink every VPC for it
    double x = Math.max(left, Math.min((left + right) / 2 - before - hubWidth / 2, right - total));
    double rowHeight = 0;
    for (int i = 0; i < row.size(); i++) {
      Box size = sizes.get(i);
      placed.put(row.get(i).id(), new Bounds(x, y, size.width(), size.height()));
      x += size.width() + HUB_GAP;
      rowHeight = Math.max(rowHeight, size.height());
    }
    return y + rowHeight;
  }

  private boolean peered(Vpc a, Vpc b) {
    return peers.getOrDefault(a.id(), List.of()).contains(b.id());
  }

  /** Each peering in the gap between its VPCs when they stand side by side, else under the lower one. */
  private void placePeerings() {
    for (PeeringConnection peering : topology.peeringConnections()) {
      Bounds a = placed.get(peering.requesterVpcId());
      Bounds b = placed.get(peering.accepterVpcId());
      if (a == null || b == null) {
        continue;
      }
      Box size = NodeSize.of(peering, topology, metrics);
      Bounds left = a.x() <= b.x() ? a : b;
      Bounds right = left == a ? b : a;
      double overlapTop = Math.max(a.y(), b.y());
      double overlapBottom = Math.min(a.maxY(), b.maxY());
      Bounds box;
      if (right.x() - left.maxX() >= size.width() + 40 && overlapBottom - overlapTop >= size.height()) {
        box = new Bounds((left.maxX() + right.x() - size.width()) / 2, (overlapTop + overlapBottom - size.height()) / 2,
            size.width(), size.height());
      } else {
        box = new Bounds((a.centerX() + b.centerX() - size.width()) / 2, Math.max(a.maxY(), b.maxY()) + 40, size.width(),
            size.height());
        while (overlapsPlaced(box)) {
          box = box.movedBy(0, size.height() + 20);
        }
      }
      placed.put(peering.id(), box);
    }
  }

  private boolean overlapsPlaced(Bounds box) {
    return placed.values().stream().anyMatch(other -> other.intersects(box));
  }

  /** Resources outside every VPC, in rows under everything. */
  private void placeLoose(double top) {
    // under the frame of the last region, not just under its VPCs
    double bottom = Math.max(top - DrawingBuilder.REGION_PAD - DrawingBuilder.REGION_HEADER,
        placed.values().stream().mapToDouble(Bounds::maxY).max().orElse(top) + ROW_GAP);
    double x = MARGIN;
    double rowHeight = 0;
    // only what is left is sorted: an imported account has a hundred thousand elements, nearly all placed
    for (Element element : topology.elements().stream().filter(element -> !placed.containsKey(element.id()))
        .sorted(Comparator.comparing(Element::id)).toList()) {
      Box size = NodeSize.of(element, topology, metrics);
      if (x > MARGIN && x + size.width() > 1600) {
        x = MARGIN;
        bottom += rowHeight + 24;
        rowHeight = 0;
      }
      placed.put(element.id(), new Bounds(x, bottom, size.width(), size.height()));
      x += size.width() + 24;
      rowHeight = Math.max(rowHeight, size.height());
    }
  }
}
