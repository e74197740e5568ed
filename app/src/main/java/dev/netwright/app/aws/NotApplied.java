package dev.netwright.app.aws;

import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Topology;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan leaves alone: workloads, which apply never creates or deletes (instances and the
 * network interfaces of Lambda, ECS, RDS and load balancers belong to whoever runs them), and
 * network ACLs, which this version of apply does not change yet. The plan says so rather than
 * being silent about them.
 */
final class NotApplied {
  private static final Set<ElementKind> KINDS = TransitNotApplied.with(Set.of(ElementKind.WORKLOAD, ElementKind.NETWORK_ACL));

  private NotApplied() {
  }

  static Set<ElementKind> kinds() {
    return KINDS;
  }

  /** The line a text plan starts with when the design has such elements. */
  static Optional<String> note(Topology design) {
    int workloads = design.workloads().size();
    int acls = design.networkAcls().size();
    Optional<String> transit = TransitNotApplied.note(design);
    if (workloads == 0 && acls == 0) {
      return transit.map(text -> "Not applied: " + text + ".");
    }
    StringBuilder note = new StringBuilder("Not applied:");
    if (workloads > 0) {
      note.append(" ").append(workloads).append(workloads == 1 ? " workload" : " workloads")
          .append(" (apply never creates or deletes instances or network interfaces: they are read from the account)");
    }
    if (acls > 0) {
      note.append(workloads > 0 ? ";" : "").append(" ").append(acls).append(acls == 1 ? " network ACL" : " network ACLs")
          .append(" (this version of apply does not change network ACLs)");
    }
    transit.ifPresent(text -> note.append("; ").append(text));
    return Optional.of(note.append('.').toString());
  }
}
