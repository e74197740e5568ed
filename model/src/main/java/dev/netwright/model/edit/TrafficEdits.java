package dev.netwright.model.edit;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.Target;
import dev.netwright.model.traffic.FlowRules;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;

/**
 * The edits of a design's traffic, made through its {@link DesignEditor} so that each is one undo
 * step like any other edit: state a flow, change its volume or its ends, remove it, and set what
 * each subnet is assumed to send where nothing is stated.
 */
public final class TrafficEdits {
  private final DesignEditor editor;

  TrafficEdits(DesignEditor editor) {
    this.editor = editor;
  }

  /** A fresh flow id for traffic from {@code from} to {@code to}: {@code AppSubnetA-s3}, then {@code AppSubnetA-s3-2}, … */
  public ElementId nextId(ElementId from, Target to) {
    Document document = editor.document();
    String base = from.value() + "-" + to.text().replace("service:", "");
    ElementId id = ElementId.of(base);
    for (int n = 2; document.topology().contains(id) || document.traffic().find(id).isPresent(); n++) {
      id = ElementId.of(base + "-" + n);
    }
    return id;
  }

  /** States a new flow of {@code sent} GB a month from a subnet to a target, and {@code received} GB back. */
  public Command add(ElementId from, Target to, BigDecimal sent, BigDecimal received) {
    Document before = editor.document();
    if (before.traffic().between(from, to).isPresent()) {
      throw new EditRefusedException("the design already states a flow from " + from + " to " + to + " ("
          + before.traffic().between(from, to).get().id() + "); change its GB instead");
    }
    TrafficFlow flow = flow(nextId(from, to), from, to, sent, received);
    check(before, before.traffic(), flow);
    return editor.commit(before, new EditTraffic("Add flow " + flow.id(), traffic -> traffic.with(flow)), List.of());
  }

  /** Replaces a stated flow by an edited copy with the same id: other GB, or other ends. */
  public Command update(TrafficFlow edited) {
    Document before = editor.document();
    TrafficFlow existing = before.traffic().find(edited.id())
        .orElseThrow(() -> new EditRefusedException("there is no flow " + edited.id() + " to edit"));
    if (existing.equals(edited)) {
      throw new EditRefusedException("flow " + edited.id() + " is unchanged");
    }
    check(before, before.traffic().without(edited.id()), edited);
    return editor.commit(before, new EditTraffic("Edit flow " + edited.id(), traffic -> traffic.with(edited)), List.of());
  }

  public Command remove(ElementId id) {
    Document before = editor.document();
    if (before.traffic().find(id).isEmpty()) {
      throw new EditRefusedException("there is no flow " + id + " to remove");
    }
    return editor.commit(before, new EditTraffic("Remove flow " + id, traffic -> traffic.without(id)), List.of());
  }

  /** Sets the GB a month each subnet is assumed to send to each service where the design states no flow. */
  public Command setUnstated(TrafficAssumption unstated) {
    Document before = editor.document();
    if (before.traffic().unstated().equals(unstated)) {
      throw new EditRefusedException("the traffic assumed per subnet already is " + unstated.gbPerSubnet() + " GB a month");
    }
    return editor.commit(before, new EditTraffic("Assume " + unstated.gbPerSubnet().stripTrailingZeros().toPlainString()
        + " GB a month per subnet", traffic -> traffic.withUnstated(unstated)), List.of());
  }

  private static TrafficFlow flow(ElementId id, ElementId from, Target to, BigDecimal sent, BigDecimal received) {
    try {
      return new TrafficFlow(id, from, to, sent, received);
    } catch (InvalidValueException e) {
      throw new EditRefusedException(e.getMessage());
    }
  }

  private static void check(Document document, Traffic others, TrafficFlow flow) {
    FlowRules.problem(document.topology(), others, flow).ifPresent(problem -> {
      throw new EditRefusedException(problem);
    });
  }
}
