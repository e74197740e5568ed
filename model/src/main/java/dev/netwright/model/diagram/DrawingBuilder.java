package dev.netwright.model.diagram;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.diagram.route.ConnectorRequest;
import dev.netwright.model.diagram.route.ConnectorRouter;
import dev.netwright.model.diagram.route.Obstacle;
import dev.netwright.model.diagram.route.RoutedConnector;
import dev.netwright.model.layout.Lanes;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the drawing of a document: Region ▸ VPC ▸ Availability Zone column ▸ subnet, with NAT
 * gateways and interface endpoints drawn inside the subnets they occupy (an endpoint once per
 * subnet), every other element where the layout puts it, each box at least as big as its text
 * needs, and the connections routed around the boxes they do not connect.
 */
public final class DrawingBuilder {
  /** Space kept inside a VPC's box around what it holds. */
  public static final double VPC_PAD = 16;
  /** Space inside a zone column around its subnets. */
  public static final double COLUMN_PAD = 10;
  /** Height of a zone column's title, above its first subnet. */
  public static final double COLUMN_HEADER = 24;
  /** Space inside a region's box around its VPCs, and the height of its title. */
  public static final double REGION_PAD = 20;
  public static final double REGION_HEADER = 30;

  private final Topology topology;
  private final Layout layout;
  private final DrawingOptions options;
  private final TextMetrics metrics;
  private final List<DrawnBox> boxes = new ArrayList<>();
  /** The key of the first place each element is drawn in. */
  private final Map<ElementId, String> placeOf = new HashMap<>();
  private final Map<ElementId, List<Element>> residentsOf = new HashMap<>();
  private final Map<ElementId, List<Element>> contentsOf = new HashMap<>();
  private final Map<ElementId, List<Subnet>> subnetsOf = new HashMap<>();
  /** The VPCs kept from the last drawing, when there is one to draw again only what changed (else null). */
  private final VpcBlocks kept;
  private Map<ElementId, VpcBlocks.Block> lastBlocks = Map.of();
  /** The elements of each VPC, in the topology's order (only when VPCs are kept). */
  private final Map<ElementId, List<Element>> membersOf = new HashMap<>();
  /** The first places recorded while a VPC is drawn, to be kept with it (else null). */
  private List<VpcBlocks.Placed> recording;

  private DrawingBuilder(Document document, DrawingOptions options, TextMetrics metrics, VpcBlocks kept) {
    this.topology = document.topology();
    this.layout = document.layout();
    this.options = options;
    this.metrics = metrics;
    this.kept = kept;
  }

  /** The drawing of a document, its connections routed by {@code router}. */
  public static Drawing draw(Document document, DrawingOptions options, TextMetrics metrics, ConnectorRouter router) {
    return draw(document, options, metrics, router, null);
  }

  /**
   * The drawing of a document, taking again from {@code kept} the VPCs that are as they were in the
   * last drawing made with it (see {@link VpcBlocks}), and keeping this drawing's VPCs there for
   * the next; the same drawing as one made from scratch. A null {@code kept} draws every VPC.
   */
  public static Drawing draw(Document document, DrawingOptions options, TextMetrics metrics, ConnectorRouter router,
      VpcBlocks kept) {
    DrawingBuilder builder = new DrawingBuilder(document, options, metrics, kept);
    builder.gather();
    if (kept != null) {
      builder.lastBlocks = kept.begin(builder.members(), metrics);
    }
    builder.drawRegions();
    builder.drawLoose();
    return new Drawing(builder.boxes, builder.connect(router));
  }

  /** The drawing with every line, by a router of its own: what the {@code diagram} command draws. */
  public static Drawing draw(Document document) {
    TextMetrics metrics = DejaVuMetrics.get();
    return draw(document, DrawingOptions.ALL_LINES, metrics, new ConnectorRouter(metrics));
  }

