package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a drawing asks the router for: subnet associations, routes (labelled with their
 * destination), gateway endpoint attachments and peerings, filtered by the line layer, and the
 * hops of the highlighted path, which always show.
 */
final class Connections {
  /** One line to draw between two elements. */
  record Wanted(ElementId from, ElementId to, ConnectorKind kind, String label) {
  }

  private Connections() {
  }

  static List<Wanted> of(Topology topology, DrawingOptions options) {
    List<Wanted> all = new ArrayList<>();
    if (options.layer() != LineLayer.NONE) {
      for (RouteTable table : topology.routeTables()) {
        for (ElementId subnet : table.subnetIds()) {
          all.add(new Wanted(subnet, table.id(), ConnectorKind.ASSOCIATION, ""));
        }
        for (Route route : table.routes()) {
          all.add(new Wanted(table.id(), route.target(), ConnectorKind.ROUTE, route.destination().text()));
        }
      }
      for (GatewayEndpoint endpoint : topology.gatewayEndpoints()) {
        for (ElementId table : endpoint.routeTableIds()) {
          all.add(new Wanted(endpoint.id(), table, ConnectorKind.ATTACHMENT, ""));
        }
      }
      for (PeeringConnection peering : topology.peeringConnections()) {
        all.add(new Wanted(peering.requesterVpcId(), peering.id(), ConnectorKind.PEERING, ""));
        all.add(new Wanted(peering.id(), peering.accepterVpcId(), ConnectorKind.PEERING, ""));
      }
      for (dev.netwright.model.topology.TransitGatewayAttachment attachment : topology.transitGatewayAttachments()) {
        for (ElementId gateway : attachment.transitGatewayIds()) {
          all.add(new Wanted(attachment.id(), gateway, ConnectorKind.TRANSIT, ""));
        }
      }
      if (options.layer() == LineLayer.SELECTION) {
        all.removeIf(line -> !options.selection().contains(line.from()) && !options.selection().contains(line.to()));
      }
    }
    List<ElementId> hops = options.pathHops();
    for (int i = 0; i + 1 < hops.size(); i++) {
      all.add(new Wanted(hops.get(i), hops.get(i + 1), ConnectorKind.PATH, ""));
    }
    return all;
  }
}
