package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;

/** Places an interface endpoint's network interface in one more subnet. */
public final class AddEndpointSubnet implements Command {
  private final String label;
  private final ElementId endpointId;
  private final ElementId subnetId;

  AddEndpointSubnet(String label, ElementId endpointId, ElementId subnetId) {
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
    return Edits.replace(document, endpointId, InterfaceEndpoint.class, endpoint -> {
      if (endpoint.subnetIds().contains(subnetId)) {
        return endpoint;
      }
      List<ElementId> ids = new ArrayList<>(endpoint.subnetIds());
      ids.add(subnetId);
      return endpoint.withSubnets(ids);
    });
  }
}
