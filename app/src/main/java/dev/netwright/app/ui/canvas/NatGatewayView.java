package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.NatGateway;

/** A NAT gateway, drawn inside its subnet's box: public (with its Elastic IP) or private. */
public final class NatGatewayView extends NodeView {
  public NatGatewayView(NatGateway nat, Bounds bounds) {
    super(nat, bounds);
  }

  @Override
  public int layer() {
    return LAYER_INNER;
  }

  @Override
  protected String detail() {
    NatGateway nat = (NatGateway) element();
    if (!nat.publicConnectivity()) {
      return "private NAT";
    }
    return nat.hasElasticIp() ? "public NAT · " + nat.elasticIp() : "public NAT";
  }
}
