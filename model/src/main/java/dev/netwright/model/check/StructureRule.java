package dev.netwright.model.check;

import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import java.util.List;

/**
 * Reports the structural problems of a topology (dangling references, containment across VPCs,
 * two main tables) as errors. A design file with such a problem is refused when loaded; a template
 * or an imported account can still carry one. Two problems that {@link StructureCheck} also
 * finds are left to the rules that explain them better: a subnet's zone outside its VPC's region
 * (SUBNET-AZ-REGION) and a route to a missing target (ROUTE-TARGET-MISSING).
 */
public final class StructureRule implements ReferenceRule {
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
        .filter(problem -> !reportedElsewhere(problem))
        .map(problem -> new Finding(ID, Severity.ERROR, List.of(problem.element()),
            problem.element() + " " + problem.message() + "; fix the reference or remove the element."))
        .toList();
  }

  private static boolean reportedElsewhere(StructureCheck.Problem problem) {
    return problem.kind() == StructureCheck.Kind.ZONE_OUTSIDE_REGION
        || problem.kind() == StructureCheck.Kind.ROUTE_TARGET_MISSING;
  }
}
