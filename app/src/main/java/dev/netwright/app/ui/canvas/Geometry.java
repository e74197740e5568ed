package dev.netwright.app.ui.canvas;

import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.layout.DrawingSizes;

/**
 * The sizes the canvas gives new elements (the drawing grows a box to fit its text) and its
 * snapping grid. The shared sizes come from the layout model's {@link DrawingSizes}.
 */
public final class Geometry {
  public static final double VPC_PADDING = DrawingBuilder.VPC_PAD;
  public static final double SUBNET_WIDTH = DrawingSizes.SUBNET_WIDTH;
  public static final double SUBNET_HEIGHT = DrawingSizes.SUBNET_HEIGHT;
  public static final double NODE_WIDTH = DrawingSizes.NODE_WIDTH;
  public static final double NODE_HEIGHT = DrawingSizes.NODE_HEIGHT;
  public static final double GAP = DrawingSizes.GAP;
  public static final double GRID = 10;
  public static final double VPC_WIDTH = DrawingSizes.VPC_WIDTH;
  public static final double VPC_HEIGHT = DrawingSizes.VPC_HEIGHT;

  private Geometry() {
  }

  /** The nearest multiple of the grid. */
  public static double snap(double value) {
    return Math.round(value / GRID) * GRID;
  }
}
