package dev.netwright.app.ui.canvas;

import dev.netwright.model.ElementId;
import javafx.scene.paint.Color;

/**
 * A line between two elements that says how they are wired: a route table's subnet association,
 * a route to a target, a gateway endpoint's route table, an interface endpoint's subnet or
 * security group, a peering's VPC.
 */
public record Connection(ElementId from, ElementId to, Kind kind, String label) {

  /** What a connection means, and so how it is drawn. */
  public enum Kind {
    ASSOCIATION(Color.web("#5c6bc0"), 1.4, false, false),
    ROUTE(Color.web("#37474f"), 1.6, false, true),
    ENDPOINT_ROUTE_TABLE(Color.web("#00897b"), 1.6, true, false),
    ENDPOINT_SUBNET(Color.web("#0277bd"), 1.4, true, false),
    ENDPOINT_SECURITY_GROUP(Color.web("#c62828"), 1.2, true, false),
    PEERING(Color.web("#6d4c41"), 2, false, false);

    private final Color color;
    private final double width;
    private final boolean dashed;
    private final boolean arrow;

    Kind(Color color, double width, boolean dashed, boolean arrow) {
      this.color = color;
      this.width = width;
      this.dashed = dashed;
      this.arrow = arrow;
    }

    public Color color() {
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
}
