package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteCount;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What the box of each kind of element says under its name: one or two lines of detail and the
 * chips that replace lines (the route tables a gateway endpoint is attached to, the security
 * groups of an interface endpoint). A route table lists its routes, so that the route lines are
 * optional.
 */
final class Captions {
  /** Route lines a route table box lists before it says how many more there are. */
  static final int ROUTES_SHOWN = 5;
  static final Tint CHIP_FILL = Tint.of("#eef0f3");

  private static final Map<Class<? extends Element>, BiFunction<Element, Topology, Face>> FACES = new LinkedHashMap<>();

  static {
    FACES.put(Vpc.class, (e, t) -> vpc((Vpc) e, t));
    FACES.put(Subnet.class, (e, t) -> subnet((Subnet) e, t));
    FACES.put(RouteTable.class, (e, t) -> routeTable((RouteTable) e, t));
    FACES.put(InternetGateway.class, (e, t) -> full(e, List.of("internet gateway"), List.of()));
    FACES.put(NatGateway.class, (e, t) -> nat((NatGateway) e));
    FACES.put(GatewayEndpoint.class, (e, t) -> gatewayEndpoint((GatewayEndpoint) e, t));
    FACES.put(InterfaceEndpoint.class, (e, t) -> interfaceEndpoint((InterfaceEndpoint) e, t, Face.Scale.FULL));
    FACES.put(SecurityGroup.class, (e, t) -> full(e, List.of(((SecurityGroup) e).ingress().size() + " in · "
        + ((SecurityGroup) e).egress().size() + " out"), List.of()));
    FACES.put(PeeringConnection.class, (e, t) -> peering((PeeringConnection) e, t));
    FACES.put(VpnGateway.class, (e, t) -> vpn((VpnGateway) e));
    FACES.put(dev.netwright.model.topology.NetworkAcl.class, (e, t) -> full(e, List.of(InsideSubnet.aclDetail(
        (dev.netwright.model.topology.NetworkAcl) e)), List.of()));
    FACES.put(dev.netwright.model.topology.Workload.class, (e, t) -> full(e, List.of(InsideSubnet.workloadDetail(
        (dev.netwright.model.topology.Workload) e)), List.of()));
    FACES.put(dev.netwright.model.topology.TransitGateway.class, (e, t) -> TransitCaptions.transitGateway(
        (dev.netwright.model.topology.TransitGateway) e, t));
    FACES.put(dev.netwright.model.topology.TransitGatewayRouteTable.class, (e, t) -> TransitCaptions.routeTable(
        (dev.netwright.model.topology.TransitGatewayRouteTable) e, t));
    FACES.put(dev.netwright.model.topology.TransitGatewayVpcAttachment.class, (e, t) -> TransitCaptions.vpcAttachment(
        (dev.netwright.model.topology.TransitGatewayVpcAttachment) e, t));
    FACES.put(dev.netwright.model.topology.TransitGatewayVpnAttachment.class, (e, t) -> TransitCaptions.vpnAttachment(
        (dev.netwright.model.topology.TransitGatewayVpnAttachment) e, t));
    FACES.put(dev.netwright.model.topology.TransitGatewayPeeringAttachment.class, (e, t) -> TransitCaptions.peeringAttachment(
        (dev.netwright.model.topology.TransitGatewayPeeringAttachment) e, t));
    FACES.put(dev.netwright.model.topology.HostedZone.class, (e, t) -> TransitCaptions.hostedZone(
        (dev.netwright.model.topology.HostedZone) e, t));
    FACES.put(dev.netwright.model.topology.ResolverEndpoint.class, (e, t) -> TransitCaptions.resolverEndpoint(
        (dev.netwright.model.topology.ResolverEndpoint) e, t));
    FACES.put(OpaqueResource.class, (e, t) -> full(e, List.of(((OpaqueResource) e).resourceType()), List.of()));
  }

  private Captions() {
  }

  /** The face of an element in a box of its own. */
  static Face of(Element element, Topology topology) {
    return FACES.getOrDefault(element.getClass(), (e, t) -> full(e, List.of(e.kind().label().toLowerCase()), List.of()))
        .apply(element, topology);
  }

  /** The compact face of a NAT gateway or an interface endpoint drawn inside a subnet. */
  static Face resident(Element element, Topology topology) {
    if (element instanceof InterfaceEndpoint endpoint) {
      return interfaceEndpoint(endpoint, topology, Face.Scale.COMPACT);
    }
    Face full = of(element, topology);
    return new Face(full.kind(), full.name(), full.details(), full.chips(), Face.Scale.COMPACT);
  }

  static Face full(Element element, List<String> details, List<Face.ChipText> chips) {
    return new Face(element.kind(), element.label(), details, chips, Face.Scale.FULL);
  }

