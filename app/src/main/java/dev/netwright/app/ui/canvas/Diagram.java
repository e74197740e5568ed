package dev.netwright.app.ui.canvas;

import dev.netwright.model.layout.Lanes;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
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
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the canvas shows of a document: one view per drawn element (back to front) and the
 * connections between them. Built from a document in one pass; immutable.
 */
public final class Diagram {
  private final Document document;
  private final List<ElementView> views;
  private final Map<ElementId, ElementView> byId;
  private final List<Connection> connections;

  private Diagram(Document document, List<ElementView> views, List<Connection> connections) {
    this.document = document;
    this.views = List.copyOf(views);
    this.connections = List.copyOf(connections);
    this.byId = new HashMap<>();
    for (ElementView view : views) {
      byId.put(view.id(), view);
    }
  }

  public static Diagram of(Document document) {
    Topology topology = document.topology();
    Layout layout = document.layout();
    List<ElementView> views = new ArrayList<>();
    List<Connection> connections = new ArrayList<>();
    for (Element element : topology.elements()) {
      Optional<Bounds> bounds = layout.find(element.id());
      if (bounds.isPresent()) {
        views.add(viewOf(element, bounds.get(), topology, layout));
      }
      connectionsOf(element, connections);
    }
    views.sort(Comparator.comparingInt(ElementView::layer));
    Map<ElementId, Bounds> drawn = layout.asMap();
    connections.removeIf(connection -> !drawn.containsKey(connection.from()) || !drawn.containsKey(connection.to()));
    return new Diagram(document, views, connections);
  }

  private static ElementView viewOf(Element element, Bounds bounds, Topology topology, Layout layout) {
    if (element instanceof Vpc vpc) {
      return new VpcView(vpc, bounds, () -> Lanes.of(topology, layout, vpc.id()));
    }
    if (element instanceof Subnet subnet) {
      String table = topology.routeTableOf(subnet.id()).map(Element::label).orElse("");
      return new SubnetView(subnet, bounds, SubnetExposure.of(topology, subnet), table);
    }
    if (element instanceof RouteTable table) {
      return new RouteTableView(table, bounds, RouteCount.of(topology, table));
    }
    if (element instanceof InternetGateway gateway) {
      return new InternetGatewayView(gateway, bounds);
    }
    if (element instanceof NatGateway nat) {
      return new NatGatewayView(nat, bounds);
    }
    if (element instanceof GatewayEndpoint endpoint) {
      return new GatewayEndpointView(endpoint, bounds);
    }
    if (element instanceof InterfaceEndpoint endpoint) {
      return new InterfaceEndpointView(endpoint, bounds);
    }
    if (element instanceof SecurityGroup group) {
      return new SecurityGroupView(group, bounds);
    }
    if (element instanceof PeeringConnection peering) {
      return new PeeringView(peering, bounds);
    }
    if (element instanceof VpnGateway gateway) {
      return new VpnGatewayView(gateway, bounds);
    }
    return new OpaqueView((OpaqueResource) element, bounds);
  }

  private static void connectionsOf(Element element, List<Connection> out) {
    if (element instanceof RouteTable table) {
      for (ElementId subnet : table.subnetIds()) {
        out.add(new Connection(subnet, table.id(), Connection.Kind.ASSOCIATION, ""));
      }
      for (Route route : table.routes()) {
        out.add(new Connection(table.id(), route.target(), Connection.Kind.ROUTE, route.destination().text()));
      }
    } else if (element instanceof GatewayEndpoint endpoint) {
      for (ElementId table : endpoint.routeTableIds()) {
        out.add(new Connection(table, endpoint.id(), Connection.Kind.ENDPOINT_ROUTE_TABLE, ""));
      }
    } else if (element instanceof InterfaceEndpoint endpoint) {
      for (ElementId subnet : endpoint.subnetIds()) {
        out.add(new Connection(subnet, endpoint.id(), Connection.Kind.ENDPOINT_SUBNET, ""));
      }
      for (ElementId group : endpoint.securityGroupIds()) {
        out.add(new Connection(endpoint.id(), group, Connection.Kind.ENDPOINT_SECURITY_GROUP, ""));
      }
    } else if (element instanceof PeeringConnection peering) {
      out.add(new Connection(peering.requesterVpcId(), peering.id(), Connection.Kind.PEERING, ""));
      out.add(new Connection(peering.id(), peering.accepterVpcId(), Connection.Kind.PEERING, ""));
    }
  }

  public Document document() {
    return document;
  }

  /** Every view, back to front. */
  public List<ElementView> views() {
    return views;
  }

  public List<Connection> connections() {
    return connections;
  }

  public Optional<ElementView> view(ElementId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The frontmost view at a point in design coordinates. */
  public Optional<ElementView> viewAt(double x, double y) {
    for (int i = views.size() - 1; i >= 0; i--) {
      ElementView view = views.get(i);
      if (view.hit(x, y)) {
        return Optional.of(view);
      }
    }
    return Optional.empty();
  }

  /** The frontmost view of a given layer or below at a point (to find the container under a drop). */
  public <T extends ElementView> Optional<T> viewAt(double x, double y, Class<T> type) {
    for (int i = views.size() - 1; i >= 0; i--) {
      ElementView view = views.get(i);
      if (type.isInstance(view) && view.hit(x, y)) {
        return Optional.of(type.cast(view));
      }
    }
    return Optional.empty();
  }

  /** The views lying wholly inside a box (a rubber band). */
  public List<ElementView> viewsInside(Bounds box) {
    return views.stream().filter(view -> box.contains(view.bounds())).toList();
  }

  /** The box around everything drawn; empty for an empty design. */
  public Optional<Bounds> extent() {
    Bounds all = null;
    for (ElementView view : views) {
      all = all == null ? view.bounds() : all.union(view.bounds());
    }
    return Optional.ofNullable(all);
  }
}
