package dev.netwright.app.ui.canvas;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.layout.Lane;
import dev.netwright.model.layout.Lanes;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.edit.ElementIds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import java.util.Optional;

/**
 * What dropping a kind from the palette at a point makes: a new element with sensible defaults
 * (a free CIDR block, the zone of the lane it was dropped in, the VPC it was dropped on) and
 * where it is drawn. A drop that cannot work (a subnet outside any VPC) is refused with a
 * {@link NetwrightException} whose message is the hint the canvas shows.
 */
public record NewElement(Element element, Bounds bounds) {

  public static NewElement at(ElementKind kind, double x, double y, Diagram diagram) {
    Document document = diagram.document();
    Topology topology = document.topology();
    ElementId id = ElementIds.next(topology, kind);
    String name = id.value();
    switch (kind) {
      case VPC:
        return new NewElement(new Vpc(id, name, List.of(freeVpcBlock(topology)), true, true, document.region()),
            new Bounds(Geometry.snap(x), Geometry.snap(y), Geometry.VPC_WIDTH, Geometry.VPC_HEIGHT));
      case SUBNET:
        return subnet(id, name, x, y, diagram);
      case NAT_GATEWAY:
        return nat(id, name, x, y, diagram);
      case OPAQUE:
        return new NewElement(new OpaqueResource(id, name, "AWS::EC2::Instance", "{}"),
            new Bounds(Geometry.snap(x - Geometry.NODE_WIDTH / 2), Geometry.snap(y - Geometry.NODE_HEIGHT / 2),
                Geometry.NODE_WIDTH, Geometry.NODE_HEIGHT));
      case TRANSIT_GATEWAY:
      case HOSTED_ZONE:
        return TransitWiring.newElement(kind, id, name, x, y, diagram);
      case PEERING:
        throw new NetwrightException("A peering joins two VPCs: pick the Connect tool and drag from one VPC to the other");
      default:
        return inVpc(kind, id, name, x, y, diagram);
    }
  }

  private static NewElement subnet(ElementId id, String name, double x, double y, Diagram diagram) {
    VpcView vpc = diagram.viewAt(x, y, VpcView.class).orElseThrow(() -> new NetwrightException(
        "A subnet goes inside a VPC: drop it into one of a VPC's zone columns"));
    Document document = diagram.document();
    Topology topology = document.topology();
    AvailabilityZone zone = Lanes.zoneAt(topology, document.layout(), vpc.id(), x, y).orElseThrow();
    Optional<Lane> lane = Lanes.laneOf(topology, document.layout(), vpc.id(), zone);
    Bounds b = vpc.bounds();
    double left = lane.map(column -> column.bounds().x() + DrawingBuilder.COLUMN_PAD)
        .orElse(clamp(x - Geometry.SUBNET_WIDTH / 2, b.x() + Geometry.VPC_PADDING, b.maxX() - Geometry.SUBNET_WIDTH));
    double top = clamp(y - Geometry.SUBNET_HEIGHT / 2, b.y() + 60, b.maxY() - Geometry.SUBNET_HEIGHT);
    Cidr block = freeSubnetBlock(topology, vpc.vpc());
    Bounds box = freeSpot(diagram, new Bounds(Geometry.snap(left), Geometry.snap(top), Geometry.SUBNET_WIDTH,
        Geometry.SUBNET_HEIGHT), b, ElementView.LAYER_SUBNET);
    return new NewElement(new Subnet(id, name, vpc.id(), block, zone), box);
  }

  private static NewElement nat(ElementId id, String name, double x, double y, Diagram diagram) {
    SubnetView subnet = diagram.viewAt(x, y, SubnetView.class).orElseThrow(() -> new NetwrightException(
        "A NAT gateway lives in a subnet: drop it onto one (a public subnet, for a public NAT gateway)"));
    Bounds b = subnet.bounds();
    // drawn in its subnet, under the subnet's own text; the bounds say where it is first drawn
    Bounds box = new Bounds(b.x() + 6, b.y() + b.height() / 2, Geometry.NODE_WIDTH, Geometry.NODE_HEIGHT);
    return new NewElement(new NatGateway(id, name, subnet.id(), true, ""), box);
  }

