package dev.netwright.model.cost;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.ElementId;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import dev.netwright.model.traffic.Traffic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Advice for interface endpoints, which bill every hour in every Availability Zone they have a
 * network interface in. A client of an endpoint is a subnet, of its VPC or of a peered VPC, that
 * the path engine finds can reach the endpoint (whether through private DNS or the endpoint's own
 * DNS names), or an on-premises network behind a VPN gateway of the VPC that reaches its service
 * through it.
 * <ul>
 *   <li>{@code remove-idle-interface-endpoint}: the endpoint has no client at all, or, in a design
 *   that states its flows, no flow (stated or assumed) goes through it;</li>
 *   <li>{@code consolidate-interface-endpoint-azs}: it has network interfaces in zones where no
 *   client subnet is, and no on-premises client (on-premises DNS answers with every zone's
 *   interface). A subnet uses the interface of its own zone, so those interfaces serve nobody; the
 *   path engine confirms on the changed design that no client loses its path or pays more.</li>
 * </ul>
 */
final class InterfaceEndpointAdvice {
  private final Topology topology;
  private final PathEngine engine;
  private final PriceTable prices;
  private final Traffic traffic;

  InterfaceEndpointAdvice(PathEngine engine, PriceTable prices, Traffic traffic) {
    this.topology = engine.topology();
    this.engine = engine;
    this.prices = prices;
    this.traffic = traffic;
  }

