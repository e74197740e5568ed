package dev.netwright.app.aws;

import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Element;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * Puts changes in an order AWS accepts, as a topological order of their dependencies: what an
 * element refers to is created before it; an element is deleted before what it referred to; a
 * change that stops referring to something comes before that thing's delete. Among changes free to
 * go, creates and updates come before deletes, then containers before contents, then by id, so the
 * order is stable.
 */
final class ChangeOrder {
  private ChangeOrder() {
  }

  /** The changes in apply's order; refuses changes that depend on each other in a circle. */
  static List<PlannedChange> order(List<PlannedChange> changes) {
    DirectedAcyclicGraph<PlannedChange, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);
    Map<ElementId, PlannedChange> creates = new HashMap<>();
    Map<ElementId, PlannedChange> deletes = new HashMap<>();
    for (PlannedChange change : changes) {
      graph.addVertex(change);
      if (change.action() == PlannedChange.Action.CREATE) {
        creates.put(change.id(), change);
      } else if (change.action() == PlannedChange.Action.DELETE) {
        deletes.put(change.live().id(), change);
      }
    }
    for (PlannedChange change : changes) {
      if (change.desired() != null) {
        for (ElementId reference : change.desired().references()) {
          PlannedChange before = creates.get(reference);
          boolean laterRule = NewGroupRules.isGroupCreate(change) && NewGroupRules.isGroupCreate(before);
          if (before != null && before != change && !laterRule) {
            edge(graph, before, change);
          }
        }
        for (PlannedChange attachment : TransitCreator.attachmentsBefore(change.desired(), creates.values())) {
          edge(graph, attachment, change);
        }
        PlannedChange own = creates.get(change.id());
        if (change.action() == PlannedChange.Action.UPDATE && own != null) {
          edge(graph, own, change);
        }
      }
      if (change.live() != null) {
        for (ElementId reference : change.live().references()) {
          PlannedChange after = deletes.get(reference);
          if (after != null && after != change) {
            edge(graph, change, after);
          }
        }
      }
    }
    Comparator<PlannedChange> preference = Comparator
        .comparing((PlannedChange change) -> change.action() == PlannedChange.Action.DELETE ? 1 : 0)
        .thenComparing(change -> change.action() == PlannedChange.Action.DELETE ? -change.kind().ordinal() : change.kind().ordinal())
        .thenComparing(PlannedChange::id);
    List<PlannedChange> ordered = new ArrayList<>();
    new TopologicalOrderIterator<>(graph, preference).forEachRemaining(ordered::add);
    return ordered;
  }

  private static void edge(DirectedAcyclicGraph<PlannedChange, DefaultEdge> graph, PlannedChange from, PlannedChange to) {
    try {
      graph.addEdge(from, to);
    } catch (IllegalArgumentException cycle) {
      throw new NetwrightException(from.kind().label() + " " + from.id() + " and " + to.kind().label().toLowerCase() + " " + to.id()
          + " depend on each other (e.g. two new security groups whose rules name each other); apply them in two steps: first"
          + " without one of the rules, then with it");
    }
  }

}
