package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.edit.DesignEditor;
import dev.netwright.model.edit.ElementIds;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the connect tool does when a person drags from one element to another, by their kinds:
 * associate a subnet with a route table, add a route from a route table to a target (asking for
 * the destination), attach a gateway endpoint to a route table, place an interface endpoint in a
 * subnet or give it a security group, peer two VPCs, attach a VPC to a transit gateway, associate a
 * private hosted zone with a VPC ({@link TransitWiring}). Either direction works.
 */
final class Wiring {
  private static final Set<ElementKind> ROUTE_TARGETS = EnumSet.of(ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY,
      ElementKind.INTERFACE_ENDPOINT, ElementKind.PEERING, ElementKind.VPN_GATEWAY);

  private final DesignCanvas canvas;

  Wiring(DesignCanvas canvas) {
    this.canvas = canvas;
  }

  /** True when something connects these two elements. */
  static boolean connects(Element a, Element b) {
    return a != b && (action(a.kind(), b.kind()) != null || action(b.kind(), a.kind()) != null);
  }

  /** Connects {@code from} to {@code to}; refusals become hints on the canvas. */
  void connect(Element from, Element to) {
    Element first = from;
    Element second = to;
    if (action(from.kind(), to.kind()) == null) {
      first = to;
      second = from;
    }
    String action = action(first.kind(), second.kind());
    if (action == null || from.equals(to)) {
      throw new NetwrightException("Nothing connects a " + from.kind().label().toLowerCase() + " to a "
          + to.kind().label().toLowerCase());
    }
    DesignEditor editor = canvas.session().editor();
    switch (action) {
      case "associate":
        editor.associate(first.id(), second.id());
        break;
      case "route":
        askRoute(first.id(), second);
        break;
      case "attach":
        editor.attach(second.id(), first.id());
        break;
      case "endpoint-subnet":
        editor.addEndpointSubnet(first.id(), second.id());
        break;
      case "endpoint-group":
        editor.addEndpointSecurityGroup(first.id(), second.id());
        break;
      case "peer":
        peer((Vpc) first, (Vpc) second);
        break;
      default:
        TransitWiring.connect(canvas, action, first, second);
    }
  }

  /** The action for an ordered pair of kinds, null when there is none. */
  private static String action(ElementKind from, ElementKind to) {
    String transit = TransitWiring.action(from, to);
    if (transit != null) {
      return transit;
    }
    if (from == ElementKind.SUBNET && to == ElementKind.ROUTE_TABLE) {
      return "associate";
    }
    if (from == ElementKind.ROUTE_TABLE && ROUTE_TARGETS.contains(to)) {
      return "route";
    }
    if (from == ElementKind.ROUTE_TABLE && to == ElementKind.GATEWAY_ENDPOINT) {
      return "attach";
    }
    if (from == ElementKind.INTERFACE_ENDPOINT && to == ElementKind.SUBNET) {
      return "endpoint-subnet";
    }
    if (from == ElementKind.INTERFACE_ENDPOINT && to == ElementKind.SECURITY_GROUP) {
      return "endpoint-group";
    }
    if (from == ElementKind.VPC && to == ElementKind.VPC) {
      return "peer";
    }
    return null;
  }

  private void askRoute(ElementId tableId, Element target) {
    String question = "Route from " + label(tableId) + " to " + target.label();
    canvas.destinationPrompt().ask(question, suggestedDestination(target), text -> canvas.attempt(() -> {
      RouteDestination destination = RouteDestination.parse(text);
      canvas.session().editor().addRoute(tableId, new Route(destination, target.id()));
    }));
  }

  private String suggestedDestination(Element target) {
    Topology topology = canvas.session().document().topology();
    if (target instanceof VpnGateway vpn && !vpn.onPremisesCidrs().isEmpty()) {
      return vpn.onPremisesCidrs().get(0).toString();
    }
    if (target instanceof PeeringConnection peering) {
      return topology.find(peering.accepterVpcId(), Vpc.class).map(vpc -> vpc.primaryCidr().toString()).orElse("");
    }
    return "0.0.0.0/0";
  }

  private void peer(Vpc requester, Vpc accepter) {
    Topology topology = canvas.session().document().topology();
    ElementId id = ElementIds.next(topology, ElementKind.PEERING);
    Bounds a = canvas.diagram().view(requester.id()).map(ElementView::bounds).orElseThrow();
    Bounds b = canvas.diagram().view(accepter.id()).map(ElementView::bounds).orElseThrow();
    double x = Geometry.snap((a.centerX() + b.centerX()) / 2 - Geometry.NODE_WIDTH / 2);
    double y = Geometry.snap((a.centerY() + b.centerY()) / 2 - Geometry.NODE_HEIGHT / 2);
    canvas.session().editor().add(new PeeringConnection(id, id.value(), requester.id(), accepter.id()),
        new Bounds(x, y, Geometry.NODE_WIDTH, Geometry.NODE_HEIGHT));
  }

  private String label(ElementId id) {
    return canvas.session().document().topology().find(id).map(Element::label).orElse(id.value());
  }
}
