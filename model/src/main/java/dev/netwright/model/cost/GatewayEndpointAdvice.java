package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.traffic.Traffic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Advice for S3 and DynamoDB traffic that goes through a NAT gateway: associate the VPC's gateway
 * endpoint with the route tables of those subnets, or add one when the VPC has none. The saving is
 * measured, not assumed: the fix is applied to a copy of the design (one per VPC and service) and
 * the path engine answers the same flows again; the saving is the difference in their cost.
 */
final class GatewayEndpointAdvice {
  private record Leak(ElementId vpc, Target service) {
  }

  private final Topology topology;
  private final PriceTable prices;
  private final Traffic traffic;

  GatewayEndpointAdvice(Topology topology, PriceTable prices, Traffic traffic) {
    this.topology = topology;
    this.prices = prices;
    this.traffic = traffic;
  }

  List<Recommendation> advise(List<Flow> flows) {
    Map<Leak, List<Flow>> leaks = new LinkedHashMap<>();
    for (Flow flow : flows) {
      boolean gatewayService = flow.target().kind() == Target.Kind.S3 || flow.target().kind() == Target.Kind.DYNAMODB;
      // a VPC's own traffic: on-premises traffic behind a transit gateway is no VPC's to give an endpoint
      if (gatewayService && flow.path().viaNat() && topology.find(flow.vpcId(), Vpc.class).isPresent()) {
        leaks.computeIfAbsent(new Leak(flow.vpcId(), flow.target()), key -> new ArrayList<>()).add(flow);
      }
    }
    List<Recommendation> advice = new ArrayList<>();
    leaks.forEach((leak, leaking) -> advice.addAll(advise(leak, leaking)));
    return advice;
  }

  private List<Recommendation> advise(Leak leak, List<Flow> leaking) {
    Map<RouteTable, List<Flow>> byTable = new LinkedHashMap<>();
    for (Flow flow : leaking) {
      topology.routeTableOf(flow.subnetId())
          .ifPresent(table -> byTable.computeIfAbsent(table, key -> new ArrayList<>()).add(flow));
    }
    if (byTable.isEmpty()) {
      return List.of();
    }
    Optional<GatewayEndpoint> existing = topology.inVpc(leak.vpc(), GatewayEndpoint.class).stream()
        .filter(endpoint -> ServiceName.shortName(endpoint.service()).equals(leak.service().name())).findFirst();
    List<ElementId> tables = byTable.keySet().stream().map(RouteTable::id).toList();
    GatewayEndpoint fixed;
    if (existing.isPresent()) {
      List<ElementId> associated = new ArrayList<>(existing.get().routeTableIds());
      tables.stream().filter(table -> !associated.contains(table)).forEach(associated::add);
      fixed = existing.get().withRouteTables(associated);
    } else {
      fixed = new GatewayEndpoint(freshId(leak.service()), "", leak.vpc(), ServiceName.full(vpc(leak).region(), leak.service().name()),
          tables, "");
    }
    Topology changed = topology.with(fixed);
    PathEngine after = PathEngine.of(changed, prices);
    List<Recommendation> advice = new ArrayList<>();
    if (existing.isPresent()) {
      byTable.forEach((table, flows) -> saving(changed, after, flows)
          .ifPresent(saved -> advice.add(associate(existing.get(), table, flows, saved))));
    } else {
      BigDecimal saved = BigDecimal.ZERO;
      for (List<Flow> flows : byTable.values()) {
        Optional<BigDecimal> tableSaving = saving(changed, after, flows);
        if (tableSaving.isEmpty()) {
          return List.of();
        }
        saved = saved.add(tableSaving.get());
      }
      advice.add(add(leak, fixed, byTable, saved));
    }
    return advice;
  }

  /** What the flows save once the fix is in; empty when the fix would not take them off the NAT gateway. */
  private Optional<BigDecimal> saving(Topology changed, PathEngine after, List<Flow> flows) {
    BigDecimal saved = BigDecimal.ZERO;
    for (Flow flow : flows) {
      PathAnswer fixed = after.reach(flow.source().id(), flow.target());
      if (!fixed.reachable() || fixed.viaNat() || fixed.endpoint() == null) {
        return Optional.empty();
      }
      saved = saved.add(FlowCharges.saving(flow, topology, fixed, changed, prices));
    }
    return Optional.of(saved);
  }

  private Recommendation associate(GatewayEndpoint endpoint, RouteTable table, List<Flow> flows, BigDecimal saved) {
    String message = "Associate gateway endpoint " + endpoint.id() + " with route table " + table.id() + ": "
        + why(flows, "the endpoint") + " " + saves(saved);
    return new Recommendation(Recommendation.ASSOCIATE_GATEWAY_ENDPOINT, List.of(endpoint.id(), table.id()), message, saved,
        new AdviceFix.AssociateGatewayEndpoint(endpoint.id(), List.of(table.id())));
  }

  private Recommendation add(Leak leak, GatewayEndpoint endpoint, Map<RouteTable, List<Flow>> byTable, BigDecimal saved) {
    String service = endpoint.service();
    List<ElementId> elements = new ArrayList<>(List.of(leak.vpc()));
    byTable.keySet().forEach(table -> elements.add(table.id()));
    List<Flow> all = byTable.values().stream().flatMap(List::stream).toList();
    List<String> tables = byTable.keySet().stream().map(table -> table.id().value()).toList();
    String message = "Add a gateway endpoint for " + service + " to VPC " + leak.vpc() + " and associate it with "
        + Names.counted("route table", tables) + ": " + why(all, "a gateway endpoint") + " " + saves(saved);
    return new Recommendation(Recommendation.ADD_GATEWAY_ENDPOINT, elements, message, saved, new AdviceFix.AddGatewayEndpoint(endpoint));
  }

  private String why(List<Flow> flows, String endpoint) {
    Set<String> subnets = new LinkedHashSet<>();
    Set<String> nats = new LinkedHashSet<>();
    Set<String> crossing = new LinkedHashSet<>();
    for (Flow flow : flows) {
      subnets.add(flow.subnetId().value());
      nats.addAll(flow.natGateways());
      if (flow.path().crossesAz()) {
        crossing.add(flow.subnetId().value());
      }
    }
    RegionPrices local = prices.forRegion(vpc(new Leak(flows.get(0).vpcId(), flows.get(0).target())).region());
    String text = flows.get(0).serviceLabel() + " traffic from " + Names.counted("subnet", subnets) + " goes through "
        + Names.counted("NAT gateway", nats) + " at " + Money.price(prices.currency(), local.natGatewayPerGb()) + "/GB";
    if (!crossing.isEmpty()) {
      text += " (from " + Names.list(crossing) + " also across Availability Zones at "
          + Money.price(prices.currency(), local.crossAzPerGb()) + "/GB)";
    }
    return text + ", where " + endpoint + " carries it free.";
  }

  private String saves(BigDecimal saved) {
    return "Saves " + Money.amount(prices.currency(), saved) + " a month at " + Advisor.trafficText(traffic) + ".";
  }

  private Vpc vpc(Leak leak) {
    return topology.require(leak.vpc(), Vpc.class);
  }

  /** An id for the endpoint the advice would add, unused in the design: S3GatewayEndpoint, then S3GatewayEndpoint2, … */
  private ElementId freshId(Target service) {
    String base = (service.kind() == Target.Kind.S3 ? "S3" : "DynamoDb") + "GatewayEndpoint";
    ElementId id = ElementId.of(base);
    for (int n = 2; topology.contains(id); n++) {
      id = ElementId.of(base + n);
    }
    return id;
  }
}
