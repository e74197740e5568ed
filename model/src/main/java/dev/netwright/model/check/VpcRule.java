package dev.netwright.model.check;

import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule that looks only inside one VPC at a time. Its findings for a VPC depend only on that
 * VPC's {@link VpcScope}, so a {@link CheckSession} keeps them while the VPC is unchanged.
 */
public interface VpcRule extends Rule {
  /** What the rule finds inside one VPC. */
  List<Finding> check(VpcScope scope);

  @Override
  default List<Finding> check(Topology topology) {
    List<Finding> findings = new ArrayList<>();
    for (VpcScope scope : VpcScopes.of(topology)) {
      findings.addAll(check(scope));
    }
    return findings;
  }
}
