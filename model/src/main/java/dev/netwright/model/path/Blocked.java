package dev.netwright.model.path;

import java.util.Objects;

/**
 * Where a packet stops and why, in a network engineer's words: the element and the reason. When a
 * filter's rule stops it, {@code rule} names the rule: {@code inbound 100} or {@code outbound *}
 * (a network ACL's direction and rule number, {@code *} for its last, catch-all rule), or
 * {@code ingress} / {@code egress} (a security group's direction); null otherwise.
 */
public record Blocked(String id, String reason, String rule) {
  public Blocked {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }

  public Blocked(String id, String reason) {
    this(id, reason, null);
  }

  @Override
  public String toString() {
    return id + ": " + reason;
  }
}
