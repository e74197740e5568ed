package dev.netwright.model.check;

import dev.netwright.model.ElementId;
import dev.netwright.model.topology.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole design as a {@link DesignRule} sees it: the topology and its VPC scopes. */
public final class DesignScope {
  private final Topology topology;
  private final List<VpcScope> scopes;
  private Map<ElementId, VpcScope> byVpc;

  public DesignScope(Topology topology, List<VpcScope> scopes) {
    this.topology = topology;
    this.scopes = List.copyOf(scopes);
  }

  public Topology topology() {
    return topology;
  }

  /** One scope per VPC, in design order. */
  public List<VpcScope> scopes() {
    return scopes;
  }

  /** The scope of one VPC, when the VPC exists. */
  public Optional<VpcScope> scope(ElementId vpcId) {
    if (byVpc == null) {
      Map<ElementId, VpcScope> index = new HashMap<>();
      scopes.forEach(scope -> index.put(scope.vpc().id(), scope));
      byVpc = index;
    }
    return Optional.ofNullable(byVpc.get(vpcId));
  }
}
