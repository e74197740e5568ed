package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The monthly cost of a design at list prices: each NAT gateway (730 hours plus the GB it
 * processes), each interface endpoint (730 hours in each Availability Zone it has a network
 * interface in, plus the GB it processes), each gateway endpoint (free), and the data each subnet
 * sends across Availability Zones. The GB are those of the {@link TrafficAssumption}, routed by the
 * {@link PathEngine}; every item is rounded to the cent and the total is the sum of the items.
 *
 * <p>{@code fallbackPrices} is true when the price table has no prices of its own for a region the
 * design uses and priced it as its fallback region.
 */
public record CostEstimate(String currency, Region region, LocalDate priceDate, BigDecimal monthlyTotal, List<CostItem> items,
    TrafficAssumption traffic, boolean fallbackPrices) {

  public CostEstimate {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(priceDate, "priceDate");
    items = List.copyOf(items);
    monthlyTotal = Money.cents(monthlyTotal);
  }

  /** The estimate of a design in its region. */
  public static CostEstimate of(Document document, PriceTable prices, TrafficAssumption traffic) {
    return of(document.topology(), document.region(), prices, traffic);
  }

  /** The estimate of a topology; {@code region} is the design's, for VPCs priced in their own region all the same. */
  public static CostEstimate of(Topology topology, Region region, PriceTable prices, TrafficAssumption traffic) {
    PathEngine engine = PathEngine.of(topology, prices);
    List<Flow> flows = ServiceTraffic.of(engine, traffic);
    BigDecimal gb = traffic.gbPerSubnet();
    Map<String, BigDecimal> processed = new HashMap<>();
    Map<ElementId, Map<BigDecimal, BigDecimal>> crossZone = new LinkedHashMap<>();
    for (Flow flow : flows) {
      RegionPrices local = prices.forRegion(regionOf(topology, flow.subnet().vpcId()).orElse(region));
      BigDecimal perGb = Money.exact(flow.path().costPerGb());
      for (String nat : flow.natGateways()) {
        processed.merge(nat, gb, BigDecimal::add);
        perGb = perGb.subtract(Money.exact(local.natGatewayPerGb()));
      }
      String endpoint = flow.path().endpoint();
      if (endpoint != null) {
        processed.merge(endpoint, gb, BigDecimal::add);
        perGb = perGb.subtract(Money.exact(endpointPerGb(topology, endpoint, local)));
      }
      // what the path charges beyond NAT and endpoint processing is transfer between zones
      BigDecimal transfer = perGb.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
      if (transfer.signum() > 0 && gb.signum() > 0) {
        crossZone.computeIfAbsent(flow.subnet().id(), key -> new TreeMap<>()).merge(transfer, gb, BigDecimal::add);
      }
    }
    String currency = prices.currency();
    List<CostItem> items = new ArrayList<>();
    boolean fallback = prices.forRegion(region).fallback();
    for (Element element : topology.elements()) {
      boolean billed = element instanceof NatGateway || element instanceof InterfaceEndpoint || element instanceof GatewayEndpoint;
      Optional<Region> home = billed ? regionOf(topology, element) : Optional.empty();
      if (home.isEmpty()) {
        continue;
      }
      RegionPrices local = prices.forRegion(home.get());
      BigDecimal volume = processed.getOrDefault(element.id().value(), BigDecimal.ZERO);
      if (element instanceof NatGateway) {
        fallback |= local.fallback();
        items.add(new Charge(currency).hours(local.natGatewayHourly()).data(volume, Money.exact(local.natGatewayPerGb()))
            .item(element.id().value(), element.kind().slug(), ""));
      } else if (element instanceof InterfaceEndpoint endpoint) {
        fallback |= local.fallback();
        items.add(new Charge(currency).hoursPerZone(local.interfaceEndpointHourlyPerAz(), zones(topology, endpoint))
            .data(volume, Money.exact(local.interfaceEndpointPerGb())).item(element.id().value(), element.kind().slug(), ""));
      } else if (element instanceof GatewayEndpoint) {
        // a gateway endpoint is free; its line says so, and how much it carries
        Charge charge = new Charge(currency);
        if (local.gatewayEndpointPerGb() > 0) {
          charge.data(volume, Money.exact(local.gatewayEndpointPerGb()));
        }
        items.add(charge.item(element.id().value(), element.kind().slug(),
            volume.signum() > 0 ? "free (" + Money.gigabytes(volume) + ")" : "free"));
      }
    }
    crossZone.forEach((subnet, byRate) -> {
      Charge charge = new Charge(currency);
      byRate.forEach((rate, volume) -> charge.data(volume, rate));
      items.add(charge.item(subnet.value(), CostItem.CROSS_AZ_TRANSFER, ""));
    });
    BigDecimal total = items.stream().map(CostItem::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new CostEstimate(currency, region, prices.priceDate(), total, items, traffic, fallback);
  }

  /** The number of Availability Zones an interface endpoint has a network interface in: one per zone of its subnets. */
  static int zones(Topology topology, InterfaceEndpoint endpoint) {
    return (int) endpoint.subnetIds().stream().map(id -> topology.find(id, Subnet.class)).flatMap(Optional::stream)
        .map(Subnet::zone).distinct().count();
  }

  private static double endpointPerGb(Topology topology, String endpoint, RegionPrices prices) {
    Optional<Element> element = topology.find(ElementId.of(endpoint));
    if (element.isPresent() && element.get() instanceof InterfaceEndpoint) {
      return prices.interfaceEndpointPerGb();
    }
    return prices.gatewayEndpointPerGb();
  }

  private static Optional<Region> regionOf(Topology topology, Element element) {
    return topology.vpcOf(element.id()).flatMap(vpc -> regionOf(topology, vpc));
  }

  private static Optional<Region> regionOf(Topology topology, ElementId vpc) {
    return topology.find(vpc, Vpc.class).map(Vpc::region);
  }
}
