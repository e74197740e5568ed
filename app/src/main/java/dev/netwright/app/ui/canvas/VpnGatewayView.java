package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.VpnGateway;

/** A virtual private gateway and the on-premises networks behind it. */
public final class VpnGatewayView extends NodeView {
  public VpnGatewayView(VpnGateway element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    VpnGateway gateway = (VpnGateway) element();
    return gateway.onPremisesCidrs().isEmpty() ? "VPN gateway"
        : gateway.onPremisesCidrs().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
  }
}
