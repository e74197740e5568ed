package dev.netwright.app.aws;

import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a plan leaves alone: workloads, which apply never creates, changes or deletes (instances and
 * the network interfaces of Lambda, ECS, RDS and load balancers belong to whoever runs them; they are
 * read from the account for the paths and checks). The plan says so rather than being silent about
 * them.
 */
final class NotApplied {
  private static final Set<ElementKind> KINDS = TransitNotApplied.with(Set.of(ElementKind.WORKLOAD));

  private NotApplied() {
  }

  static Set<ElementKind> kinds() {
    return KINDS;
  }

  /**
   * The lines a text plan starts with when the design has workloads, one per kind of workload, e.g.
   * {@code Not applied: 2 EC2 instances are read from the account; apply never creates or deletes them.}
   */
  static Optional<String> note(Topology design) {
    Map<WorkloadType, Long> counts = design.workloads().stream()
        .collect(Collectors.groupingBy(Workload::type, () -> new EnumMap<>(WorkloadType.class), Collectors.counting()));
    Optional<String> transit = TransitNotApplied.note(design).map(text -> "Not applied: " + text + ".");
    if (counts.isEmpty()) {
      return transit;
    }
    String workloads = counts.entrySet().stream()
        .map(entry -> "Not applied: " + entry.getValue() + " " + plural(entry.getKey().label(), entry.getValue())
            + (entry.getValue() == 1 ? " is" : " are") + " read from the account; apply never creates or deletes "
            + (entry.getValue() == 1 ? "it." : "them."))
        .collect(Collectors.joining("\n"));
    return Optional.of(transit.map(text -> workloads + "\n" + text).orElse(workloads));
  }

  private static String plural(String label, long count) {
    return count == 1 ? label : label.endsWith("s") ? label + "es" : label + "s";
  }
}
