package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.ElementKind;
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
 * What lives inside a subnet: the network ACL it uses, as a chip on its box ({@code acl: name}, or
 * {@code acl: name (default)}) that stands for the ACL, and its workloads, drawn as small items
 * (icon and name) inside the box: one by one when there are few, and counted by type when there
 * are many ({@code 12 instances}), so that a subnet of thousands stays legible.
 */
final class InsideSubnet {
  /** Up to this many workloads are drawn one by one; more are counted by type. */
  static final int NAMED = 3;
  static final Tint ACL_FILL = Tint.of("#fdf1e3");

  /**
   * One item drawn in a subnet: a workload ({@code members} holds just it) or a group of workloads
   * of one type ({@code type} set, {@code members} every one of them).
   */
  record Item(Face face, WorkloadType groupType, List<ElementId> members) {
    Item {
      members = List.copyOf(members);
    }

    boolean isGroup() {
      return groupType != null;
    }
  }

  private InsideSubnet() {
  }

  static List<Face.ChipText> chips(Subnet subnet, Topology topology) {
    List<Face.ChipText> chips = new ArrayList<>();
    topology.networkAclOf(subnet.id()).ifPresent(acl -> chips.add(new Face.ChipText("acl: " + acl.label()
        + (topology.explicitNetworkAcl(subnet.id()).isEmpty() ? " (default)" : ""), ACL_FILL, DiagramColors.TEXT,
        acl.id().value())));
    return chips;
  }

  /** The workloads of a subnet as the items drawn in it, in the order of the design. */
  static List<Item> items(Subnet subnet, Topology topology) {
    List<Workload> workloads = topology.workloadsIn(subnet.id());
    List<Item> items = new ArrayList<>();
    if (workloads.size() <= NAMED) {
      workloads.forEach(workload -> items.add(single(workload)));
      return items;
    }
    Map<WorkloadType, List<Workload>> byType = new EnumMap<>(WorkloadType.class);
    workloads.forEach(workload -> byType.computeIfAbsent(workload.type(), key -> new ArrayList<>()).add(workload));
    byType.forEach((type, ofType) -> {
      if (ofType.size() == 1) {
        items.add(single(ofType.get(0)));
      } else {
        items.add(new Item(new Face(ElementKind.WORKLOAD, count(type, ofType.size()), List.of(), List.of(), Face.Scale.ITEM),
            type, ofType.stream().map(Workload::id).toList()));
      }
    });
    return items;
  }

  private static Item single(Workload workload) {
    return new Item(new Face(ElementKind.WORKLOAD, workload.label(), List.of(), List.of(), Face.Scale.ITEM), null,
        List.of(workload.id()));
  }

  /** "12 instances", "1 Lambda function", "3 RDS instances". */
  static String count(WorkloadType type, int count) {
    String noun = type == WorkloadType.EC2_INSTANCE ? "instance" : type == WorkloadType.ECS_TASK ? "task" : type.label();
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  static String aclDetail(NetworkAcl acl) {
    return acl.inbound().size() + " in · " + acl.outbound().size() + " out" + (acl.isDefault() ? " · default" : "");
  }

  static String workloadDetail(Workload workload) {
    return workload.type().label() + workload.address().map(address -> " · " + address).orElse("");
  }
}
