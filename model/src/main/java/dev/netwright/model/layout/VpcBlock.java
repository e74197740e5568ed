package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.diagram.NodeSize;
import dev.netwright.model.diagram.SubnetExposure;
import dev.netwright.model.diagram.SubnetFace;
import dev.netwright.model.diagram.TextMetrics;
import dev.netwright.model.diagram.route.Box;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One VPC laid out as in AWS's reference diagrams, with its top-left corner at (0, 0): the header
 * with the internet gateway at its right; one column per Availability Zone in use, subnets public
 * first, each as big as its text and the NAT gateways and endpoint interfaces inside it; VPN
 * gateways on the left border (towards the on-premises network), gateway endpoints on the right
 * border (towards the AWS services); route tables under the columns of the subnets that use
 * them, then security groups and the rest. Gaps between columns leave room for the lines.
 */
final class VpcBlock {
  static final double PAD = DrawingBuilder.VPC_PAD;
  static final double COLUMN_PAD = DrawingBuilder.COLUMN_PAD;
  static final double COLUMN_GAP = 56;
  static final double SUBNET_GAP = 18;
  static final double BAND_GAP = 48;
  static final double NODE_GAP = 28;
  static final double MIN_BAND_WIDTH = 520;

  private final Vpc vpc;
  private final Topology topology;
  private final TextMetrics metrics;
  private final List<Element> contents;
  private final Map<ElementId, Bounds> placed = new LinkedHashMap<>();
  private double width;
  private double height;

  VpcBlock(Vpc vpc, Topology topology, List<Element> contents, TextMetrics metrics) {
    this.vpc = vpc;
    this.topology = topology;
    this.contents = contents;
    this.metrics = metrics;
    layOut();
  }

  /** Every element of the VPC and the VPC itself, relative to the VPC's top-left corner. */
  Map<ElementId, Bounds> placed() {
    return placed;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }

  private <T extends Element> List<T> of(Class<T> type) {
    return contents.stream().filter(type::isInstance).map(type::cast).sorted(Comparator.comparing(Element::id)).toList();
  }

