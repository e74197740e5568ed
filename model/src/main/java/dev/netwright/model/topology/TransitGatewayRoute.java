package dev.netwright.model.topology;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;

/**
 * A static route of a transit gateway route table: a CIDR block to an attachment, or a blackhole
 * that drops what matches it ({@code attachmentId} null). A static route beats a propagated route
 * of the same prefix.
 */
public record TransitGatewayRoute(Cidr destination, ElementId attachmentId) {
  public TransitGatewayRoute {
    if (destination == null) {
      throw new InvalidValueException("a transit gateway route needs a destination CIDR block");
    }
  }

  public static TransitGatewayRoute to(Cidr destination, ElementId attachmentId) {
    if (attachmentId == null) {
      throw new InvalidValueException("the transit gateway route to " + destination + " needs an attachment (or is a blackhole)");
    }
    return new TransitGatewayRoute(destination, attachmentId);
  }

  public static TransitGatewayRoute blackhole(Cidr destination) {
    return new TransitGatewayRoute(destination, null);
  }

  /** True when the route drops what matches it. */
  public boolean blackhole() {
    return attachmentId == null;
  }

  @Override
  public String toString() {
    return destination + " -> " + (blackhole() ? "blackhole" : attachmentId.value());
  }
}
