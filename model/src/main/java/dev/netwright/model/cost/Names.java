package dev.netwright.model.cost;

import java.util.Collection;
import java.util.List;

/** How advice lists things in a sentence: {@code A}, {@code A and B}, {@code A, B and C}. */
final class Names {
  private Names() {
  }

  static String list(Collection<String> names) {
    List<String> all = List.copyOf(names);
    if (all.size() <= 1) {
      return all.isEmpty() ? "" : all.get(0);
    }
    return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
  }

  /** {@code subnet A} or {@code subnets A and B}. */
  static String counted(String noun, Collection<String> names) {
    return noun + (names.size() == 1 ? " " : "s ") + list(names);
  }
}
