package dev.netwright.model.check;

import dev.netwright.model.Cidr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Finds overlapping CIDR blocks in O(n log n): sorted by first address (wider block first on a
 * tie), two CIDR blocks either nest or are disjoint, so each block overlaps an earlier one exactly
 * when it starts before the widest open block ends. Each overlapping block is reported once,
 * paired with the widest earlier block that holds it.
 */
public final class OverlapSweep {
  /** Two items whose blocks overlap, the earlier (wider or equal) first. */
  public record Pair<T>(T first, T second) {
  }

  private OverlapSweep() {
  }

  /** The overlapping pairs among {@code items}. */
  public static <T> List<Pair<T>> pairs(List<T> items, Function<T, Cidr> cidrOf) {
    return pairs(items, cidrOf, (a, b) -> true);
  }

  /** The overlapping pairs among {@code items} for which {@code counts} holds. */
  public static <T> List<Pair<T>> pairs(List<T> items, Function<T, Cidr> cidrOf, BiPredicate<T, T> counts) {
    if (items.size() < 2) {
      return List.of();
    }
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(cidrOf));
    List<Pair<T>> pairs = new ArrayList<>();
    T open = null;
    for (T item : sorted) {
      Cidr cidr = cidrOf.apply(item);
      if (open != null && Integer.compareUnsigned(cidr.firstAddress(), cidrOf.apply(open).lastAddress()) <= 0) {
        if (counts.test(open, item)) {
          pairs.add(new Pair<>(open, item));
        }
      } else {
        open = item;
      }
    }
    return pairs;
  }
}
