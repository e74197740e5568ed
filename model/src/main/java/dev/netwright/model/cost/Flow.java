package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The monthly traffic of one source (a subnet, or for a stated flow also the on-premises networks
 * behind a VPN gateway) to one target and the path the path engine says it takes:
 * either a flow a person stated ({@code stated}) or the default assumed for what nobody stated
 * ({@code stated} null, nothing received). A blocked path carries nothing.
 */
public record Flow(Element source, ElementId vpcId, Target target, PathAnswer path, BigDecimal sentGb, BigDecimal receivedGb,
    TrafficFlow stated) {

  public Flow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vpcId, "vpcId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sentGb, "sentGb");
    Objects.requireNonNull(receivedGb, "receivedGb");
  }

  /** Assumed traffic: {@code gb} sent, nothing stated. */
  public static Flow assumed(Subnet subnet, Target target, PathAnswer path, BigDecimal gb) {
    return new Flow(subnet, subnet.vpcId(), target, path, gb, BigDecimal.ZERO, null);
  }

  /** A stated flow from {@code source}, an element of VPC {@code vpcId}, along its path. */
  public static Flow of(Element source, ElementId vpcId, TrafficFlow stated, PathAnswer path) {
    return new Flow(source, vpcId, stated.to(), path, stated.sentGb(), stated.receivedGb(), stated);
  }

  /** The same traffic along another path (the path it would take once a change is made). */
  public Flow along(PathAnswer other) {
    return new Flow(source, vpcId, target, other, sentGb, receivedGb, stated);
  }

  /** The subnet the traffic leaves from: the source itself, or the subnet of a workload that sends it. */
  public ElementId subnetId() {
    return source instanceof dev.netwright.model.topology.Workload workload ? workload.subnetId() : source.id();
  }

  public boolean isStated() {
    return stated != null;
  }

  /** Both directions together. */
  public BigDecimal totalGb() {
    return sentGb.add(receivedGb);
  }

  /** The NAT gateways the path goes through, in order (each charges its processing price). */
  public List<String> natGateways() {
    return path.hops().stream().filter(hop -> hop.kind().equals(Hop.NAT_GATEWAY)).map(Hop::id).toList();
  }

  /** The service's name as people say it: S3, DynamoDB, ssm. */
  public String serviceLabel() {
    return label(target);
  }

  /** A target as a sentence names it: S3, DynamoDB, the internet, or the service's short name. */
  public static String label(Target target) {
    switch (target.kind()) {
      case S3: return "S3";
      case DYNAMODB: return "DynamoDB";
      case INTERNET: return "the internet";
      default: return target.name();
    }
  }
}
