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
  private final Map<String, Obstacle> byId = new HashMap<>();
  private final BoxIndex<Obstacle> index = new BoxIndex<>(CELL, Obstacle::box);
  private final Box world;

  ObstacleSet(List<Obstacle> obstacles) {
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
    boolean first = true;
    for (Obstacle obstacle : obstacles) {
      if (byId.putIfAbsent(obstacle.id(), obstacle) != null) {
        continue;
      }
      index.add(obstacle);
      Box box = obstacle.box();
      minX = first ? box.x() : Math.min(minX, box.x());
      minY = first ? box.y() : Math.min(minY, box.y());
      maxX = first ? box.maxX() : Math.max(maxX, box.maxX());
      maxY = first ? box.maxY() : Math.max(maxY, box.maxY());
      first = false;
    }
    world = new Box(minX, minY, maxX - minX, maxY - minY);
  }

  Obstacle get(String id) {
    return byId.get(id);
  }

  Map<String, Obstacle> byId() {
    return byId;
  }

  /** The box around every obstacle. */
  Box world() {
    return world;
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
   * level (a box inside a box the connector avoids needs no look of its own). The two ends are
   * among them, unless one contains the other.
   */
  List<Obstacle> blockers(String fromId, String toId, Box area) {
    Set<String> open = ancestors(fromId);
    open.addAll(ancestors(toId));
    List<Obstacle> found = new ArrayList<>();
    for (Obstacle obstacle : index.meeting(area)) {
      if (!open.contains(obstacle.id()) && isTopOrInside(obstacle, open)) {
        found.add(obstacle);
      }
    }
    return found;
  }

  /** Every obstacle that meets {@code area}. */
  List<Obstacle> meeting(Box area) {
    return index.meeting(area);
  }

  private boolean isTopOrInside(Obstacle obstacle, Set<String> open) {
    String parent = obstacle.parentId();
    return parent == null || !byId.containsKey(parent) || open.contains(parent);
  }
}
