package dev.netwright.model.check;

import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import java.util.List;

/**
 * Reports the structural problems of a topology (dangling references, containment across VPCs,
 * a zone outside the VPC's region, two main tables) as errors. A design file with such a problem
 * is refused when loaded; a template or an imported account can still carry one.
 */
public final class StructureRule implements Rule {
  public static final String ID = "STRUCTURE";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public List<Finding> check(Topology topology) {
    return StructureCheck.problems(topology).stream()
        .map(problem -> new Finding(ID, Severity.ERROR, List.of(problem.element()),
            problem.element() + " " + problem.message() + "; fix the reference or remove the element."))
        .toList();
  }
}
