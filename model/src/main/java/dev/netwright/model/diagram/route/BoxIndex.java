package dev.netwright.model.diagram.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the items whose box meets an area without looking at every item: a uniform grid of
 * square cells, each listing the items over it. Items larger than a few dozen cells (a region, a
 * large VPC) sit in one list that every query reads.
 */
final class BoxIndex<T> {
  private static final int MAX_CELLS = 64;
  private final double cell;
  private final Function<T, Box> boxOf;
  private final Map<Long, List<T>> cells = new HashMap<>();
  private final List<T> large = new ArrayList<>();

  BoxIndex(double cell, Function<T, Box> boxOf) {
    this.cell = cell;
    this.boxOf = boxOf;
  }

  void add(T item) {
    Box box = boxOf.apply(item);
    int x0 = index(box.x());
    int x1 = index(box.maxX());
    int y0 = index(box.y());
    int y1 = index(box.maxY());
    if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS) {
      large.add(item);
      return;
    }
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(item);
      }
    }
  }

  void remove(T item) {
    Box box = boxOf.apply(item);
    if (!large.remove(item)) {
      for (int x = index(box.x()); x <= index(box.maxX()); x++) {
        for (int y = index(box.y()); y <= index(box.maxY()); y++) {
          List<T> list = cells.get(key(x, y));
          if (list != null) {
            list.remove(item);
          }
        }
      }
    }
  }

  /** Every item whose box shares area with {@code area} or touches it. */
  List<T> meeting(Box area) {
    List<T> found = new ArrayList<>();
    Set<T> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    long span = (long) (index(area.maxX()) - index(area.x()) + 1) * (index(area.maxY()) - index(area.y()) + 1);
    if (span > cells.size()) {
      for (List<T> list : cells.values()) {
        collect(list, area, seen, found);
      }
    } else {
      for (int x = index(area.x()); x <= index(area.maxX()); x++) {
        for (int y = index(area.y()); y <= index(area.maxY()); y++) {
          List<T> list = cells.get(key(x, y));
          if (list != null) {
            collect(list, area, seen, found);
          }
        }
      }
    }
    for (T item : large) {
      if (touches(boxOf.apply(item), area)) {
        found.add(item);
      }
    }
    return found;
  }

  private void collect(List<T> list, Box area, Set<T> seen, List<T> found) {
    for (T item : list) {
      if (touches(boxOf.apply(item), area) && seen.add(item)) {
        found.add(item);
      }
    }
  }

  private static boolean touches(Box a, Box b) {
    return a.x() <= b.maxX() && b.x() <= a.maxX() && a.y() <= b.maxY() && b.y() <= a.maxY();
  }

  private int index(double coordinate) {
    return (int) Math.floor(coordinate / cell);
  }

  /** The cell's key, its two indices packed and mixed so that neighbouring cells hash apart. */
  private static long key(int x, int y) {
    long packed = ((long) x << 32) | (y & 0xffffffffL);
    packed = (packed ^ (packed >>> 33)) * 0xff51afd7ed558ccdL;
    return packed ^ (packed >>> 33);
  }
}
