package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.InterfaceEndpoint;

/** Takes an interface endpoint's network interfaces out of a security group. */
public final class RemoveEndpointSecurityGroup implements Command {
  private final String label;
  private final ElementId endpointId;
  private final ElementId groupId;

  RemoveEndpointSecurityGroup(String label, ElementId endpointId, ElementId groupId) {
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
    return Edits.replace(document, endpointId, InterfaceEndpoint.class, endpoint ->
        endpoint.withSecurityGroups(endpoint.securityGroupIds().stream().filter(id -> !id.equals(groupId)).toList()));
  }
}