  private void gather() {
    for (Element element : topology.elements()) {
      if (element instanceof NatGateway nat) {
        residentsOf.computeIfAbsent(nat.subnetId(), key -> new ArrayList<>()).add(nat);
      } else if (element instanceof InterfaceEndpoint endpoint && !endpoint.subnetIds().isEmpty()) {
        for (ElementId subnet : endpoint.subnetIds()) {
          residentsOf.computeIfAbsent(subnet, key -> new ArrayList<>()).add(endpoint);
        }
      } else if (element instanceof ResolverEndpoint resolver && !resolver.subnetIds().isEmpty()) {
        for (ElementId subnet : resolver.subnetIds()) {
          residentsOf.computeIfAbsent(subnet, key -> new ArrayList<>()).add(resolver);
        }
      } else if (element instanceof Subnet subnet) {
        subnetsOf.computeIfAbsent(subnet.vpcId(), key -> new ArrayList<>()).add(subnet);
      } else if (element instanceof NetworkAcl || element instanceof Workload || element instanceof TransitGatewayRouteTable) {
        // drawn as chips on their subnets (a transit gateway's route tables: on the gateway), never as boxes of their own
        continue;
      } else if (!(element instanceof Vpc)) {
        topology.vpcOf(element.id()).ifPresent(vpc -> contentsOf.computeIfAbsent(vpc, key -> new ArrayList<>()).add(element));
      }
    }
    // the order the layout gives them, so that an element's bounds are its first place
    residentsOf.values().forEach(list -> list.sort(Comparator.comparing(Element::kind).thenComparing(Element::id)));
  }

  /**
   * Sorts every element into its VPC ({@link #membersOf}) and returns what VPCs read across their
   * borders: the elements in no VPC, and those that refer to another VPC's elements with what they
   * refer to, in the topology's order.
   */
  private List<Element> members() {
    Map<ElementId, ElementId> vpcs = new HashMap<>();
    for (Element element : topology.elements()) {
      Optional<ElementId> vpc = topology.vpcOf(element.id());
      if (vpc.isPresent()) {
        vpcs.put(element.id(), vpc.get());
      }
    }
    java.util.Set<ElementId> crossing = new java.util.HashSet<>();
    List<Element> shared = new ArrayList<>();
    for (Element element : topology.elements()) {
      ElementId vpc = vpcs.get(element.id());
      if (vpc == null) {
        shared.add(element);
        continue;
      }
      membersOf.computeIfAbsent(vpc, key -> new ArrayList<>()).add(element);
      for (ElementId reference : element.references()) {
        ElementId other = vpcs.get(reference);
        if (other != null && !other.equals(vpc)) {
          crossing.add(element.id());
          crossing.add(reference);
        }
      }
    }
    if (!crossing.isEmpty()) {
      shared.clear();
      for (Element element : topology.elements()) {
        if (!vpcs.containsKey(element.id()) || crossing.contains(element.id())) {
          shared.add(element);
        }
      }
    }
    return shared;
  }

  private void drawRegions() {
    Map<Region, List<Vpc>> byRegion = new TreeMap<>();
    for (Vpc vpc : topology.vpcs()) {
      if (layout.find(vpc.id()).isPresent()) {
        byRegion.computeIfAbsent(vpc.region(), key -> new ArrayList<>()).add(vpc);
      }
    }
    byRegion.forEach((region, vpcs) -> {
      String regionKey = "region/" + region.name();
      int regionAt = boxes.size();
      Box extent = null;
      for (Vpc vpc : vpcs) {
        extent = union(extent, drawVpc(vpc, regionKey));
      }
      for (PeeringConnection peering : topology.peeringConnections()) {
        Optional<Bounds> bounds = layout.find(peering.id());
        if (bounds.isPresent() && inRegion(peering, region)) {
          extent = union(extent, drawNode(peering, bounds.get(), regionKey));
        }
      }
      for (Element element : RegionalElements.of(topology, region)) {
        Optional<Bounds> bounds = layout.find(element.id());
        if (bounds.isPresent()) {
          extent = union(extent, drawNode(element, bounds.get(), regionKey));
        }
      }
      Box box = new Box(extent.x() - REGION_PAD, extent.y() - REGION_PAD - REGION_HEADER, extent.width() + 2 * REGION_PAD,
          extent.height() + 2 * REGION_PAD + REGION_HEADER);
      boxes.add(regionAt, regionBox(regionKey, region, box));
    });
  }

  private boolean inRegion(PeeringConnection peering, Region region) {
    return topology.find(peering.requesterVpcId(), Vpc.class).map(vpc -> vpc.region().equals(region)).orElse(false)
        && topology.find(peering.accepterVpcId(), Vpc.class).map(vpc -> vpc.region().equals(region)).orElse(false);
  }

  private DrawnBox regionBox(String key, Region region, Box box) {
    TextRun title = new TextRun(region.name(), box.x() + 12, box.y() + 8 + Face.baseline(12, metrics), 12, true,
        DiagramColors.REGION, true);
    TextRun kind = new TextRun("Region", box.x() + 20 + metrics.width(region.name(), 12, true),
        box.y() + 8 + Face.baseline(12, metrics), 11, false, DiagramColors.MUTED_TEXT, false);
    BoxStyle style = new BoxStyle(null, DiagramColors.REGION, 1.2, true, 0, null);
    return new DrawnBox(key, key, "region", null, box, style, null, List.of(title, kind), List.of());
  }

