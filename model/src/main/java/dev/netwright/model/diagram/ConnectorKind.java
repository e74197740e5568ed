package dev.netwright.model.diagram;

/**
 * What a drawn connection means, and so how it is drawn; {@link #slug()} is its SVG
 * {@code data-kind}.
 */
public enum ConnectorKind {
  /** A subnet uses a route table. */
  ASSOCIATION("association", Tint.of("#5c6bc0"), 1.4, false, false),
  /** A route table sends a destination to a target. */
  ROUTE("route", Tint.of("#37474f"), 1.6, false, true),
  /** A gateway endpoint is attached to a route table. */
  ATTACHMENT("attachment", Tint.of("#00897b"), 1.6, true, false),
  /** A transit gateway attachment joins its VPC (or VPN, or peer gateway) to the transit gateway: the SVG's {@code attachment}. */
  TRANSIT("attachment", Tint.of("#8e24aa"), 2, false, false),
  /** A peering connection joins two VPCs. */
  PEERING("peering", Tint.of("#6d4c41"), 2, false, false),
  /** One hop of the highlighted path. */
  PATH("path", DiagramColors.PATH, 5, false, true);

  private final String slug;
  private final Tint color;
  private final double width;
  private final boolean dashed;
  private final boolean arrow;

  ConnectorKind(String slug, Tint color, double width, boolean dashed, boolean arrow) {
    this.slug = slug;
    this.color = color;
    this.width = width;
    this.dashed = dashed;
    this.arrow = arrow;
  }

  public String slug() {
    return slug;
  }

  public Tint color() {
    return color;
  }

  public double width() {
    return width;
  }

  public boolean dashed() {
    return dashed;
  }

  public boolean arrow() {
    return arrow;
  }
}