  private static Face vpc(Vpc vpc, Topology topology) {
    String blocks = vpc.cidrBlocks().stream().map(Object::toString).collect(Collectors.joining(", "));
    String dns = vpc.external() ? "external" + (vpc.hasAccount() ? ", account " + vpc.accountId() : "")
        : (vpc.dnsSupport() && vpc.dnsHostnames() ? "DNS on" : "DNS off")
            + (vpc.hasAccount() ? "  ·  account " + vpc.accountId() : "");
    return new Face(vpc.kind(), vpc.label(), List.of(blocks + "  ·  " + vpc.region() + "  ·  " + dns),
        TransitCaptions.zoneChips(vpc.id(), topology), Face.Scale.CONTAINER);
  }

  private static Face subnet(Subnet subnet, Topology topology) {
    DesignFacts facts = DesignFacts.of(topology);
    SubnetExposure exposure = facts.exposure(subnet);
    List<Face.ChipText> chips = new ArrayList<>();
    chips.add(new Face.ChipText(exposure.label(), tag(exposure), Tint.WHITE));
    facts.routeTableOf(subnet).ifPresent(table -> chips.add(new Face.ChipText("rt: " + table.label()
        + (facts.usesMainTable(subnet) ? " (main)" : ""), CHIP_FILL, DiagramColors.TEXT)));
    chips.addAll(InsideSubnet.chips(subnet, topology));
    return new Face(subnet.kind(), subnet.label(), List.of(subnet.cidr() + "  ·  " + subnet.cidr().usableAddresses()
        + " usable"), chips, Face.Scale.FULL);
  }

  static Tint tag(SubnetExposure exposure) {
    switch (exposure) {
      case PUBLIC:
        return DiagramColors.PUBLIC_TAG;
      case PRIVATE:
        return DiagramColors.PRIVATE_TAG;
      default:
        return DiagramColors.ISOLATED_TAG;
    }
  }

  static Tint fill(SubnetExposure exposure) {
    switch (exposure) {
      case PUBLIC:
        return DiagramColors.PUBLIC;
      case PRIVATE:
        return DiagramColors.PRIVATE;
      default:
        return DiagramColors.ISOLATED;
    }
  }

  private static Face routeTable(RouteTable table, Topology topology) {
    List<String> lines = new ArrayList<>();
    int routes = table.routes().size();
    int attached = DesignFacts.of(topology).gatewayEndpointsOf(table.id());
    lines.add((table.main() ? "main · " : "") + new RouteCount(routes, attached).describe());
    for (int i = 0; i < Math.min(ROUTES_SHOWN, routes); i++) {
      Route route = table.routes().get(i);
      lines.add(route.destination().text() + " → " + label(topology, route.target()));
    }
    if (routes > ROUTES_SHOWN) {
      lines.add("+" + (routes - ROUTES_SHOWN) + " more");
    }
    return full(table, lines, List.of());
  }

  private static Face nat(NatGateway nat) {
    String detail = !nat.publicConnectivity() ? "private NAT" : nat.hasElasticIp() ? "public NAT · " + nat.elasticIp() : "public NAT";
    return full(nat, List.of(detail), List.of());
  }

  private static Face gatewayEndpoint(GatewayEndpoint endpoint, Topology topology) {
    List<Face.ChipText> chips = endpoint.routeTableIds().stream()
        .map(id -> new Face.ChipText("rt: " + label(topology, id), CHIP_FILL, DiagramColors.TEXT)).toList();
    return full(endpoint, List.of(ServiceName.shortName(endpoint.service()) + " gateway endpoint"), chips);
  }

  private static Face interfaceEndpoint(InterfaceEndpoint endpoint, Topology topology, Face.Scale scale) {
    int subnets = endpoint.subnetIds().size();
    String detail = ServiceName.shortName(endpoint.service()) + " · " + subnets + (subnets == 1 ? " subnet" : " subnets")
        + (endpoint.privateDns() ? " · DNS" : "");
    List<Face.ChipText> chips = endpoint.securityGroupIds().stream()
        .map(id -> new Face.ChipText("sg: " + label(topology, id), DiagramColors.accent(
            dev.netwright.model.topology.ElementKind.SECURITY_GROUP).mix(Tint.WHITE, 0.85), DiagramColors.TEXT)).toList();
    return new Face(endpoint.kind(), endpoint.label(), List.of(detail), chips, scale);
  }

  private static Face peering(PeeringConnection peering, Topology topology) {
    return full(peering, List.of(label(topology, peering.requesterVpcId()) + " ↔ " + label(topology, peering.accepterVpcId())),
        List.of());
  }

  private static Face vpn(VpnGateway gateway) {
    String detail = gateway.onPremisesCidrs().isEmpty() ? "VPN gateway"
        : "on-premises " + gateway.onPremisesCidrs().stream().map(Object::toString).collect(Collectors.joining(", "));
    return full(gateway, List.of(detail), List.of());
  }

  static String label(Topology topology, ElementId id) {
    return topology.find(id).map(Element::label).orElse(id.value());
  }
}
