package dev.netwright.model.cost;

import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Subnet;
import java.util.List;

/**
 * The assumed monthly traffic of one subnet to one service, and the path the path engine says it
 * takes. Only reachable paths carry traffic.
 */
public record Flow(Subnet subnet, Target target, PathAnswer path) {

  /** The NAT gateways the path goes through, in order (each charges its processing price). */
  public List<String> natGateways() {
    return path.hops().stream().filter(hop -> hop.kind().equals(Hop.NAT_GATEWAY)).map(Hop::id).toList();
  }

  /** The service's name as people say it: S3, DynamoDB, ssm. */
  public String serviceLabel() {
    return label(target);
  }

  /** A target as a sentence names it: S3, DynamoDB, or the service's short name. */
  public static String label(Target target) {
    switch (target.kind()) {
      case S3: return "S3";
      case DYNAMODB: return "DynamoDB";
      default: return target.name();
    }
  }
}
