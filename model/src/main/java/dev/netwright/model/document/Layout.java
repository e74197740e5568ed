package dev.netwright.model.document;

import dev.netwright.model.ElementId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where each element of a design is drawn. Immutable; elements without bounds are placed by the app. */
public final class Layout {
  private static final Layout EMPTY = new Layout(Map.of());

  private final Map<ElementId, Bounds> bounds;

  private Layout(Map<ElementId, Bounds> bounds) {
    this.bounds = bounds;
  }

  public static Layout empty() {
    return EMPTY;
  }

  public static Layout of(Map<ElementId, Bounds> bounds) {
    return new Layout(Collections.unmodifiableMap(new LinkedHashMap<>(bounds)));
  }

  public Optional<Bounds> find(ElementId id) {
    return Optional.ofNullable(bounds.get(id));
  }

  public Map<ElementId, Bounds> asMap() {
    return bounds;
  }

  public int size() {
    return bounds.size();
  }

  public Layout with(ElementId id, Bounds box) {
    Map<ElementId, Bounds> map = new LinkedHashMap<>(bounds);
    map.put(id, box);
    return new Layout(Collections.unmodifiableMap(map));
  }

  public Layout with(Map<ElementId, Bounds> changed) {
    Map<ElementId, Bounds> map = new LinkedHashMap<>(bounds);
    map.putAll(changed);
    return new Layout(Collections.unmodifiableMap(map));
  }

  public Layout without(Collection<ElementId> ids) {
    Map<ElementId, Bounds> map = new LinkedHashMap<>(bounds);
    ids.forEach(map::remove);
    return new Layout(Collections.unmodifiableMap(map));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Layout layout && bounds.equals(layout.bounds);
  }

  @Override
  public int hashCode() {
    return bounds.hashCode();
  }

  @Override
  public String toString() {
    return "Layout" + bounds;
  }
}
