package dev.netwright.app.ui.canvas;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.document.Bounds;

/** An Availability Zone's column inside a VPC's box, its 24 px header included. */
public record Lane(AvailabilityZone zone, Bounds bounds) {
  /** Where subnets go: the lane below its header. */
  public Bounds body() {
    return new Bounds(bounds.x(), bounds.y() + Geometry.LANE_HEADER, bounds.width(),
        Math.max(0, bounds.height() - Geometry.LANE_HEADER));
  }
}
