package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.GatewayEndpoint;
import java.util.ArrayList;
import java.util.List;

/** Associates a gateway endpoint with a route table, which gains the implied prefix-list route. */
public final class AttachGatewayEndpoint implements Command {
  private final String label;
  private final ElementId endpointId;
  private final ElementId routeTableId;

  AttachGatewayEndpoint(String label, ElementId endpointId, ElementId routeTableId) {
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
    return Edits.replace(document, endpointId, GatewayEndpoint.class, endpoint -> {
      if (endpoint.routeTableIds().contains(routeTableId)) {
        return endpoint;
      }
      List<ElementId> tables = new ArrayList<>(endpoint.routeTableIds());
      tables.add(routeTableId);
      return endpoint.withRouteTables(tables);
    });
  }
}
