package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.document.Bounds;

/** One Availability Zone's column inside a VPC box: its zone and where it is drawn (header included). */
public record Lane(AvailabilityZone zone, Bounds bounds) {
  /** The part of the lane below its header, where subnets go. */
  public Bounds body() {
    double header = Math.min(DrawingSizes.LANE_HEADER, bounds.height());
    return new Bounds(bounds.x(), bounds.y() + header, bounds.width(), bounds.height() - header);
  }
}
