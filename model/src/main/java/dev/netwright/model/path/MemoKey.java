package dev.netwright.model.path;

import dev.netwright.model.topology.Element;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The key of a memoized hop or text: a label and the things it is made of. Elements compare by
 * identity (they are immutable, so the same instance always makes the same hop, and hashing one
 * by identity is far cheaper than hashing its lists); other values compare by equality (a list
 * hashed by its size and ends only).
 */
final class MemoKey {
  private final Object[] parts;
  private final int hash;

  MemoKey(Object... parts) {
    this.parts = parts;
    int h = 1;
    for (Object part : parts) {
      h = 31 * h + hashOf(part);
    }
    this.hash = h;
  }

  /**
   * An element's identity hash; a list's size and ends (equal lists have equal ones, and a list of
   * address blocks, such as a service's public ranges, is too long to hash whole at every look-up);
   * any other value's own hash.
   */
  private static int hashOf(Object part) {
    if (part instanceof Element) {
      return System.identityHashCode(part);
    }
    if (part instanceof List<?> list) {
      int size = list.size();
      return size == 0 ? 1 : (31 * size + Objects.hashCode(list.get(0))) * 31 + Objects.hashCode(list.get(size - 1));
    }
    return Objects.hashCode(part);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof MemoKey key) || key.hash != hash || key.parts.length != parts.length) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      Object a = parts[i];
      Object b = key.parts[i];
      if (a != b && (a instanceof Element || !Objects.equals(a, b))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.toString(parts);
  }
}
