package dev.netwright.app.ui.canvas;

/**
 * The sizes of how a design is drawn (shared with the layout model, see COMMON.md): a VPC's
 * header, lanes and bottom band; the boxes of subnets and of every other element.
 */
public final class Geometry {
  public static final double VPC_HEADER = 48;
  public static final double VPC_BAND = 130;
  public static final double LANE_HEADER = 24;
  public static final double SUBNET_WIDTH = 220;
  public static final double SUBNET_HEIGHT = 110;
  public static final double NODE_WIDTH = 150;
  public static final double NODE_HEIGHT = 56;
  public static final double NAT_WIDTH = 120;
  public static final double NAT_HEIGHT = 40;
  public static final double GAP = 20;
  public static final double GRID = 10;
  /** A new VPC: three lanes of one subnet's width with margins, two rows of subnets, the band. */
  public static final double VPC_WIDTH = 3 * (SUBNET_WIDTH + 2 * GAP);
  public static final double VPC_HEIGHT = VPC_HEADER + LANE_HEADER + 2 * (SUBNET_HEIGHT + GAP) + GAP + VPC_BAND;

  private Geometry() {
  }

  /** The nearest multiple of the grid. */
  public static double snap(double value) {
    return Math.round(value / GRID) * GRID;
  }
}
