package dev.netwright.model.layout;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The boxes placed so far while a layout is completed, and whether a new box would overlap one.
 * Boxes are indexed in a coarse grid so that laying out an imported account of thousands of
 * subnets stays fast. A NAT gateway lies inside its subnet by design, so only the subnet counts.
 */
final class Occupancy {
  private static final double CELL = 512;
  /** A box over more cells than this (a big VPC) is kept in a short list instead of the grid. */
  private static final long LARGE_CELLS = 16;

  private final Set<ElementId> natGateways = new HashSet<>();
  private final Map<ElementId, Bounds> boxes;
  private final Map<Long, List<ElementId>> grid = new HashMap<>();
  private final List<ElementId> large = new ArrayList<>();
  private double maxX = Double.NEGATIVE_INFINITY;
  private double maxY = Double.NEGATIVE_INFINITY;

  Occupancy(Topology topology, Layout given) {
    topology.natGateways().forEach(nat -> natGateways.add(nat.id()));
    this.boxes = new LinkedHashMap<>();
    given.asMap().forEach(this::put);
  }

  boolean isEmpty() {
    return boxes.isEmpty();
  }

  boolean has(ElementId id) {
    return boxes.containsKey(id);
  }

  Bounds get(ElementId id) {
    return boxes.get(id);
  }

  void put(ElementId id, Bounds bounds) {
    boxes.put(id, bounds);
    maxX = Math.max(maxX, bounds.maxX());
    maxY = Math.max(maxY, bounds.maxY());
    if (natGateways.contains(id)) {
      return;
    }
    if (cellCount(bounds) > LARGE_CELLS) {
      large.add(id);
      return;
    }
    forEachCell(bounds, cell -> grid.computeIfAbsent(cell, key -> new ArrayList<>()).add(id));
  }

  /** True when {@code candidate} overlaps no placed box except those of {@code ignore}. */
  boolean isFree(Bounds candidate, Set<ElementId> ignore) {
    for (ElementId id : large) {
      if (!ignore.contains(id) && candidate.intersects(boxes.get(id))) {
        return false;
      }
    }
    boolean[] free = {true};
    forEachCell(candidate, cell -> {
      if (!free[0]) {
        return;
      }
      for (ElementId id : grid.getOrDefault(cell, List.of())) {
        if (!ignore.contains(id) && candidate.intersects(boxes.get(id))) {
          free[0] = false;
          return;
        }
      }
    });
    return free[0];
  }

  double maxX() {
    return maxX;
  }

  double maxY() {
    return maxY;
  }

  Layout layout() {
    return Layout.of(boxes);
  }

  /** A well-spread key of a cell: Long's own hash of packed coordinates collides along diagonals. */
  private static long cellKey(long cx, long cy) {
    long key = (cx << 32) ^ (cy & 0xffffffffL);
    key = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
    key = (key ^ (key >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return key ^ (key >>> 33);
  }

  private static long cellCount(Bounds bounds) {
    long columns = (long) Math.floor(bounds.maxX() / CELL) - (long) Math.floor(bounds.x() / CELL) + 1;
    long rows = (long) Math.floor(bounds.maxY() / CELL) - (long) Math.floor(bounds.y() / CELL) + 1;
    return columns * rows;
  }

  private static void forEachCell(Bounds bounds, LongConsumer action) {
    long fromX = (long) Math.floor(bounds.x() / CELL);
    long toX = (long) Math.floor(bounds.maxX() / CELL);
    long fromY = (long) Math.floor(bounds.y() / CELL);
    long toY = (long) Math.floor(bounds.maxY() / CELL);
    for (long cx = fromX; cx <= toX; cx++) {
      for (long cy = fromY; cy <= toY; cy++) {
        action.accept(cellKey(cx, cy));
      }
    }
  }
}
