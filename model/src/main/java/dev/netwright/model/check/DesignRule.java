package dev.netwright.model.check;

import dev.netwright.model.topology.Topology;
import java.util.List;

/**
 * A rule that looks across VPCs (peerings, shared on-premises networks, route targets anywhere in
 * the design). It runs on every check, so it must stay cheap: it walks the VPC scopes, not all
 * pairs of elements.
 */
public interface DesignRule extends Rule {
  /** What the rule finds in the whole design. */
  List<Finding> check(DesignScope design);

  @Override
  default List<Finding> check(Topology topology) {
    return check(new DesignScope(topology, VpcScopes.of(topology)));
  }
}
