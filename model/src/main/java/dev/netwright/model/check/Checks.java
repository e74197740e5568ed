package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every rule Netwright runs on a design, and the one way to run them all. */
public final class Checks {
  private static final List<Rule> ALL = List.of(
      new StructureRule());

  /** Errors first, then by rule id, then by the elements named. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::rule)
      .thenComparing(finding -> finding.elements().stream().map(ElementId::value).toList(), Checks::compareLists);

  private Checks() {
  }

  /** Every rule, in catalogue order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The findings of every rule on a topology, in {@link #ORDER}. */
  public static List<Finding> run(Topology topology) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : ALL) {
      findings.addAll(rule.check(topology));
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int byItem = a.get(i).compareTo(b.get(i));
      if (byItem != 0) {
        return byItem;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
