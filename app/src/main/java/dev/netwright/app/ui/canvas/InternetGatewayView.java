package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.InternetGateway;

/** An internet gateway, drawn on its VPC's top edge. */
public final class InternetGatewayView extends NodeView {
  public InternetGatewayView(InternetGateway element, Bounds bounds) {
    super(element, bounds);
  }

  @Override
  protected String detail() {
    return "internet gateway";
  }
}
