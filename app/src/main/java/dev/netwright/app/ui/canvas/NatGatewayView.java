package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.NatGateway;
import javafx.scene.paint.Color;

/** A NAT gateway, drawn inside its subnet's box: public (with its Elastic IP) or private. */
public final class NatGatewayView extends ElementView {
  public NatGatewayView(NatGateway nat, Bounds bounds) {
    super(nat, bounds);
  }

  @Override
  public int layer() {
    return LAYER_INNER;
  }

  @Override
  public void draw(Sketch sketch) {
    Bounds b = bounds();
    NatGateway nat = (NatGateway) element();
    sketch.rect(b.x(), b.y(), b.width(), b.height(), 8, Color.WHITE, accent(), 1.5, false);
    double icon = Math.min(22, b.height() - 8);
    sketch.icon(nat.kind(), b.x() + 6, b.y() + (b.height() - icon) / 2, icon);
    sketch.text(nat.label(), b.x() + 12 + icon, b.y() + b.height() / 2 - 2, 11, true, KindStyle.TEXT, b.width() - icon - 16);
    sketch.text(nat.publicConnectivity() ? "public NAT" : "private NAT", b.x() + 12 + icon, b.y() + b.height() / 2 + 11, 9.5,
        false, KindStyle.MUTED_TEXT, b.width() - icon - 16);
  }
}
