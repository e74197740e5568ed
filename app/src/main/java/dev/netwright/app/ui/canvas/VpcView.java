package dev.netwright.app.ui.canvas;

import dev.netwright.model.layout.Lane;
import dev.netwright.model.Cidr;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;

/** A VPC: a box with a header (name, CIDR blocks, region), its zone lanes and its bottom band. */
public final class VpcView extends ElementView {
  private final Supplier<List<Lane>> laneSource;
  private List<Lane> lanes;

  /** The lanes are computed on first use: a VPC never drawn or dropped on never needs them. */
  public VpcView(Vpc vpc, Bounds bounds, Supplier<List<Lane>> lanes) {
    super(vpc, bounds);
    this.laneSource = lanes;
  }

  public Vpc vpc() {
    return (Vpc) element();
  }

  public List<Lane> lanes() {
    if (lanes == null) {
      lanes = List.copyOf(laneSource.get());
    }
    return lanes;
  }

  /** The bottom band, where route tables, endpoints, security groups and gateways go. */
  public Bounds band() {
    Bounds b = bounds();
    return new Bounds(b.x(), Math.max(b.y(), b.maxY() - Geometry.VPC_BAND), b.width(), Math.min(Geometry.VPC_BAND, b.height()));
  }

  @Override
  public int layer() {
    return LAYER_VPC;
  }

  @Override
  public boolean isContainer() {
    return true;
  }

  /** A VPC is picked by its header and borders, so that clicks inside reach the empty lanes for rubber bands. */
  @Override
  public boolean hit(double x, double y) {
    return bounds().contains(x, y);
  }

  @Override
  public void draw(Sketch sketch) {
    Bounds b = bounds();
    Color accent = accent();
    // an external VPC (another account's or region's peer, read-only) is drawn dashed
    sketch.rect(b.x(), b.y(), b.width(), b.height(), 14, KindStyle.fill(vpc().kind()).interpolate(Color.WHITE, 0.5),
        accent, 2, vpc().external());
    sketch.icon(vpc().kind(), b.x() + 12, b.y() + 10, 28);
    sketch.text(vpc().label(), b.x() + 48, b.y() + 22, 15, true, KindStyle.TEXT, b.width() - 60);
    String blocks = vpc().cidrBlocks().stream().map(Cidr::toString).collect(Collectors.joining(", "));
    String dns = vpc().external() ? "external" + (vpc().hasAccount() ? ", account " + vpc().accountId() : "")
        : vpc().dnsSupport() && vpc().dnsHostnames() ? "DNS on" : "DNS off";
    sketch.text(blocks + "  ·  " + vpc().region() + "  ·  " + dns, b.x() + 48, b.y() + 39, 11, false, KindStyle.MUTED_TEXT,
        b.width() - 60);
    List<Lane> lanes = lanes();
    for (int i = 0; i < lanes.size(); i++) {
      Bounds lane = lanes.get(i).bounds();
      if (i > 0) {
        sketch.line(lane.x(), lane.y(), lane.x(), lane.maxY(), accent.deriveColor(0, 1, 1, 0.35), 1, true);
      }
      sketch.text(lanes.get(i).zone().name(), lane.x() + 10, lane.y() + 16, 11, true, accent.deriveColor(0, 1, 0.8, 0.9),
          lane.width() - 20);
    }
    Bounds band = band();
    sketch.line(band.x(), band.y(), band.maxX(), band.y(), accent.deriveColor(0, 1, 1, 0.45), 1, false);
  }
}
