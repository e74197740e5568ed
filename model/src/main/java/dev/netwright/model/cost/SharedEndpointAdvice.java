package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.traffic.Traffic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code centralise-interface-endpoints}: several VPCs of one region each pay for interface
 * endpoints of the same services. Keeping one endpoint per service in a shared-services VPC (the VPC
 * that has the most of them) and reaching it from the others through a transit gateway, with a
 * private hosted zone per service associated with every VPC (the shared endpoint's private DNS
 * answers only in its own VPC), removes the other endpoints' hours. Against that saving it counts
 * what the change adds: an attachment-hour for each of those VPCs not yet attached to a transit
 * gateway of the region, the transit gateway's processing of every GB the other VPCs send to
 * (and receive from) those services at the design's traffic (stated or assumed), and a hosted zone
 * per service a month. Recommended only when what is saved exceeds what is added. The change spans
 * VPCs, routes and DNS, so it is advice to carry out by hand ({@link AdviceFix.ByHand}).
 */
final class SharedEndpointAdvice {
  private final Topology topology;
  private final PriceTable prices;
  private final Traffic traffic;

  SharedEndpointAdvice(Topology topology, PriceTable prices, Traffic traffic) {
    this.topology = topology;
    this.prices = prices;
    this.traffic = traffic;
  }

