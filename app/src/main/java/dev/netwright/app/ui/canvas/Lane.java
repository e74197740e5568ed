package dev.netwright.app.ui.canvas;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.document.Bounds;

/** An Availability Zone's column inside a VPC's box, its 24 px header included. */
public record Lane(AvailabilityZone zone, Bounds bounds) {
  /** Where subnets go: the lane below its header. */
  public Bounds body() {
    double header = Math.min(Geometry.LANE_HEADER, bounds.height());
    return new Bounds(bounds.x(), bounds.y() + header, bounds.width(), bounds.height() - header);
  }
}