  private void layOut() {
    Box header = NodeSize.header(vpc, topology, metrics);
    List<InternetGateway> gateways = of(InternetGateway.class);
    List<Box> gatewaySizes = gateways.stream().map(g -> NodeSize.of(g, topology, metrics)).toList();
    double gatewaysWidth = gatewaySizes.stream().mapToDouble(b -> b.width() + NODE_GAP).sum();
    double gatewaysHeight = gatewaySizes.stream().mapToDouble(Box::height).max().orElse(0);
    double top = Math.max(header.height(), gatewaysHeight + 2 * 8) + 8;
    double columnTop = top + DrawingBuilder.COLUMN_HEADER;

    double x = PAD;
    double railBottom = columnTop;
    List<VpnGateway> vpns = of(VpnGateway.class);
    if (!vpns.isEmpty()) {
      double railWidth = 0;
      double y = columnTop;
      for (VpnGateway vpn : vpns) {
        Box size = NodeSize.of(vpn, topology, metrics);
        placed.put(vpn.id(), new Bounds(x, y, size.width(), size.height()));
        y += size.height() + NODE_GAP;
        railWidth = Math.max(railWidth, size.width());
      }
      railBottom = Math.max(railBottom, y);
      x += railWidth + COLUMN_GAP;
    }
    Map<ElementId, Double> columnCenter = new HashMap<>();
    double columnsBottom = top;
    double columnsLeft = x;
    for (Map.Entry<AvailabilityZone, List<Subnet>> zone : subnetsByZone().entrySet()) {
      double left = x + COLUMN_PAD;
      double columnWidth = 0;
      // each subnet's texts are measured once: the column is as wide as its widest subnet
      List<SubnetFace> measured = new ArrayList<>(zone.getValue().size());
      for (Subnet subnet : zone.getValue()) {
        SubnetFace face = face(subnet, new Box(0, 0, 0, 0));
        measured.add(face);
        columnWidth = Math.max(columnWidth, face.box().width());
      }
      double y = columnTop;
      for (SubnetFace column : measured) {
        Subnet subnet = column.subnet();
        SubnetFace face = column.at(new Box(left, y, columnWidth, 0), metrics);
        placed.put(subnet.id(), bounds(face.box()));
        placeResidents(face);
        columnCenter.put(subnet.id(), left + columnWidth / 2);
        y = face.box().maxY() + SUBNET_GAP;
      }
      columnsBottom = Math.max(columnsBottom, y - SUBNET_GAP + COLUMN_PAD);
      x = left + columnWidth + COLUMN_PAD + COLUMN_GAP;
    }
    double columnsRight = x - COLUMN_GAP;
    List<GatewayEndpoint> endpoints = of(GatewayEndpoint.class);
    double right = Math.max(columnsRight, columnsLeft);
    if (!endpoints.isEmpty()) {
      double y = columnTop;
      double railX = right + (columnCenter.isEmpty() ? 0 : COLUMN_GAP);
      for (GatewayEndpoint endpoint : endpoints) {
        Box size = NodeSize.of(endpoint, topology, metrics);
        placed.put(endpoint.id(), new Bounds(railX, y, size.width(), size.height()));
        y += size.height() + NODE_GAP;
        right = Math.max(right, railX + size.width());
      }
      railBottom = Math.max(railBottom, y - NODE_GAP);
    }
    double bandTop = Math.max(columnsBottom, railBottom) + (columnCenter.isEmpty() && endpoints.isEmpty() && vpns.isEmpty()
        ? 0 : BAND_GAP);
    double bandRight = placeBand(bandTop, Math.max(right, PAD + MIN_BAND_WIDTH), columnCenter);
    width = Math.max(Math.max(right, bandRight) + PAD, PAD + header.width() + NODE_GAP + gatewaysWidth + PAD);
    double gatewayX = width - PAD - gatewaysWidth + NODE_GAP;
    for (int i = 0; i < gateways.size(); i++) {
      Box size = gatewaySizes.get(i);
      placed.put(gateways.get(i).id(), new Bounds(gatewayX, 8, size.width(), size.height()));
      gatewayX += size.width() + NODE_GAP;
    }
    double bottom = bandTop;
    for (Bounds bounds : placed.values()) {
      bottom = Math.max(bottom, bounds.maxY());
    }
    bottom = placeAttachments(bottom);
    height = bottom + PAD + 8;
    placed.put(vpc.id(), new Bounds(0, 0, width, height));
  }

  /**
   * Transit gateway attachments on the VPC's bottom border, side by side and centred (towards the
   * transit gateway, drawn under the VPCs); returns the new bottom of what is placed.
   */
  private double placeAttachments(double bottom) {
    List<TransitGatewayVpcAttachment> attachments = of(TransitGatewayVpcAttachment.class);
    if (attachments.isEmpty()) {
      return bottom;
    }
    List<Box> sizes = attachments.stream().map(a -> NodeSize.of(a, topology, metrics)).toList();
    double total = sizes.stream().mapToDouble(size -> size.width() + NODE_GAP).sum() - NODE_GAP;
    width = Math.max(width, total + 2 * PAD);
    double x = Math.max(PAD, (width - total) / 2);
    double y = bottom + NODE_GAP;
    double rowBottom = y;
    for (int i = 0; i < attachments.size(); i++) {
      Box size = sizes.get(i);
      placed.put(attachments.get(i).id(), new Bounds(x, y, size.width(), size.height()));
      x += size.width() + NODE_GAP;
      rowBottom = Math.max(rowBottom, y + size.height());
    }
    return rowBottom;
  }

  private SubnetFace face(Subnet subnet, Box wanted) {
    return new SubnetFace(subnet, topology, residentsOf(subnet), wanted, metrics);
  }

