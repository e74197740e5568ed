package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.GatewayEndpoint;

/** Ends a gateway endpoint's association with a route table (and so the table's prefix-list route). */
public final class DetachGatewayEndpoint implements Command {
  private final String label;
  private final ElementId endpointId;
  private final ElementId routeTableId;

  DetachGatewayEndpoint(String label, ElementId endpointId, ElementId routeTableId) {
    this.label = label;
    this.endpointId = endpointId;
    this.routeTableId = routeTableId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return Edits.replace(document, endpointId, GatewayEndpoint.class, endpoint -> endpoint.withRouteTables(
        endpoint.routeTableIds().stream().filter(id -> !id.equals(routeTableId)).toList()));
  }
}
