package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import java.util.ArrayList;
import java.util.List;

/** Adds a route at the end of a route table. */
public final class AddRoute implements Command {
  private final String label;
  private final ElementId routeTableId;
  private final Route route;

  AddRoute(String label, ElementId routeTableId, Route route) {
    this.label = label;
    this.routeTableId = routeTableId;
    this.route = route;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return Edits.replace(document, routeTableId, RouteTable.class, table -> {
      List<Route> routes = new ArrayList<>(table.routes());
      routes.add(route);
      return table.withRoutes(routes);
    });
  }
}
