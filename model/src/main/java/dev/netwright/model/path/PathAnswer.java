package dev.netwright.model.path;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one path question, shaped as {@code reach --format json} prints it: whether
 * {@code from} reaches {@code to}, every hop, whether the path leaves through an internet gateway,
 * goes through a NAT gateway or crosses Availability Zones, the endpoint it uses (null for none),
 * the cost of each GB sent along it, and, when it is not reachable, what blocks it.
 *
 * <p>A blocked path carries no traffic, so its {@code costPerGb} is 0; its hops run up to the
 * element that blocks it.
 */
public record PathAnswer(String from, String to, boolean reachable, boolean crossesInternet, boolean viaNat, boolean crossesAz,
    String endpoint, List<Hop> hops, Blocked blockedBy, double costPerGb) {

  public PathAnswer {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    hops = List.copyOf(hops);
    if (reachable == (blockedBy != null)) {
      throw new IllegalArgumentException("a path is either reachable or blocked by something, not both or neither");
    }
  }
}