  /** The NAT gateways and interface endpoints drawn in a subnet, by kind and id. */
  private List<Element> residentsOf(Subnet subnet) {
    List<Element> residents = new ArrayList<>();
    for (Element element : contents) {
      if (element instanceof NatGateway nat && nat.subnetId().equals(subnet.id())
          || element instanceof InterfaceEndpoint endpoint && endpoint.subnetIds().contains(subnet.id())
          || element instanceof ResolverEndpoint resolver && resolver.subnetIds().contains(subnet.id())) {
        residents.add(element);
      }
    }
    residents.sort(Comparator.comparing(Element::kind).thenComparing(Element::id));
    return residents;
  }

  private void placeResidents(SubnetFace face) {
    // NAT gateways and interface endpoints are drawn in their subnets; their bounds say where
    // they are first drawn so that a selection rectangle and a click find them there
    List<Box> boxes = face.residentBoxes();
    List<Element> residents = face.residents();
    for (int i = 0; i < residents.size(); i++) {
      placed.putIfAbsent(residents.get(i).id(), bounds(boxes.get(i)));
    }
  }

  private Map<AvailabilityZone, List<Subnet>> subnetsByZone() {
    Map<AvailabilityZone, List<Subnet>> byZone = new TreeMap<>();
    for (Subnet subnet : of(Subnet.class)) {
      byZone.computeIfAbsent(subnet.zone(), key -> new ArrayList<>()).add(subnet);
    }
    Comparator<Subnet> publicFirst = Comparator.comparing((Subnet s) -> SubnetExposure.of(topology, s)).thenComparing(Subnet::cidr)
        .thenComparing(Subnet::id);
    byZone.values().forEach(list -> list.sort(publicFirst));
    return byZone;
  }

  /** Lays out the band under the columns; returns its right edge. */
  private double placeBand(double top, double right, Map<ElementId, Double> columnCenter) {
    List<Element> band = new ArrayList<>();
    List<RouteTable> tables = new ArrayList<>(of(RouteTable.class));
    Map<ElementId, Double> wantedX = new HashMap<>();
    for (RouteTable table : tables) {
      double sum = 0;
      int count = 0;
      for (ElementId subnet : table.subnetIds()) {
        if (columnCenter.containsKey(subnet)) {
          sum += columnCenter.get(subnet);
          count++;
        }
      }
      wantedX.put(table.id(), count == 0 ? Double.MAX_VALUE : sum / count);
    }
    tables.sort(Comparator.comparing((RouteTable t) -> wantedX.get(t.id())).thenComparing(RouteTable::id));
    band.addAll(tables);
    for (Element element : contents) {
      if (element instanceof InterfaceEndpoint endpoint && endpoint.subnetIds().isEmpty()) {
        band.add(element);
      }
    }
    band.addAll(of(dev.netwright.model.topology.SecurityGroup.class));
    band.addAll(of(dev.netwright.model.topology.OpaqueResource.class));
    of(ResolverEndpoint.class).stream().filter(resolver -> resolver.subnetIds().isEmpty()).forEach(band::add);
    double x = PAD;
    double y = top;
    double rowHeight = 0;
    double maxRight = PAD;
    boolean tablesRow = true;
    for (Element element : band) {
      Box size = NodeSize.of(element, topology, metrics);
      double wanted = wantedX.getOrDefault(element.id(), Double.MAX_VALUE);
      if (tablesRow && !(element instanceof RouteTable)) {
        // security groups and the rest start a row of their own under the route tables
        tablesRow = false;
        if (x > PAD) {
          x = PAD;
          y += rowHeight + NODE_GAP;
          rowHeight = 0;
        }
      }
      if (wanted != Double.MAX_VALUE) {
        x = Math.max(x, wanted - size.width() / 2);
      }
      // route tables stay in one row under their columns (the box widens for them); the rest wraps
      if (!tablesRow && x + size.width() > right && x > PAD) {
        x = PAD;
        y += rowHeight + NODE_GAP;
        rowHeight = 0;
      }
      placed.put(element.id(), new Bounds(x, y, size.width(), size.height()));
      maxRight = Math.max(maxRight, x + size.width());
      x += size.width() + NODE_GAP;
      rowHeight = Math.max(rowHeight, size.height());
    }
    return maxRight;
  }

  private static Bounds bounds(Box box) {
    return new Bounds(box.x(), box.y(), box.width(), box.height());
  }
}
