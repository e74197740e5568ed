package dev.netwright.model.layout;

import dev.netwright.model.diagram.SubnetFace;
import dev.netwright.model.topology.ElementKind;

/**
 * The sizes of a new element's box before its text is known (the drawing grows a box to fit its
 * text), and the spacing new elements keep: shared by the canvas and the layout.
 */
public final class DrawingSizes {
  public static final double SUBNET_WIDTH = SubnetFace.MIN_WIDTH;
  public static final double SUBNET_HEIGHT = 96;
  public static final double NODE_WIDTH = 150;
  public static final double NODE_HEIGHT = 56;
  /** Size of a new VPC: room for one column of two subnets and a row of nodes. */
  public static final double VPC_WIDTH = 560;
  public static final double VPC_HEIGHT = 420;
  /** Space kept between neighbours. */
  public static final double GAP = 16;

  private DrawingSizes() {
  }

  public static double width(ElementKind kind) {
    return kind == ElementKind.SUBNET ? SUBNET_WIDTH : kind == ElementKind.VPC ? VPC_WIDTH : NODE_WIDTH;
  }

  public static double height(ElementKind kind) {
    return kind == ElementKind.SUBNET ? SUBNET_HEIGHT : kind == ElementKind.VPC ? VPC_HEIGHT : NODE_HEIGHT;
  }
}
