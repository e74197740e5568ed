package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/** Makes a route table its VPC's main table; the previous main table becomes an ordinary one. */
public final class SetMainRouteTable implements Command {
  private final String label;
  private final ElementId routeTableId;

  SetMainRouteTable(String label, ElementId routeTableId) {
    this.label = label;
    this.routeTableId = routeTableId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    Topology topology = document.topology();
    RouteTable table = topology.require(routeTableId, RouteTable.class);
    List<RouteTable> changed = new ArrayList<>();
    for (RouteTable other : topology.routeTables()) {
      if (other.main() && other.vpcId().equals(table.vpcId()) && !other.id().equals(routeTableId)) {
        changed.add(other.withMain(false));
      }
    }
    changed.add(table.withMain(true));
    return document.withTopology(topology.with(changed, List.of()));
  }
}
