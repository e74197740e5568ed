package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.InterfaceEndpoint;

/** Takes an interface endpoint's network interface out of a subnet. */
public final class RemoveEndpointSubnet implements Command {
  private final String label;
  private final ElementId endpointId;
  private final ElementId subnetId;

  RemoveEndpointSubnet(String label, ElementId endpointId, ElementId subnetId) {
    this.label = label;
    this.endpointId = endpointId;
    this.subnetId = subnetId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return Edits.replace(document, endpointId, InterfaceEndpoint.class, endpoint ->
        endpoint.withSubnets(endpoint.subnetIds().stream().filter(id -> !id.equals(subnetId)).toList()));
  }
}
