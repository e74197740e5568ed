package dev.netwright.model.diagram;

import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What lives inside a subnet, as chips on its box: the network ACL it uses ({@code acl: name}, or
 * {@code acl: name (default)}) and its workloads, named one by one when there are few and counted
 * by type when there are many ({@code 12 instances}), so that a subnet of thousands stays legible.
 */
final class InsideSubnet {
  /** Up to this many workloads are named; more are counted by type. */
  static final int NAMED = 3;
  static final Tint ACL_FILL = Tint.of("#fdf1e3");
  static final Tint WORKLOAD_FILL = Tint.of("#e8f1fb");

  private InsideSubnet() {
  }

  static List<Face.ChipText> chips(Subnet subnet, Topology topology) {
    List<Face.ChipText> chips = new ArrayList<>();
    topology.networkAclOf(subnet.id()).ifPresent(acl -> chips.add(new Face.ChipText("acl: " + acl.label()
        + (topology.explicitNetworkAcl(subnet.id()).isEmpty() ? " (default)" : ""), ACL_FILL, DiagramColors.TEXT)));
    List<Workload> workloads = topology.workloadsIn(subnet.id());
    if (workloads.size() <= NAMED) {
      workloads.forEach(workload -> chips.add(new Face.ChipText(workload.label(), WORKLOAD_FILL, DiagramColors.TEXT)));
      return chips;
    }
    Map<WorkloadType, Integer> counts = new EnumMap<>(WorkloadType.class);
    workloads.forEach(workload -> counts.merge(workload.type(), 1, Integer::sum));
    counts.forEach((type, count) -> chips.add(new Face.ChipText(count(type, count), WORKLOAD_FILL, DiagramColors.TEXT)));
    return chips;
  }

  /** "12 instances", "1 Lambda function", "3 RDS instances". */
  static String count(WorkloadType type, int count) {
    String noun = type == WorkloadType.EC2_INSTANCE ? "instance" : type.label();
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  static String aclDetail(NetworkAcl acl) {
    return acl.inbound().size() + " in · " + acl.outbound().size() + " out" + (acl.isDefault() ? " · default" : "");
  }

  static String workloadDetail(Workload workload) {
    return workload.type().label() + workload.address().map(address -> " · " + address).orElse("");
  }
}
