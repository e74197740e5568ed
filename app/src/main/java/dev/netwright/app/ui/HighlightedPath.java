package dev.netwright.app.ui;

import dev.netwright.model.ElementId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A path the canvas highlights hop by hop: the elements a packet crosses, in order, and, when the
 * path is blocked, the element that blocks it (which may or may not be one of the hops) and,
 * when that element is drawn in several places (a network ACL's chip on each of its subnets), the
 * element where it blocks ({@code blockedAt}, the subnet whose chip is marked; null otherwise).
 */
public record HighlightedPath(List<ElementId> hops, ElementId blockedBy, ElementId blockedAt) {
  public static final HighlightedPath NONE = new HighlightedPath(List.of(), null);

  public HighlightedPath {
    hops = List.copyOf(Objects.requireNonNull(hops, "hops"));
  }

  public HighlightedPath(List<ElementId> hops, ElementId blockedBy) {
    this(hops, blockedBy, null);
  }

  /** Blocked by {@code blocker} where it sits on {@code at} (the subnet whose ACL chip stops the packet). */
  public static HighlightedPath blocked(List<ElementId> hops, ElementId blocker, ElementId at) {
    return new HighlightedPath(hops, Objects.requireNonNull(blocker, "blocker"), at);
  }

  public Optional<ElementId> blockerPlace() {
    return Optional.ofNullable(blockedAt);
  }

  public static HighlightedPath reachable(List<ElementId> hops) {
    return new HighlightedPath(hops, null);
  }

  public static HighlightedPath blocked(List<ElementId> hops, ElementId blocker) {
    return new HighlightedPath(hops, Objects.requireNonNull(blocker, "blocker"));
  }

  public Optional<ElementId> blocker() {
    return Optional.ofNullable(blockedBy);
  }

  public boolean isEmpty() {
    return hops.isEmpty() && blockedBy == null;
  }
}
