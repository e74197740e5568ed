package dev.netwright.model.layout;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.diagram.DrawingBuilder;
import dev.netwright.model.document.Bounds;

/** One Availability Zone's column inside a VPC box: its zone and where it is drawn (title included). */
public record Lane(AvailabilityZone zone, Bounds bounds) {
  /** The part of the column below its title, where subnets go. */
  public Bounds body() {
    double header = Math.min(DrawingBuilder.COLUMN_HEADER, bounds.height());
    return new Bounds(bounds.x(), bounds.y() + header, bounds.width(), bounds.height() - header);
  }
}