  /** Draws a VPC and what it holds, or takes it as the last drawing drew it when nothing it shows changed; returns its box. */
  private Box drawVpc(Vpc vpc, String regionKey) {
    if (kept == null) {
      return drawVpcAnew(vpc, regionKey);
    }
    List<Element> members = membersOf.getOrDefault(vpc.id(), List.of());
    boolean dropLane = vpc.id().equals(options.dropLaneVpc());
    VpcBlocks.Block last = lastBlocks.get(vpc.id());
    if (last != null && last.vpc() == vpc && last.dropLane() == dropLane && last.regionKey().equals(regionKey)
        && VpcBlocks.sameInstances(last.members(), members) && samePlaces(last.places(), members)) {
      boxes.addAll(last.boxes());
      for (VpcBlocks.Placed placed : last.placed()) {
        if (placed.ifAbsent()) {
          placeOf.putIfAbsent(placed.id(), placed.key());
        } else {
          placeOf.put(placed.id(), placed.key());
        }
      }
      kept.keep(vpc.id(), last, true);
      return last.box();
    }
    int at = boxes.size();
    recording = new ArrayList<>();
    Box box = drawVpcAnew(vpc, regionKey);
    List<Bounds> places = new ArrayList<>(members.size());
    for (Element member : members) {
      places.add(layout.find(member.id()).orElse(null));
    }
    kept.keep(vpc.id(), new VpcBlocks.Block(vpc, members, places, regionKey, dropLane, List.copyOf(boxes.subList(at,
        boxes.size())), List.copyOf(recording), box), false);
    recording = null;
    return box;
  }

  private boolean samePlaces(List<Bounds> places, List<Element> members) {
    for (int i = 0; i < members.size(); i++) {
      if (!java.util.Objects.equals(places.get(i), layout.find(members.get(i).id()).orElse(null))) {
        return false;
      }
    }
    return true;
  }

  /** Records an element's first place (and the VPC being drawn keeps it). */
  private void place(ElementId id, String key, boolean ifAbsent) {
    if (ifAbsent) {
      placeOf.putIfAbsent(id, key);
    } else {
      placeOf.put(id, key);
    }
    if (recording != null) {
      recording.add(new VpcBlocks.Placed(id, key, ifAbsent));
    }
  }

  private Box drawVpcAnew(Vpc vpc, String regionKey) {
    Bounds stored = layout.find(vpc.id()).orElseThrow();
    String key = vpc.id().value();
    place(vpc.id(), key, false);
    int vpcAt = boxes.size();
    Face face = Captions.of(vpc, topology);
    double headerWidth = Math.max(stored.width(), face.width(metrics));
    double header = face.height(headerWidth, metrics);
    Box extent = new Box(stored.x(), stored.y(), headerWidth, Math.max(stored.height(), header));
    extent = union(extent, drawColumns(vpc, key, stored.y() + header));
    for (Element element : contentsOf.getOrDefault(vpc.id(), List.of())) {
      Optional<Bounds> bounds = layout.find(element.id());
      if (bounds.isPresent()) {
        extent = union(extent, drawNode(element, bounds.get(), key));
      }
    }
    Box box = new Box(stored.x(), stored.y(), Math.max(stored.maxX(), extent.maxX() + VPC_PAD) - stored.x(),
        Math.max(stored.maxY(), extent.maxY() + VPC_PAD) - stored.y());
    DrawnBox top = face.draw(key, key, regionKey, new Box(box.x(), box.y(), box.width(), header), vpcStyle(vpc), metrics);
    boxes.add(vpcAt, new DrawnBox(key, key, top.kind(), regionKey, box, top.style(), top.icon(), top.texts(), top.chips()));
    return box;
  }

  private static BoxStyle vpcStyle(Vpc vpc) {
    Tint accent = DiagramColors.accent(vpc.kind());
    // an external VPC (another account's or region's peer, read-only) is drawn dashed
    return new BoxStyle(DiagramColors.fill(vpc.kind()).mix(Tint.WHITE, 0.5), accent, 2, vpc.external(), 14, null);
  }

