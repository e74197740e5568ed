package dev.netwright.model.cfn;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Works out values that depend on one another (conditions naming conditions, a subnet's block
 * taken from another's) in dependency order, with a list of what is left instead of recursion: a
 * template may chain thousands of them, and each is then computed once, from values already known.
 */
final class DependencyOrder {
  /** The values to work out: which are known, what each needs first, and how to compute one. */
  interface Graph<K> {
    boolean known(K key);

    Iterable<K> dependencies(K key);

    void compute(K key);

    /** The refusal for a value that needs itself. */
    RuntimeException cycle(K key);
  }

  private DependencyOrder() {
  }

  /** Computes {@code start} after everything it needs, depth first, each value once. */
  static <K> void prepare(K start, Graph<K> graph) {
    if (graph.known(start)) {
      return;
    }
    Deque<K> path = new ArrayDeque<>();
    Set<K> onPath = new HashSet<>();
    Map<K, Iterator<K>> left = new HashMap<>();
    path.push(start);
    onPath.add(start);
    while (!path.isEmpty()) {
      K top = path.peek();
      Iterator<K> needs = left.computeIfAbsent(top, key -> graph.dependencies(key).iterator());
      if (needs.hasNext()) {
        K need = needs.next();
        if (graph.known(need)) {
          continue;
        }
        if (!onPath.add(need)) {
          throw graph.cycle(need);
        }
        path.push(need);
      } else {
        path.pop();
        onPath.remove(top);
        left.remove(top);
        if (!graph.known(top)) {
          graph.compute(top);
        }
      }
    }
  }
}