  private static NewElement inVpc(ElementKind kind, ElementId id, String name, double x, double y, Diagram diagram) {
    VpcView vpc = diagram.viewAt(x, y, VpcView.class).orElseThrow(() -> new NetwrightException(
        "A " + kind.label().toLowerCase() + " belongs to a VPC: drop it onto one"));
    Topology topology = diagram.document().topology();
    Bounds b = vpc.bounds();
    double left = clamp(x - Geometry.NODE_WIDTH / 2, b.x() + Geometry.VPC_PADDING,
        b.maxX() - Geometry.VPC_PADDING - Geometry.NODE_WIDTH);
    Element element;
    double top;
    if (kind == ElementKind.INTERNET_GATEWAY) {
      // on the VPC's top border, in its header
      top = b.y() + 8;
      left = b.maxX() - Geometry.VPC_PADDING - Geometry.NODE_WIDTH;
      element = new InternetGateway(id, name, vpc.id());
    } else {
      top = clamp(y - Geometry.NODE_HEIGHT / 2, b.y() + 60, b.maxY() - Geometry.VPC_PADDING - Geometry.NODE_HEIGHT);
      element = inBand(kind, id, name, vpc, topology);
    }
    Bounds box = freeSpot(diagram, new Bounds(Geometry.snap(left), Geometry.snap(top), Geometry.NODE_WIDTH,
        Geometry.NODE_HEIGHT), b, ElementView.LAYER_SUBNET);
    return new NewElement(element, box);
  }

  private static Element inBand(ElementKind kind, ElementId id, String name, VpcView vpc, Topology topology) {
    Vpc owner = vpc.vpc();
    switch (kind) {
      case ROUTE_TABLE:
        boolean main = topology.mainRouteTable(owner.id()).isEmpty();
        return new RouteTable(id, name, owner.id(), main, List.of(), List.of());
      case GATEWAY_ENDPOINT:
        return new GatewayEndpoint(id, name, owner.id(), ServiceName.full(owner.region(), "s3"), List.of(), "");
      case INTERFACE_ENDPOINT:
        return new InterfaceEndpoint(id, name, owner.id(), ServiceName.full(owner.region(), "ssm"), List.of(), List.of(), true,
            "");
      case SECURITY_GROUP:
        return new SecurityGroup(id, name, owner.id(), "", List.of(), List.of());
      case VPN_GATEWAY:
        return new VpnGateway(id, name, owner.id(), List.of());
      default:
        throw new IllegalArgumentException("not a VPC band element: " + kind);
    }
  }

  /** The box moved right (then down) until it covers no other node, staying inside {@code within} when it can. */
  private static Bounds freeSpot(Diagram diagram, Bounds wanted, Bounds within, int fromLayer) {
    Bounds box = wanted;
    for (int tries = 0; tries < 200; tries++) {
      Optional<ElementView> taken = overlapping(diagram, box, fromLayer);
      if (taken.isEmpty()) {
        return box;
      }
      double nextX = taken.get().bounds().maxX() + Geometry.GAP;
      if (nextX + box.width() > within.maxX() - Geometry.VPC_PADDING) {
        box = new Bounds(within.x() + Geometry.VPC_PADDING, box.y() + box.height() / 2, box.width(), box.height());
      } else {
        box = box.movedTo(Geometry.snap(nextX), box.y());
      }
    }
    return wanted;
  }

  private static Optional<ElementView> overlapping(Diagram diagram, Bounds box, int fromLayer) {
    return diagram.views().stream().filter(view -> view.layer() >= fromLayer && view.layer() != ElementView.LAYER_INNER)
        .filter(view -> view.bounds().intersects(box)).findFirst();
  }

  static Cidr freeVpcBlock(Topology topology) {
    for (int second = 0; second < 256; second++) {
      Cidr candidate = new Cidr((10 << 24) | (second << 16), 16);
      boolean free = topology.vpcs().stream().flatMap(vpc -> vpc.cidrBlocks().stream()).noneMatch(candidate::overlaps);
      if (free) {
        return candidate;
      }
    }
    throw new NetwrightException("every 10.x.0.0/16 block is taken; give the new VPC a block in the inspector");
  }

  static Cidr freeSubnetBlock(Topology topology, Vpc vpc) {
    List<Subnet> taken = topology.inVpc(vpc.id(), Subnet.class);
    for (Cidr block : vpc.cidrBlocks()) {
      int prefix = Math.max(24, block.prefixLength());
      long count = 1L << (prefix - block.prefixLength());
      for (int index = 0; index < count; index++) {
        Cidr candidate = block.subnet(prefix, index);
        if (taken.stream().noneMatch(subnet -> subnet.cidr().overlaps(candidate))) {
          return candidate;
        }
      }
    }
    throw new NetwrightException(vpc.label() + " has no free block left for another subnet; add a CIDR block to it");
  }

  private static double clamp(double value, double min, double max) {
    return max < min ? min : Math.max(min, Math.min(max, value));
  }
}