  List<Recommendation> advise(List<Flow> flows) {
    List<Recommendation> advice = new ArrayList<>();
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      int zones = CostEstimate.zones(topology, endpoint);
      Optional<Vpc> vpc = topology.find(endpoint.vpcId(), Vpc.class);
      if (zones == 0 || vpc.isEmpty()) {
        continue;
      }
      RegionPrices local = prices.forRegion(vpc.get().region());
      Map<Subnet, PathAnswer> clients = new LinkedHashMap<>();
      PathAnswer firstRefusal = null;
      for (Subnet subnet : candidates(endpoint)) {
        PathAnswer answer = engine.reach(subnet.id(), Target.element(endpoint.id()));
        if (answer.reachable()) {
          clients.put(subnet, answer);
        } else if (firstRefusal == null) {
          firstRefusal = answer;
        }
      }
      List<String> onPremises = onPremisesClients(endpoint);
      if (clients.isEmpty() && onPremises.isEmpty()) {
        advice.add(idle(endpoint, zones, local, firstRefusal));
      } else if (onPremises.isEmpty() && !traffic.flows().isEmpty() && servesNoFlow(endpoint, flows)) {
        advice.add(unused(endpoint, zones, local, clients.keySet()));
      } else if (onPremises.isEmpty()) {
        consolidate(endpoint, zones, local, clients, flows).ifPresent(advice::add);
      }
    }
    return advice;
  }

  /** The subnets that could use the endpoint: those of its VPC and of the VPCs peered with it. */
  private List<Subnet> candidates(InterfaceEndpoint endpoint) {
    Set<ElementId> vpcs = new LinkedHashSet<>(List.of(endpoint.vpcId()));
    for (PeeringConnection peering : topology.peeringConnections()) {
      if (peering.owners().contains(endpoint.vpcId())) {
        vpcs.addAll(peering.owners());
      }
    }
    return topology.subnets().stream().filter(subnet -> vpcs.contains(subnet.vpcId())).toList();
  }

  /** The VPN gateways of the endpoint's VPC whose on-premises networks reach its service through it. */
  private List<String> onPremisesClients(InterfaceEndpoint endpoint) {
    Target service = Target.service(ServiceName.shortName(endpoint.service()));
    List<String> vpns = new ArrayList<>();
    for (VpnGateway vpn : topology.vpnGateways()) {
      if (vpn.vpcId().equals(endpoint.vpcId())) {
        PathAnswer answer = engine.reach(vpn.id(), service);
        if (answer.reachable() && endpoint.id().value().equals(answer.endpoint())) {
          vpns.add(vpn.id().value());
        }
      }
    }
    return vpns;
  }

  /**
   * True when no flow with any GB, stated or assumed, goes through the endpoint. Asked only of a design
   * that states its flows: an assumed flow cannot tell that a client uses the endpoint by its own DNS name.
   */
  private static boolean servesNoFlow(InterfaceEndpoint endpoint, List<Flow> flows) {
    return flows.stream().noneMatch(flow -> endpoint.id().value().equals(flow.path().endpoint()) && flow.totalGb().signum() > 0);
  }

  private Recommendation unused(InterfaceEndpoint endpoint, int zones, RegionPrices local, Set<Subnet> clients) {
    Charge hours = new Charge(prices.currency()).hoursPerZone(local.interfaceEndpointHourlyPerAz(), zones);
    String message = "Remove interface endpoint " + endpoint.id() + " (" + endpoint.service() + "): "
        + Names.counted("subnet", clients.stream().map(subnet -> subnet.id().value()).toList())
        + " can reach it, but no flow goes through it at " + Advisor.trafficText(traffic) + ", yet it bills " + hours.detail("")
        + ". Saves " + Money.amount(prices.currency(), hours.total()) + " a month.";
    return new Recommendation(Recommendation.REMOVE_IDLE_INTERFACE_ENDPOINT, List.of(endpoint.id()), message, hours.total(),
        new AdviceFix.RemoveInterfaceEndpoint(endpoint.id()));
  }

  private Recommendation idle(InterfaceEndpoint endpoint, int zones, RegionPrices local, PathAnswer refusal) {
    Charge hours = new Charge(prices.currency()).hoursPerZone(local.interfaceEndpointHourlyPerAz(), zones);
    String why = refusal == null ? "no subnet of the design is in its VPC or a peered one"
        : "no subnet of the design can reach it (from " + refusal.from() + ": " + refusal.blockedBy().reason() + ")";
    String message = "Remove interface endpoint " + endpoint.id() + " (" + endpoint.service() + ") or fix what keeps its clients"
        + " away: " + why + ", and no on-premises network reaches it, yet it bills " + hours.detail("") + ". Saves "
        + Money.amount(prices.currency(), hours.total()) + " a month.";
    return new Recommendation(Recommendation.REMOVE_IDLE_INTERFACE_ENDPOINT, List.of(endpoint.id()), message, hours.total(),
        new AdviceFix.RemoveInterfaceEndpoint(endpoint.id()));
  }

  private Optional<Recommendation> consolidate(InterfaceEndpoint endpoint, int zones, RegionPrices local,
      Map<Subnet, PathAnswer> clients, List<Flow> flows) {
    Set<AvailabilityZone> clientZones = new LinkedHashSet<>();
    clients.keySet().forEach(client -> clientZones.add(client.zone()));
    List<ElementId> keep = new ArrayList<>();
    List<Subnet> drop = new ArrayList<>();
    for (ElementId id : endpoint.subnetIds()) {
      Optional<Subnet> eni = topology.find(id, Subnet.class);
      if (eni.isEmpty()) {
        continue;
      }
      if (clientZones.contains(eni.get().zone())) {
        keep.add(id);
      } else {
        drop.add(eni.get());
      }
    }
    boolean allCross = keep.isEmpty();
    if (allCross && !drop.isEmpty()) {
      // every client is in a zone without an interface and crosses zones anyway: one interface serves them as well
      keep.add(drop.remove(0).id());
    }
    if (drop.isEmpty()) {
      return Optional.empty();
    }
    Topology fewer = topology.with(endpoint.withSubnets(keep));
    PathEngine after = PathEngine.of(fewer, prices);
    BigDecimal dataSaved = BigDecimal.ZERO;
    for (Map.Entry<Subnet, PathAnswer> client : clients.entrySet()) {
      if (!noWorse(client.getValue(), after.reach(client.getKey().id(), Target.element(endpoint.id())))) {
        return Optional.empty();
      }
    }
    for (Flow flow : flows) {
      if (endpoint.id().value().equals(flow.path().endpoint())) {
        PathAnswer changed = after.reach(flow.source().id(), flow.target());
        if (!noWorse(flow.path(), changed)) {
          return Optional.empty();
        }
        dataSaved = dataSaved.add(FlowCharges.saving(flow, topology, changed, fewer, prices));
      }
    }
    int removedZones = zones - CostEstimate.zones(fewer, endpoint.withSubnets(keep));
    Charge hours = new Charge(prices.currency()).hoursPerZone(local.interfaceEndpointHourlyPerAz(), removedZones);
    BigDecimal saved = hours.total().add(dataSaved);
    List<ElementId> elements = new ArrayList<>(List.of(endpoint.id()));
    drop.forEach(subnet -> elements.add(subnet.id()));
    List<String> dropped = drop.stream().map(subnet -> subnet.id() + " (" + subnet.zone() + ")").toList();
    String zonesText = Names.list(new TreeSet<>(clientZones.stream().map(Object::toString).toList()));
    String use = allCross ? " and crosses zones to reach it, so one network interface serves them as well as "
        + (drop.size() + 1) + " do, and the other" + (drop.size() == 1 ? "" : "s")
        : " and uses the network interface of its own zone, so the interface" + (drop.size() == 1 ? "" : "s") + " in "
        + Names.list(drop.stream().map(subnet -> subnet.id().value()).toList());
    String message = "Take " + Names.list(dropped) + " out of interface endpoint " + endpoint.id() + "'s subnets: every subnet"
        + " that reaches " + endpoint.id() + " is in " + zonesText + use + " serve" + (drop.size() == 1 ? "s" : "")
        + " nobody but bill" + (drop.size() == 1 ? "s " : " ") + hours.detail("") + ". Saves "
        + Money.amount(prices.currency(), saved) + " a month.";
    return Optional.of(new Recommendation(Recommendation.CONSOLIDATE_INTERFACE_ENDPOINT_AZS, elements, message, saved,
        new AdviceFix.RemoveEndpointSubnets(endpoint.id(), drop.stream().map(Subnet::id).toList())));
  }

  private static boolean noWorse(PathAnswer before, PathAnswer after) {
    return after.reachable() && Money.exact(after.costPerGb()).compareTo(Money.exact(before.costPerGb())) <= 0
        && Objects.equals(before.endpoint(), after.endpoint());
  }
}
