package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Subnet;
import java.util.List;

/** A subnet on the canvas: a container that NAT gateways and endpoint interfaces are drawn in. */
public final class SubnetView extends ElementView {
  SubnetView(Subnet subnet, Bounds bounds) {
    super(subnet, List.of(bounds), LAYER_SUBNET);
  }

  public Subnet subnet() {
    return (Subnet) element();
  }
}
