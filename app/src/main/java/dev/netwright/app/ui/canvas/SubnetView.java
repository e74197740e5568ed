package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Subnet;
import javafx.scene.paint.Color;

/**
 * A subnet: a box in its zone's lane, filled by how it reaches the internet (public, private,
 * isolated), with its name, CIDR block, usable addresses and route table.
 */
public final class SubnetView extends ElementView {
  private final SubnetExposure exposure;
  private final String routeTable;

  public SubnetView(Subnet subnet, Bounds bounds, SubnetExposure exposure, String routeTable) {
    super(subnet, bounds);
    this.exposure = exposure;
    this.routeTable = routeTable;
  }

  public Subnet subnet() {
    return (Subnet) element();
  }

  public SubnetExposure exposure() {
    return exposure;
  }

  @Override
  public int layer() {
    return LAYER_SUBNET;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  @Override
  public void draw(Sketch sketch) {
    Bounds b = bounds();
    Color accent = accent();
    sketch.rect(b.x(), b.y(), b.width(), b.height(), 10, KindStyle.fill(exposure), accent, 1.5, false);
    sketch.icon(subnet().kind(), b.x() + 8, b.y() + 8, 20);
    sketch.text(subnet().label(), b.x() + 34, b.y() + 23, 12.5, true, KindStyle.TEXT, b.width() - 42);
    sketch.text(subnet().cidr() + "  (" + subnet().cidr().usableAddresses() + " usable)", b.x() + 10, b.y() + 44, 11, false,
        KindStyle.TEXT, b.width() - 20);
    Color tag = exposure == SubnetExposure.PUBLIC ? Color.web("#2e7d32")
        : exposure == SubnetExposure.PRIVATE ? Color.web("#1565c0") : Color.web("#607d8b");
    sketch.rect(b.x() + 10, b.y() + 52, 62, 16, 8, tag, null, 0, false);
    sketch.text(exposure.label(), b.x() + 16, b.y() + 64, 10, true, Color.WHITE, 54);
    if (!routeTable.isEmpty()) {
      sketch.text("→ " + routeTable, b.x() + 80, b.y() + 64, 10, false, KindStyle.MUTED_TEXT, b.width() - 90);
    }
  }
}