  List<Recommendation> advise(List<Flow> flows) {
    List<Recommendation> advice = new ArrayList<>();
    Map<Region, Map<String, List<InterfaceEndpoint>>> byRegion = new TreeMap<>();
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      Optional<Vpc> vpc = topology.find(endpoint.vpcId(), Vpc.class);
      if (vpc.isEmpty() || vpc.get().external() || CostEstimate.zones(topology, endpoint) == 0) {
        continue;
      }
      byRegion.computeIfAbsent(vpc.get().region(), key -> new TreeMap<>())
          .computeIfAbsent(ServiceName.shortName(endpoint.service()), key -> new ArrayList<>()).add(endpoint);
    }
    byRegion.forEach((region, services) -> recommend(region, services, flows).ifPresent(advice::add));
    return advice;
  }

  private Optional<Recommendation> recommend(Region region, Map<String, List<InterfaceEndpoint>> services, List<Flow> flows) {
    Map<String, List<InterfaceEndpoint>> shared = new TreeMap<>();
    services.forEach((service, endpoints) -> {
      if (endpoints.stream().map(InterfaceEndpoint::vpcId).distinct().count() >= 2) {
        shared.put(service, endpoints);
      }
    });
    if (shared.isEmpty()) {
      return Optional.empty();
    }
    ElementId hub = hubOf(shared);
    // one source for every price, the transit gateway's and Route 53's included: the region's row of the table
    RegionPrices local = prices.forRegion(region);
    Set<ElementId> vpcs = new LinkedHashSet<>();
    List<InterfaceEndpoint> removed = new ArrayList<>();
    int removedZones = 0;
    for (List<InterfaceEndpoint> endpoints : shared.values()) {
      InterfaceEndpoint kept = endpoints.stream().sorted(keepOrder(hub)).findFirst().orElseThrow();
      for (InterfaceEndpoint endpoint : endpoints) {
        vpcs.add(endpoint.vpcId());
        if (endpoint != kept) {
          removed.add(endpoint);
          removedZones += CostEstimate.zones(topology, endpoint);
        }
      }
    }
    Charge saved = new Charge(prices.currency()).hoursPerZone(local.interfaceEndpointHourlyPerAz(), removedZones);
    List<ElementId> unattached = vpcs.stream().filter(vpc -> !attached(vpc, region)).toList();
    Set<String> removedIds = new HashSet<>();
    removed.forEach(endpoint -> removedIds.add(endpoint.id().value()));
    BigDecimal processedGb = flows.stream().filter(flow -> removedIds.contains(flow.path().endpoint())).map(Flow::totalGb)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    Charge attachments = new Charge(prices.currency());
    if (!unattached.isEmpty()) {
      attachments.hoursEach(local.transitGatewayAttachmentHourly(), unattached.size(), "attachments");
    }
    Charge processing = new Charge(prices.currency()).data(processedGb, Money.exact(local.transitGatewayPerGb()));
    BigDecimal zones = Money.exact(local.hostedZoneMonthly()).multiply(BigDecimal.valueOf(shared.size()));
    BigDecimal added = attachments.total().add(processing.total()).add(zones);
    BigDecimal savings = saved.total().subtract(added);
    if (savings.compareTo(BigDecimal.valueOf(0.005)) < 0) {
      return Optional.empty();
    }
    List<ElementId> elements = new ArrayList<>(List.of(hub));
    vpcs.stream().filter(vpc -> !vpc.equals(hub)).forEach(elements::add);
    removed.forEach(endpoint -> elements.add(endpoint.id()));
    return Optional.of(new Recommendation(Recommendation.CENTRALISE_INTERFACE_ENDPOINTS, elements,
        message(hub, vpcs, shared.keySet(), removed, saved, unattached, attachments, processedGb, processing, zones, local, savings),
        savings, new AdviceFix.ByHand("centralise the " + Names.list(new ArrayList<>(shared.keySet())) + " endpoints in " + hub)));
  }

  /** The shared-services VPC: the one with endpoints for the most of the shared services, then the most zones, then by id. */
  private ElementId hubOf(Map<String, List<InterfaceEndpoint>> shared) {
    Map<ElementId, int[]> score = new LinkedHashMap<>();
    for (List<InterfaceEndpoint> endpoints : shared.values()) {
      for (InterfaceEndpoint endpoint : endpoints) {
        int[] counts = score.computeIfAbsent(endpoint.vpcId(), key -> new int[2]);
        counts[0]++;
        counts[1] += CostEstimate.zones(topology, endpoint);
      }
    }
    return score.entrySet().stream().sorted(Comparator.comparing((Map.Entry<ElementId, int[]> e) -> -e.getValue()[0])
        .thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey)).findFirst().orElseThrow().getKey();
  }

  /** The endpoint kept for a service: the hub's, else the one in the most zones, then by id. */
  private Comparator<InterfaceEndpoint> keepOrder(ElementId hub) {
    return Comparator.comparing((InterfaceEndpoint endpoint) -> endpoint.vpcId().equals(hub) ? 0 : 1)
        .thenComparing(endpoint -> -CostEstimate.zones(topology, endpoint)).thenComparing(InterfaceEndpoint::id);
  }

  private boolean attached(ElementId vpc, Region region) {
    return topology.attachmentsOfVpc(vpc).stream().anyMatch(attachment -> topology.find(attachment.transitGatewayId(),
        TransitGateway.class).map(gateway -> gateway.region().equals(region)).orElse(false));
  }

  private String message(ElementId hub, Set<ElementId> vpcs, Set<String> services, List<InterfaceEndpoint> removed, Charge saved,
      List<ElementId> unattached, Charge attachments, BigDecimal processedGb, Charge processing, BigDecimal zones, RegionPrices local,
      BigDecimal savings) {
    String currency = prices.currency();
    List<String> others = vpcs.stream().filter(vpc -> !vpc.equals(hub)).map(ElementId::value).toList();
    StringBuilder text = new StringBuilder();
    text.append("Centralise the ").append(Names.list(new ArrayList<>(services))).append(" interface endpoints of ")
        .append(Names.list(vpcs.stream().map(ElementId::value).toList())).append(" in one shared-services VPC (").append(hub)
        .append(") behind a transit gateway, with a private hosted zone per service associated with every VPC: ")
        .append(Names.list(others)).append(others.size() == 1 ? " reaches" : " reach").append(" them through the transit gateway, and ")
        .append(Names.counted("endpoint", removed.stream().map(endpoint -> endpoint.id().value()).toList()))
        .append(" go, saving ").append(saved.detail("")).append(" = ").append(Money.amount(currency, saved.total()))
        .append(". That adds ");
    List<String> costs = new ArrayList<>();
    if (!unattached.isEmpty()) {
      costs.add(unattached.size() + " transit gateway attachment" + (unattached.size() == 1 ? "" : "s") + " ("
          + Names.list(unattached.stream().map(ElementId::value).toList()) + ": " + attachments.detail("") + " = " + Money.amount(currency, attachments.total()) + ")");
    }
    costs.add("transit gateway processing of " + Money.gigabytes(processedGb) + " a month to the shared endpoints ("
        + processing.detail("nothing") + " = " + Money.amount(currency, processing.total()) + ", at " + Advisor.trafficText(traffic)
        + ")");
    costs.add(services.size() + " private hosted zone" + (services.size() == 1 ? "" : "s") + " ("
        + Money.amount(currency, Money.cents(zones)) + ")");
    text.append(Names.list(costs)).append(". Saves ").append(Money.amount(currency, savings)).append(" a month.");
    if (local.fallback()) {
      text.append(" (no prices for ").append(local.region()).append(": priced as ").append(prices.fallbackRegion()).append(")");
    }
    return text.toString();
  }
}
