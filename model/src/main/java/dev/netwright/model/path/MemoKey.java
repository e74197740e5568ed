package dev.netwright.model.path;

import dev.netwright.model.topology.Element;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key of a memoized hop or text: a label and the things it is made of. Elements compare by
 * identity (they are immutable, so the same instance always makes the same hop, and hashing one
 * by identity is far cheaper than hashing its lists); other values compare by equality.
 */
final class MemoKey {
  private final Object[] parts;
  private final int hash;

  MemoKey(Object... parts) {
    this.parts = parts;
    int h = 1;
    for (Object part : parts) {
      h = 31 * h + (part instanceof Element ? System.identityHashCode(part) : Objects.hashCode(part));
    }
    this.hash = h;
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
