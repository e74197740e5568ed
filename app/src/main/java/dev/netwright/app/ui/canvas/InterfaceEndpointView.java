package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;

/** An interface endpoint: its service and in how many subnets it has an ENI. */
public final class InterfaceEndpointView extends NodeView {
  public InterfaceEndpointView(InterfaceEndpoint element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    InterfaceEndpoint endpoint = (InterfaceEndpoint) element();
    int subnets = endpoint.subnetIds().size();
    return ServiceName.shortName(endpoint.service()) + " · " + subnets + (subnets == 1 ? " subnet" : " subnets")
        + (endpoint.privateDns() ? " · DNS" : "");
  }
}
