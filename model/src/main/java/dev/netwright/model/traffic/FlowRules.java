package dev.netwright.model.traffic;

import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.topology.Workload;
import java.util.Optional;

/**
 * What makes a stated flow fit a design, checked alike when a file is read and when a person edits
 * a flow: a fresh id (no other flow and no element has it), a subnet or a workload of the design to
 * start from, or the on-premises networks behind a VPN gateway (what the path engine starts paths from), and,
 * when the target is an element, an element of the design that is not the source itself.
 */
public final class FlowRules {
  private FlowRules() {
  }

  /** Why {@code flow} cannot be one of {@code others}' flows in {@code topology}; empty when it can. */
  public static Optional<String> problem(Topology topology, Traffic others, TrafficFlow flow) {
    if (topology.contains(flow.id())) {
      return Optional.of("the flow id " + flow.id() + " is already the id of an element; a flow needs an id of its own");
    }
    if (others.flows().stream().anyMatch(other -> other.id().equals(flow.id()))) {
      return Optional.of("the flow id " + flow.id() + " is already used by another flow");
    }
    Optional<Element> source = topology.find(flow.from());
    if (source.isEmpty()) {
      return Optional.of("the flow " + flow.id() + " starts at " + flow.from() + ", but the design has no element with that id");
    }
    if (!(source.get() instanceof Subnet) && !(source.get() instanceof Workload) && !(source.get() instanceof VpnGateway)
        && !(source.get() instanceof dev.netwright.model.topology.TransitGatewayVpnAttachment)) {
      return Optional.of("the flow " + flow.id() + " starts at " + flow.from() + ", a " + source.get().kind().label().toLowerCase()
          + "; a flow starts at a subnet, a workload or the on-premises networks behind a VPN gateway or a transit gateway"
          + " VPN attachment");
    }
    if (flow.to().kind() == Target.Kind.ELEMENT) {
      if (!topology.contains(flow.to().elementId())) {
        return Optional.of("the flow " + flow.id() + " goes to " + flow.to() + ", but the design has no element with that id");
      }
      if (flow.to().elementId().equals(flow.from())) {
        return Optional.of("the flow " + flow.id() + " goes from " + flow.from() + " to itself");
      }
    }
    return Optional.empty();
  }
}
