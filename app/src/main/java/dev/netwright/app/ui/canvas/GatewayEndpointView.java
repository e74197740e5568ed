package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.ServiceName;

/** A gateway endpoint (S3, DynamoDB) and the service it reaches. */
public final class GatewayEndpointView extends NodeView {
  public GatewayEndpointView(GatewayEndpoint element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    GatewayEndpoint endpoint = (GatewayEndpoint) element();
    return ServiceName.shortName(endpoint.service()) + " gateway endpoint";
  }
}
