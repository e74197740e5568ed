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
    sketch.icon(subnet().kind(), b.x() + 8, b.y() + 6, 16);
    sketch.text(subnet().label(), b.x() + 30, b.y() + 18, 12.5, true, KindStyle.TEXT, b.width() - 100);
    sketch.text(subnet().cidr() + "  ·  " + subnet().cidr().usableAddresses() + " usable", b.x() + 10, b.y() + 35, 11, false,
        KindStyle.TEXT, b.width() - 20);
    Color tag = exposure == SubnetExposure.PUBLIC ? Color.web("#2e7d32")
        : exposure == SubnetExposure.PRIVATE ? Color.web("#1565c0") : Color.web("#607d8b");
    sketch.rect(b.maxX() - 66, b.y() + 6, 58, 16, 8, tag, null, 0, false);
    sketch.text(exposure.label(), b.maxX() - 60, b.y() + 18, 10, true, Color.WHITE, 50);
    if (!routeTable.isEmpty() && b.height() >= 2 * Geometry.SUBNET_HEADER) {
      sketch.text("routes: " + routeTable, b.x() + 10, b.maxY() - 8, 10, false, KindStyle.MUTED_TEXT, b.width() - 20);
    }
  }
}
