package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/** Associates a subnet with a route table, taking it off the table it was explicitly associated with. */
public final class AssociateSubnet implements Command {
  private final String label;
  private final ElementId subnetId;
  private final ElementId routeTableId;

  AssociateSubnet(String label, ElementId subnetId, ElementId routeTableId) {
    this.label = label;
    this.subnetId = subnetId;
    this.routeTableId = routeTableId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    Topology topology = document.topology();
    List<RouteTable> changed = new ArrayList<>();
    topology.explicitRouteTable(subnetId)
        .filter(previous -> !previous.id().equals(routeTableId))
        .ifPresent(previous -> changed.add(previous.withSubnetIds(
            previous.subnetIds().stream().filter(id -> !id.equals(subnetId)).toList())));
    RouteTable table = topology.require(routeTableId, RouteTable.class);
    if (!table.subnetIds().contains(subnetId)) {
      List<ElementId> subnets = new ArrayList<>(table.subnetIds());
      subnets.add(subnetId);
      changed.add(table.withSubnetIds(subnets));
    }
    return document.withTopology(topology.with(changed, List.of()));
  }
}
