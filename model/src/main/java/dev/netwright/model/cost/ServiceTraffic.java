package dev.netwright.model.cost;

import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Subnet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The flows a cost figure rests on: every subnet × every service of the {@link TrafficAssumption},
 * each with the path the {@link PathEngine} answers, so that cost follows the routing the checks
 * see rather than a second reading of the route tables.
 */
public final class ServiceTraffic {
  private ServiceTraffic() {
  }

  /** The reachable flows of every subnet of the engine's design to every assumed service, subnets in design order. */
  public static List<Flow> of(PathEngine engine, TrafficAssumption traffic) {
    return of(engine, engine.topology().subnets(), traffic.targets(engine.topology()));
  }

  /** The reachable flows of some subnets to some services. */
  public static List<Flow> of(PathEngine engine, Collection<Subnet> subnets, List<Target> targets) {
    List<Flow> flows = new ArrayList<>();
    for (Subnet subnet : subnets) {
      for (Target target : targets) {
        PathAnswer answer = engine.reach(subnet.id(), target);
        if (answer.reachable()) {
          flows.add(new Flow(subnet, target, answer));
        }
      }
    }
    return flows;
  }
}
