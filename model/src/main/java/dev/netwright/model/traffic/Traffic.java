package dev.netwright.model.traffic;

import dev.netwright.model.ElementId;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.path.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a design says about its traffic: the flows a person stated, and for everything they did not
 * state, the default each subnet is assumed to send to S3 and to each service the design has an
 * endpoint for ({@link TrafficAssumption}, 100 GB a month unless the design says otherwise).
 */
public record Traffic(TrafficAssumption unstated, List<TrafficFlow> flows) {
  /** No flow stated, the default assumption for the rest. */
  public static final Traffic DEFAULT = new Traffic(TrafficAssumption.DEFAULT, List.of());

  public Traffic {
    Objects.requireNonNull(unstated, "unstated");
    flows = List.copyOf(flows);
  }

  public Optional<TrafficFlow> find(ElementId id) {
    return flows.stream().filter(flow -> flow.id().equals(id)).findFirst();
  }

  /** The stated flow from a subnet to a target, if any. */
  public Optional<TrafficFlow> between(ElementId from, Target to) {
    return flows.stream().filter(flow -> flow.from().equals(from) && flow.to().equals(to)).findFirst();
  }

  public boolean isDefault() {
    return equals(DEFAULT);
  }

  /** These flows with {@code flow} added, or in place of the flow with its id. */
  public Traffic with(TrafficFlow flow) {
    List<TrafficFlow> changed = new ArrayList<>(flows);
    int at = indexOf(flow.id());
    if (at >= 0) {
      changed.set(at, flow);
    } else {
      changed.add(flow);
    }
    return new Traffic(unstated, changed);
  }

  public Traffic without(ElementId id) {
    return new Traffic(unstated, flows.stream().filter(flow -> !flow.id().equals(id)).toList());
  }

  /** These flows without those that start at or go to any of the elements (the elements are being deleted). */
  public Traffic withoutElements(Collection<ElementId> elements) {
    List<TrafficFlow> kept = flows.stream().filter(flow -> elements.stream().noneMatch(flow::involves)).toList();
    return kept.size() == flows.size() ? this : new Traffic(unstated, kept);
  }

  public Traffic withUnstated(TrafficAssumption assumption) {
    return new Traffic(assumption, flows);
  }

  private int indexOf(ElementId id) {
    for (int i = 0; i < flows.size(); i++) {
      if (flows.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
