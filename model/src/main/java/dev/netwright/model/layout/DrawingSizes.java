package dev.netwright.model.layout;

import dev.netwright.model.topology.ElementKind;

/**
 * The sizes of what is drawn, shared by the canvas, the auto layout and the importers so that they
 * agree: a VPC's header, zone lanes and bottom band, a subnet's box, every other element's node.
 */
public final class DrawingSizes {
  /** Height of a VPC's header (its name and CIDR blocks). */
  public static final double VPC_HEADER = 48;
  /** Height of the band along a VPC's bottom for its route tables, endpoints, security groups and gateways. */
  public static final double VPC_BAND = 130;
  /** Space between a VPC's side and its outer lanes. */
  public static final double VPC_PADDING = 16;
  /** Space between two zone lanes. */
  public static final double LANE_GAP = 12;
  /** Height of a lane's header (the zone's name). */
  public static final double LANE_HEADER = 24;
  public static final double SUBNET_WIDTH = 220;
  public static final double SUBNET_HEIGHT = 110;
  /** Height of a subnet box's title, under which a NAT gateway is drawn. */
  public static final double SUBNET_HEADER = 40;
  public static final double NODE_WIDTH = 150;
  public static final double NODE_HEIGHT = 56;
  /** Space kept between neighbours placed by the auto layout. */
  public static final double GAP = 16;

  private DrawingSizes() {
  }

  public static double width(ElementKind kind) {
    return kind == ElementKind.SUBNET ? SUBNET_WIDTH : NODE_WIDTH;
  }

  public static double height(ElementKind kind) {
    return kind == ElementKind.SUBNET ? SUBNET_HEIGHT : NODE_HEIGHT;
  }
}