  /** The zone columns of a VPC and their subnets; returns the box around them, null when there are none. */
  private Box drawColumns(Vpc vpc, String vpcKey, double top) {
    Map<AvailabilityZone, List<Subnet>> byZone = new TreeMap<>();
    for (Subnet subnet : subnetsOf.getOrDefault(vpc.id(), List.of())) {
      if (layout.find(subnet.id()).isPresent()) {
        byZone.computeIfAbsent(subnet.zone(), key -> new ArrayList<>()).add(subnet);
      }
    }
    Map<AvailabilityZone, List<SubnetFace>> plans = new LinkedHashMap<>();
    double bottom = top + COLUMN_HEADER;
    double columnsTop = top;
    for (Map.Entry<AvailabilityZone, List<Subnet>> zone : byZone.entrySet()) {
      List<SubnetFace> planned = new ArrayList<>();
      for (Subnet subnet : zone.getValue()) {
        SubnetFace plan = plan(subnet);
        planned.add(plan);
        bottom = Math.max(bottom, plan.box().maxY());
        columnsTop = Math.min(columnsTop, plan.box().y() - COLUMN_HEADER);
      }
      planned.sort(Comparator.comparingDouble(plan -> plan.box().y()));
      plans.put(zone.getKey(), planned);
    }
    Box extent = null;
    double lastRight = -Double.MAX_VALUE;
    for (Map.Entry<AvailabilityZone, List<SubnetFace>> zone : plans.entrySet()) {
      double left = zone.getValue().stream().mapToDouble(plan -> plan.box().x()).min().orElseThrow() - COLUMN_PAD;
      double right = zone.getValue().stream().mapToDouble(plan -> plan.box().maxX()).max().orElseThrow() + COLUMN_PAD;
      Box column = new Box(left, columnsTop, right - left, bottom + COLUMN_PAD - columnsTop);
      String columnKey = vpcKey + "/" + zone.getKey().name();
      boxes.add(columnBox(columnKey, vpcKey, zone.getKey().name(), column, false));
      for (SubnetFace plan : zone.getValue()) {
        drawSubnet(plan, columnKey);
      }
      extent = union(extent, column);
      lastRight = Math.max(lastRight, column.maxX());
    }
    if (vpc.id().equals(options.dropLaneVpc())) {
      AvailabilityZone next = Lanes.nextZone(vpc.region(), plans.keySet());
      double left = plans.isEmpty() ? layout.find(vpc.id()).orElseThrow().x() + VPC_PAD : lastRight + COLUMN_PAD;
      Box column = new Box(left, columnsTop, SubnetFace.MIN_WIDTH + 2 * COLUMN_PAD,
          Math.max(bottom + COLUMN_PAD - columnsTop, 120));
      boxes.add(columnBox(vpcKey + "/" + next.name(), vpcKey, next.name() + " (new zone)", column, true));
      extent = union(extent, column);
    }
    return extent;
  }

  private DrawnBox columnBox(String key, String vpcKey, String name, Box box, boolean dropLane) {
    Tint zone = DiagramColors.ZONE;
    TextRun title = new TextRun(name, box.x() + 8, box.y() + 5 + Face.baseline(11, metrics), 11, true, zone, true);
    BoxStyle style = new BoxStyle(dropLane ? zone.withOpacity(0.08) : null, zone.withOpacity(0.7), 1, true, 8, null);
    return new DrawnBox(key, key, "availability-zone", vpcKey, box, style, null, List.of(title), List.of());
  }

  private SubnetFace plan(Subnet subnet) {
    Bounds stored = layout.find(subnet.id()).orElseThrow();
    return new SubnetFace(subnet, topology, residentsOf.getOrDefault(subnet.id(), List.of()),
        new Box(stored.x(), stored.y(), stored.width(), stored.height()), metrics);
  }

