package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.PeeringConnection;

/** A VPC peering connection, drawn between its two VPCs. */
public final class PeeringView extends NodeView {
  public PeeringView(PeeringConnection element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    PeeringConnection peering = (PeeringConnection) element();
    return peering.requesterVpcId() + " ↔ " + peering.accepterVpcId();
  }
}
