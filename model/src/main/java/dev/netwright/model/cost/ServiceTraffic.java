package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The flows a cost figure rests on, each with the path the {@link PathEngine} answers, so that cost
 * follows the routing the checks see rather than a second reading of the route tables: the flows a
 * design states, and for every subnet × every service of the default assumption that no stated flow
 * covers, the assumed volume. A subnet that only holds transit gateway attachments (no workload,
 * NAT gateway, endpoint or Resolver interface in it) is not assumed to send anything: nothing runs
 * there to send it.
 */
public final class ServiceTraffic {
  private ServiceTraffic() {
  }

  /** The reachable assumed flows of every subnet to every assumed service (nothing stated), subnets in design order. */
  public static List<Flow> of(PathEngine engine, TrafficAssumption traffic) {
    return of(engine, new Traffic(traffic, List.of())).stream().filter(flow -> flow.path().reachable()).toList();
  }

  /**
   * The design's traffic: the reachable assumed flows of the pairs nothing stated, subnets in design
   * order, then every stated flow in the order stated, blocked ones included (they carry nothing).
   */
  public static List<Flow> of(PathEngine engine, Traffic traffic) {
    Topology topology = engine.topology();
    List<Flow> flows = new ArrayList<>();
    List<Target> targets = traffic.unstated().targets(topology);
    // a flow a workload states is its subnet's traffic to that target: the subnet's assumed flow gives way to it
    Set<String> statedByWorkloads = new HashSet<>();
    for (TrafficFlow stated : traffic.flows()) {
      topology.find(stated.from(), Workload.class).ifPresent(workload -> statedByWorkloads.add(workload.subnetId() + " " + stated.to()));
    }
    Set<ElementId> attachmentOnly = attachmentOnlySubnets(topology);
    for (Subnet subnet : topology.subnets()) {
      if (attachmentOnly.contains(subnet.id())) {
        continue;
      }
      for (Target target : targets) {
        if (traffic.between(subnet.id(), target).isEmpty() && !statedByWorkloads.contains(subnet.id() + " " + target)) {
          PathAnswer answer = engine.reach(subnet.id(), target);
          if (answer.reachable()) {
            flows.add(Flow.assumed(subnet, target, answer, traffic.unstated().gbPerSubnet()));
          }
        }
      }
    }
    for (TrafficFlow stated : traffic.flows()) {
      Optional<Element> source = topology.find(stated.from());
      // on-premises networks behind a transit gateway's VPN attachment belong to no VPC: the flow is priced in the gateway's region
      Optional<ElementId> vpc = topology.vpcOf(stated.from()).or(() -> topology.find(stated.from(), TransitGatewayAttachment.class)
          .map(TransitGatewayAttachment::transitGatewayId));
      if (source.isPresent() && vpc.isPresent()) {
        flows.add(Flow.of(source.get(), vpc.get(), stated, engine.reach(stated.from(), stated.to())));
      }
    }
    return flows;
  }

  /**
   * The subnets that a transit gateway VPC attachment uses and that hold nothing else: no workload,
   * NAT gateway, interface endpoint or Resolver endpoint. They carry the attachment's network
   * interfaces only, so no traffic starts there.
   */
  public static Set<ElementId> attachmentOnlySubnets(Topology topology) {
    Set<ElementId> subnets = new HashSet<>();
    topology.transitGatewayVpcAttachments().forEach(attachment -> subnets.addAll(attachment.subnetIds()));
    if (subnets.isEmpty()) {
      return subnets;
    }
    topology.workloads().forEach(workload -> subnets.remove(workload.subnetId()));
    topology.natGateways().forEach(nat -> subnets.remove(nat.subnetId()));
    topology.interfaceEndpoints().forEach(endpoint -> endpoint.subnetIds().forEach(subnets::remove));
    topology.resolverEndpoints().forEach(endpoint -> endpoint.subnetIds().forEach(subnets::remove));
    return subnets;
  }
}
