package dev.netwright.app.ui.canvas;

import dev.netwright.model.document.Bounds;
import dev.netwright.model.layout.Lane;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import java.util.function.Supplier;

/** A VPC on the canvas: a container with its zone columns. */
public final class VpcView extends ElementView {
  private final Supplier<List<Lane>> laneSource;
  private List<Lane> lanes;

  /** The lanes are computed on first use: a VPC never dropped on never needs them. */
  VpcView(Vpc vpc, Bounds bounds, Supplier<List<Lane>> lanes) {
    super(vpc, List.of(bounds), LAYER_VPC);
    this.laneSource = lanes;
  }

  public Vpc vpc() {
    return (Vpc) element();
  }

  /** Its zone columns, left to right (one per zone its subnets use). */
  public List<Lane> lanes() {
    if (lanes == null) {
      lanes = List.copyOf(laneSource.get());
    }
    return lanes;
  }
}