  private void drawSubnet(SubnetFace plan, String columnKey) {
    Subnet subnet = plan.subnet();
    String key = subnet.id().value();
    place(subnet.id(), key, false);
    SubnetExposure exposure = SubnetExposure.of(topology, subnet);
    BoxStyle style = new BoxStyle(Captions.fill(exposure), Captions.tag(exposure), 1.5, false, 10, null);
    Box box = plan.box();
    DrawnBox top = plan.face().draw(key, key, columnKey, new Box(box.x(), box.y(), box.width(), plan.header()), style, metrics);
    boxes.add(new DrawnBox(key, key, top.kind(), columnKey, box, style, top.icon(), top.texts(), top.chips()));
    for (int i = 0; i < plan.residents().size(); i++) {
      Element resident = plan.residents().get(i);
      String residentKey = resident.id().value() + "@" + key;
      place(resident.id(), residentKey, true);
      boxes.add(plan.residentFaces().get(i).draw(residentKey, resident.id().value(), key, plan.residentBoxes().get(i),
          nodeStyle(resident), metrics));
    }
    BoxStyle itemStyle = nodeStyle(dev.netwright.model.topology.ElementKind.WORKLOAD, 6);
    for (int i = 0; i < plan.items().size(); i++) {
      InsideSubnet.Item item = plan.items().get(i);
      String itemKey = item.isGroup() ? WorkloadGroup.key(subnet.id(), item.groupType()) : item.members().get(0).value() + "@" + key;
      String itemId = item.isGroup() ? itemKey : item.members().get(0).value();
      DrawnBox drawn = item.face().draw(itemKey, itemId, key, plan.itemBoxes().get(i), itemStyle, metrics);
      boxes.add(item.isGroup() ? new DrawnBox(itemKey, itemId, WorkloadGroup.KIND, key, drawn.box(), drawn.style(), drawn.icon(),
          drawn.texts(), drawn.chips()) : drawn);
      if (!item.isGroup()) {
        place(item.members().get(0), itemKey, true);
      }
    }
  }

  /** Draws an element in a box of its own, grown to fit its text; returns the box. */
  private Box drawNode(Element element, Bounds stored, String parentKey) {
    Face face = Captions.of(element, topology);
    double width = Math.max(stored.width(), face.width(metrics));
    double height = Math.max(stored.height(), face.height(width, metrics));
    Box box = new Box(stored.x(), stored.y(), width, height);
    String key = element.id().value();
    place(element.id(), key, false);
    boxes.add(face.draw(key, key, parentKey, box, nodeStyle(element), metrics));
    return box;
  }

  private static BoxStyle nodeStyle(Element element) {
    return nodeStyle(element.kind(), 10);
  }

  private static BoxStyle nodeStyle(dev.netwright.model.topology.ElementKind kind, double radius) {
    Tint accent = DiagramColors.accent(kind);
    return new BoxStyle(Tint.WHITE, accent, 1.5, false, radius, accent);
  }

  /** Elements outside every VPC (opaque resources, peerings across regions) where the layout puts them. */
  private void drawLoose() {
    for (Element element : topology.elements()) {
      if (placeOf.containsKey(element.id()) || element instanceof Vpc || element instanceof Subnet
          || element instanceof NatGateway || element instanceof InterfaceEndpoint endpoint && !endpoint.subnetIds().isEmpty()
          || element instanceof ResolverEndpoint resolver && !resolver.subnetIds().isEmpty()
          || element instanceof NetworkAcl || element instanceof Workload || element instanceof TransitGatewayRouteTable) {
        continue;
      }
      if (topology.vpcOf(element.id()).map(vpc -> !placeOf.containsKey(vpc)).orElse(false)) {
        continue;
      }
      layout.find(element.id()).ifPresent(bounds -> drawNode(element, bounds, null));
    }
  }

  private List<DrawnConnector> connect(ConnectorRouter router) {
    List<Obstacle> obstacles = new ArrayList<>(boxes.size());
    for (DrawnBox box : boxes) {
      obstacles.add(new Obstacle(box.key(), box.parentKey(), box.box()));
    }
    List<Connections.Wanted> wanted = Connections.of(topology, options);
    List<ConnectorRequest> requests = new ArrayList<>();
    Map<String, Connections.Wanted> byRequest = new HashMap<>();
    Map<String, Integer> sameEnds = new HashMap<>();
    for (Connections.Wanted line : wanted) {
      String from = placeOf.get(line.from());
      String to = placeOf.get(line.to());
      if (from == null || to == null) {
        continue;
      }
      // named by its kind and ends (and how many such lines came before), never by its place in the
      // list: adding or removing another line leaves the router's ids, and so what it kept, as they were
      String ends = line.kind().slug() + ":" + line.from().value() + ">" + line.to().value();
      String id = ends + "#" + sameEnds.merge(ends, 1, Integer::sum);
      requests.add(new ConnectorRequest(id, from, to, line.label()));
      byRequest.put(id, line);
    }
    List<DrawnConnector> connectors = new ArrayList<>();
    for (RoutedConnector routed : router.route(obstacles, requests)) {
      Connections.Wanted line = byRequest.get(routed.id());
      connectors.add(new DrawnConnector(line.from().value(), line.to().value(), line.kind(), line.label(), routed.points(),
          routed.label()));
    }
    return connectors;
  }

  private static Box union(Box a, Box b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    double x = Math.min(a.x(), b.x());
    double y = Math.min(a.y(), b.y());
    return new Box(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
  }
}
