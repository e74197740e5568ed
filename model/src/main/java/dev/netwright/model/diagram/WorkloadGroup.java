package dev.netwright.model.diagram;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;

/**
 * The item that stands for the workloads of one type in a subnet with many ({@code 12 instances}):
 * its box's key and SVG {@code data-id} is {@code subnet/workloads/type}, its {@code data-kind}
 * {@value #KIND}; the canvas selects every workload it counts when it is clicked.
 */
public final class WorkloadGroup {
  /** The SVG {@code data-kind} of a group's box. */
  public static final String KIND = "workload-group";
  private static final String INFIX = "/workloads/";

  private WorkloadGroup() {
  }

  static String key(ElementId subnetId, WorkloadType type) {
    return subnetId.value() + INFIX + type.slug();
  }

  /** The workloads a group's box counts, in design order; empty for a box that is no group. */
  public static List<ElementId> members(DrawnBox box, Topology topology) {
    int at = box.key().lastIndexOf(INFIX);
    if (!KIND.equals(box.kind()) || at < 0 || box.parentKey() == null) {
      return List.of();
    }
    String slug = box.key().substring(at + INFIX.length());
    ElementId subnet = ElementId.of(box.parentKey());
    return topology.workloadsIn(subnet).stream().filter(workload -> workload.type().slug().equals(slug)).map(Workload::id).toList();
  }
}
