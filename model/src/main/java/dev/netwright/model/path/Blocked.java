package dev.netwright.model.path;

import java.util.Objects;

/** Where a packet stops and why, in a network engineer's words: the element and the reason. */
public record Blocked(String id, String reason) {
  public Blocked {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return id + ": " + reason;
  }
}
