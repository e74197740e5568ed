package dev.netwright.app.ui.canvas;

import dev.netwright.model.layout.DrawingSizes;

/**
 * The sizes of how a design is drawn (shared with the layout model, see COMMON.md): a VPC's
 * header, lanes and bottom band; the boxes of subnets and of every other element. The shared
 * sizes come from the layout model's {@link DrawingSizes}; the rest are the canvas's own.
 */
public final class Geometry {
  public static final double VPC_HEADER = DrawingSizes.VPC_HEADER;
  public static final double VPC_BAND = DrawingSizes.VPC_BAND;
  public static final double VPC_PADDING = DrawingSizes.VPC_PADDING;
  public static final double LANE_GAP = DrawingSizes.LANE_GAP;
  public static final double LANE_HEADER = DrawingSizes.LANE_HEADER;
  /** A subnet's title; a NAT gateway is drawn below it. */
  public static final double SUBNET_HEADER = DrawingSizes.SUBNET_HEADER;
  public static final double SUBNET_WIDTH = DrawingSizes.SUBNET_WIDTH;
  public static final double SUBNET_HEIGHT = DrawingSizes.SUBNET_HEIGHT;
  public static final double NODE_WIDTH = DrawingSizes.NODE_WIDTH;
  public static final double NODE_HEIGHT = DrawingSizes.NODE_HEIGHT;
  public static final double GAP = DrawingSizes.GAP;
  public static final double GRID = 10;
  /** A new VPC: three lanes of one subnet's width with margins, two rows of subnets, the band. */
  public static final double VPC_WIDTH = 2 * VPC_PADDING + 3 * (SUBNET_WIDTH + 2 * GAP) + 2 * LANE_GAP;
  public static final double VPC_HEIGHT = VPC_HEADER + LANE_HEADER + 2 * (SUBNET_HEIGHT + GAP) + GAP + VPC_BAND;

  private Geometry() {
  }

  /** The nearest multiple of the grid. */
  public static double snap(double value) {
    return Math.round(value / GRID) * GRID;
  }
}
