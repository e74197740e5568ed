package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The obstacles of one drawing, indexed: by id, by place (which boxes meet an area) and by
 * nesting (which boxes contain a given one).
 */
final class ObstacleSet {
  private static final double CELL = 256;
  private Map<String, Obstacle> byId = new HashMap<>();
  private final BoxIndex<Obstacle> index = new BoxIndex<>(CELL, Obstacle::box);
  private Box world = new Box(0, 0, 0, 0);
  private List<Obstacle> order = List.of();
  private boolean keptIds;

  /**
   * Takes the drawing's obstacles now (the first of two with one id counts) and gives the boxes
   * that changed since the last time: where each added, removed, moved or re-parented box was and
   * is.
   */
  List<Box> update(List<Obstacle> obstacles) {
    keptIds = sameIds(obstacles);
    if (keptIds) {
      return updateInPlace(obstacles);
    }
    Map<String, Obstacle> now = new HashMap<>(obstacles.size() * 2);
    List<Box> changed = new ArrayList<>();
    for (Obstacle obstacle : obstacles) {
      if (now.putIfAbsent(obstacle.id(), obstacle) != null) {
        continue;
      }
      Obstacle old = byId.get(obstacle.id());
      if (!obstacle.equals(old)) {
        if (old != null) {
          index.remove(old);
          changed.add(old.box());
        }
        index.add(obstacle);
        changed.add(obstacle.box());
      }
    }
    for (Obstacle old : byId.values()) {
      if (!now.containsKey(old.id())) {
        index.remove(old);
        changed.add(old.box());
      }
    }
    byId = now;
    order = obstacles.size() == now.size() ? List.copyOf(obstacles) : List.of();
    world = bounds(now.values());
    return changed;
  }

  /** Whether {@code obstacles} has the ids of the last list, in the same order. */
  private boolean sameIds(List<Obstacle> obstacles) {
    if (order.isEmpty() || obstacles.size() != order.size()) {
      return false;
    }
    for (int k = 0; k < obstacles.size(); k++) {
      if (!obstacles.get(k).id().equals(order.get(k).id())) {
        return false;
      }
    }
    return true;
  }

  /** The update when only boxes or parents changed: compared place by place, no lookups. */
  private List<Box> updateInPlace(List<Obstacle> obstacles) {
    List<Box> changed = new ArrayList<>();
    List<Obstacle> next = new ArrayList<>(obstacles);
    for (int k = 0; k < obstacles.size(); k++) {
      Obstacle old = order.get(k);
      Obstacle obstacle = obstacles.get(k);
      if (old != obstacle && !old.equals(obstacle)) {
        index.remove(old);
        index.add(obstacle);
        byId.put(obstacle.id(), obstacle);
        changed.add(old.box());
        changed.add(obstacle.box());
      }
    }
    order = next;
    if (!changed.isEmpty()) {
      world = bounds(order);
    }
    return changed;
  }

  /** Whether the last update kept every id (so every request's ends are still there). */
  boolean sameIdsAsBefore() {
    return keptIds;
  }

  private static Box bounds(Iterable<Obstacle> obstacles) {
    Box all = null;
    for (Obstacle obstacle : obstacles) {
      all = all == null ? obstacle.box() : all.union(obstacle.box());
    }
    return all == null ? new Box(0, 0, 0, 0) : all;
  }

  Obstacle get(String id) {
    return byId.get(id);
  }

  /** The box around every obstacle. */
  Box world() {
    return world;
  }

  /** The boxes a connector between the two may cross: those containing either. */
  Set<String> open(String fromId, String toId) {
    Set<String> open = ancestors(fromId);
    open.addAll(ancestors(toId));
    return open;
  }

  /** The boxes that contain {@code id} (its parent, the parent's parent, …), not itself. */
  Set<String> ancestors(String id) {
    Set<String> found = new HashSet<>();
    Obstacle obstacle = byId.get(id);
    while (obstacle != null && obstacle.parentId() != null && found.add(obstacle.parentId())) {
      obstacle = byId.get(obstacle.parentId());
    }
    found.remove(id);
    return found;
  }

  /**
   * The boxes a connector between {@code fromId} and {@code toId} must go around within
   * {@code area}: every box that is not one of their ancestors, counted once at its outermost
   * level (a box inside a box the connector avoids needs no look of its own, unless it sticks out
   * of it). The two ends are among them, unless one contains the other.
   */
  List<Obstacle> blockers(String fromId, String toId, Box area) {
    Set<String> open = open(fromId, toId);
    List<Obstacle> found = new ArrayList<>();
    for (Obstacle obstacle : index.meeting(area)) {
      if (!open.contains(obstacle.id()) && isTopOrInside(obstacle, open)) {
        found.add(obstacle);
      }
    }
    return found;
  }

  /** The boxes of the ancestors of {@code fromId} and {@code toId} that meet {@code area}. */
  List<Box> containers(String fromId, String toId, Box area) {
    List<Box> found = new ArrayList<>();
    for (String id : open(fromId, toId)) {
      Obstacle container = byId.get(id);
      Box box = container == null ? null : container.box();
      if (box != null && box.x() <= area.maxX() && area.x() <= box.maxX() && box.y() <= area.maxY() && area.y() <= box.maxY()) {
        found.add(box);
      }
    }
    return found;
  }

  /** Every obstacle that meets {@code area}. */
  List<Obstacle> meeting(Box area) {
    return index.meeting(area);
  }

  /**
   * Whether the connector must look at this box itself: it sits at the top, in a box the connector
   * may cross, or sticks out of its parent (a gateway on a VPC's border), where going around the
   * parent does not go around it.
   */
  private boolean isTopOrInside(Obstacle obstacle, Set<String> open) {
    String parentId = obstacle.parentId();
    Obstacle parent = parentId == null ? null : byId.get(parentId);
    return parent == null || open.contains(parentId) || !parent.box().encloses(obstacle.box());
  }

}
