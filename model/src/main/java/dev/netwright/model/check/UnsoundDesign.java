package dev.netwright.model.check;

import dev.netwright.model.check.rules.RouteTargetMissingRule;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors that make a design's paths, and so its costs and advice, meaningless: a broken
 * reference or containment (STRUCTURE) and a route to nothing or to an element that takes no
 * routed traffic, such as a route table (ROUTE-TARGET-MISSING). {@code validate} reports them as
 * findings; the commands that answer from paths refuse such a design with the first of them
 * rather than answer as if it were sound (docs/rules.md).
 */
public final class UnsoundDesign {
  private static final List<Rule> RULES = List.of(new StructureRule(), new RouteTargetMissingRule());

  private UnsoundDesign() {
  }

  /** The errors that make paths meaningless, in the checks' order; empty for a sound design. */
  public static List<Finding> errors(Topology topology) {
    List<Finding> errors = new ArrayList<>();
    for (Rule rule : RULES) {
      errors.addAll(rule.check(topology));
    }
    errors.sort(Checks.ORDER);
    return errors;
  }
}
