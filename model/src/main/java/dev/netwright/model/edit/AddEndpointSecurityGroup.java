package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.InterfaceEndpoint;
import java.util.ArrayList;
import java.util.List;

/** Puts an interface endpoint's network interfaces in one more security group. */
public final class AddEndpointSecurityGroup implements Command {
  private final String label;
  private final ElementId endpointId;
  private final ElementId groupId;

  AddEndpointSecurityGroup(String label, ElementId endpointId, ElementId groupId) {
    this.label = label;
    this.endpointId = endpointId;
    this.groupId = groupId;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Document apply(Document document) {
    return Edits.replace(document, endpointId, InterfaceEndpoint.class, endpoint -> {
      if (endpoint.securityGroupIds().contains(groupId)) {
        return endpoint;
      }
      List<ElementId> ids = new ArrayList<>(endpoint.securityGroupIds());
      ids.add(groupId);
      return endpoint.withSecurityGroups(ids);
    });
  }
}
