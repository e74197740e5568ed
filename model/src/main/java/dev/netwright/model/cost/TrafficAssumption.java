package dev.netwright.model.cost;

import dev.netwright.model.InvalidValueException;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Topology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The traffic a cost estimate assumes, since a design says where bytes go but not how many: each
 * subnet sends {@code gbPerSubnet} GB a month to S3 and to every other AWS service the design names
 * in an endpoint (DynamoDB, SSM, …), along the path the path engine finds. Internet traffic and
 * traffic from on-premises networks are not assumed: no endpoint changes what they cost, and their
 * volume depends on the workload, not on the design (see docs/cost.md).
 */
public record TrafficAssumption(BigDecimal gbPerSubnet) {
  /** The volume used when none is given: 100 GB a month per subnet and service. */
  public static final TrafficAssumption DEFAULT = of(100);

  public TrafficAssumption {
    if (gbPerSubnet == null || gbPerSubnet.signum() < 0) {
      throw new InvalidValueException("the traffic per subnet must be zero or more GB a month, not " + gbPerSubnet);
    }
    // 100, 100.0 and 1E+2 are the same assumption: one form, so that equal assumptions are equal
    gbPerSubnet = gbPerSubnet.stripTrailingZeros();
    if (gbPerSubnet.scale() < 0) {
      gbPerSubnet = gbPerSubnet.setScale(0);
    }
  }

  public static TrafficAssumption of(double gbPerSubnet) {
    if (Double.isNaN(gbPerSubnet) || Double.isInfinite(gbPerSubnet)) {
      throw new InvalidValueException("the traffic per subnet must be a number of GB a month, not " + gbPerSubnet);
    }
    return new TrafficAssumption(BigDecimal.valueOf(gbPerSubnet));
  }

  /** The services each subnet is assumed to send to: S3 first, then the services of the design's endpoints by name. */
  public List<Target> targets(Topology topology) {
    Set<String> services = new TreeSet<>();
    for (GatewayEndpoint endpoint : topology.gatewayEndpoints()) {
      services.add(ServiceName.shortName(endpoint.service()));
    }
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      services.add(ServiceName.shortName(endpoint.service()));
    }
    List<Target> targets = new ArrayList<>(List.of(Target.S3));
    for (String service : services) {
      Target target = Target.service(service);
      if (!targets.contains(target)) {
        targets.add(target);
      }
    }
    return targets;
  }
}
