package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.traffic.Traffic;
import java.math.BigDecimal;
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
 * The monthly cost of a design at list prices: each NAT gateway (730 hours plus the assumed GB it
 * processes), each interface endpoint (730 hours in each Availability Zone it has a network
 * interface in, plus the assumed GB it processes), each gateway endpoint (free), the assumed data
 * each subnet sends across Availability Zones, and each flow the design states (its per-GB charges
 * along its path, as {@link FlowCharges} parts them). The GB are those of the design's
 * {@link Traffic}, routed by the {@link PathEngine}; every item is rounded to the cent and the
 * total is the sum of the items.
 *
 * <p>{@code fallbackPrices} is true when the price table has no prices of its own for a region the
 * design uses and priced it as its fallback region; every item so priced says so in its detail.
 * {@code flows} are the stated flows with their paths, in the order of their items.
 */
public record CostEstimate(String currency, Region region, LocalDate priceDate, BigDecimal monthlyTotal, List<CostItem> items,
    Traffic traffic, boolean fallbackPrices, List<Flow> flows) {

  public CostEstimate {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(priceDate, "priceDate");
    items = List.copyOf(items);
    monthlyTotal = Money.cents(monthlyTotal);
    Objects.requireNonNull(traffic, "traffic");
    flows = List.copyOf(flows);
  }

  /** The estimate of a design in its region, at the traffic it states. */
  public static CostEstimate of(Document document, PriceTable prices) {
    return of(document.topology(), document.region(), prices, document.traffic());
  }

  /** The estimate of a design at the flows it states and {@code unstated} for the rest (what {@code --gb-per-subnet} gives). */
  public static CostEstimate of(Document document, PriceTable prices, TrafficAssumption unstated) {
    return of(document.topology(), document.region(), prices, document.traffic().withUnstated(unstated));
  }

  /** The estimate of a topology that states no flow; {@code region} is the design's. */
  public static CostEstimate of(Topology topology, Region region, PriceTable prices, TrafficAssumption traffic) {
    return of(topology, region, prices, new Traffic(traffic, List.of()));
  }

  /** The estimate of a topology at {@code traffic}; {@code region} is the design's, for VPCs priced in their own region all the same. */
  public static CostEstimate of(Topology topology, Region region, PriceTable prices, Traffic traffic) {
    List<Flow> flows = ServiceTraffic.of(PathEngine.of(topology, prices), traffic);
    String currency = prices.currency();
    Map<String, BigDecimal> processed = new HashMap<>();
    Map<ElementId, Map<BigDecimal, BigDecimal>> crossZone = new LinkedHashMap<>();
    Map<ElementId, Boolean> crossZoneFallback = new HashMap<>();
    Map<ElementId, Map<BigDecimal, BigDecimal>> interRegion = new LinkedHashMap<>();
    List<CostItem> flowItems = new ArrayList<>();
    List<Flow> stated = new ArrayList<>();
    boolean fallback = prices.forRegion(region).fallback();
    for (Flow flow : flows) {
      List<FlowCharges.Part> parts = FlowCharges.of(flow, topology, prices);
      RegionPrices local = FlowCharges.pricesOf(flow, topology, prices);
      if (flow.isStated()) {
        stated.add(flow);
        fallback |= local.fallback();
        flowItems.add(flowItem(flow, parts, prices, local));
        continue;
      }
      for (FlowCharges.Part part : parts) {
        if (part.kind() == FlowCharges.Kind.CROSS_AZ) {
          crossZone.computeIfAbsent(flow.source().id(), key -> new TreeMap<>()).merge(part.perGb(), part.gb(), BigDecimal::add);
          crossZoneFallback.put(flow.source().id(), local.fallback());
        } else if (part.kind() == FlowCharges.Kind.NAT_PROCESSING || part.kind() == FlowCharges.Kind.TRANSIT_PROCESSING) {
          processed.merge(part.at(), part.gb(), BigDecimal::add);
        } else if (part.kind() == FlowCharges.Kind.INTER_REGION) {
          interRegion.computeIfAbsent(flow.source().id(), key -> new TreeMap<>()).merge(part.perGb(), part.gb(), BigDecimal::add);
          crossZoneFallback.put(flow.source().id(), local.fallback());
        }
      }
      if (flow.path().endpoint() != null) {
        processed.merge(flow.path().endpoint(), flow.totalGb(), BigDecimal::add);
      }
    }
    List<CostItem> items = new ArrayList<>();
    for (Element element : topology.elements()) {
      Optional<Region> home = billedRegion(topology, element, region);
      if (home.isEmpty()) {
        continue;
      }
      RegionPrices local = prices.forRegion(home.get());
      fallback |= local.fallback();
      BigDecimal volume = processed.getOrDefault(element.id().value(), BigDecimal.ZERO);
      Charge charge = new Charge(currency);
      String ifNone = "";
      if (element instanceof NatGateway) {
        charge.hours(local.natGatewayHourly()).data(volume, Money.exact(local.natGatewayPerGb()));
      } else if (element instanceof InterfaceEndpoint endpoint) {
        charge.hoursPerZone(local.interfaceEndpointHourlyPerAz(), zones(topology, endpoint))
            .data(volume, Money.exact(local.interfaceEndpointPerGb()));
      } else if (element instanceof TransitGateway) {
        // no hourly charge of its own: its attachments are billed by the hour, it by the GB it processes
        charge.data(volume, Money.exact(local.transitGatewayPerGb()));
        ifNone = "no hourly charge (its attachments are billed)";
      } else if (element instanceof TransitGatewayPeeringAttachment peering) {
        // billed on both transit gateways it joins, each at its own region's price
        charge.hours(local.transitGatewayAttachmentHourly());
        Optional<RegionPrices> peer = topology.find(peering.peerTransitGatewayId(), TransitGateway.class)
            .map(gateway -> prices.forRegion(gateway.region()));
        peer.ifPresent(other -> charge.hours(other.transitGatewayAttachmentHourly()));
        fallback |= peer.map(RegionPrices::fallback).orElse(false);
      } else if (element instanceof TransitGatewayAttachment) {
        charge.hours(local.transitGatewayAttachmentHourly());
      } else if (element instanceof HostedZone) {
        charge.month(local.hostedZoneMonthly());
      } else if (element instanceof ResolverEndpoint resolver) {
        charge.hoursEach(local.resolverEndpointHourlyPerEni(), resolver.subnetIds().size(), "network interfaces");
      } else {
        // a gateway endpoint is free; its line says so, and how much it carries
        if (local.gatewayEndpointPerGb() > 0) {
          charge.data(volume, Money.exact(local.gatewayEndpointPerGb()));
        }
        ifNone = volume.signum() > 0 ? "free (" + Money.gigabytes(volume) + ")" : "free";
      }
      CostItem item = charge.item(element.id().value(), element.kind().slug(), ifNone);
      items.add(withPricesNote(item, local, prices));
    }
    for (String kind : List.of(CostItem.CROSS_AZ_TRANSFER, CostItem.INTER_REGION_TRANSFER)) {
      (kind.equals(CostItem.CROSS_AZ_TRANSFER) ? crossZone : interRegion).forEach((subnet, byRate) -> {
        Charge charge = new Charge(currency);
        byRate.forEach((rate, volume) -> charge.data(volume, rate));
        CostItem item = charge.item(subnet.value(), kind, "");
        items.add(crossZoneFallback.getOrDefault(subnet, false) ? withPricesNote(item, regionPricesOf(topology, subnet, prices), prices)
            : item);
      });
    }
    items.addAll(flowItems);
    BigDecimal total = items.stream().map(CostItem::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new CostEstimate(currency, region, prices.priceDate(), total, items, traffic, fallback, stated);
  }

  /** The item of a stated flow: its id, kind {@code flow}, its per-GB charges, and how they are made. */
  private static CostItem flowItem(Flow flow, List<FlowCharges.Part> parts, PriceTable prices, RegionPrices local) {
    String route = flow.source().id() + " -> " + flow.target().text() + ", ";
    String detail;
    if (!flow.path().reachable()) {
      detail = route + "blocked at " + flow.path().blockedBy().id() + ": carries nothing";
    } else if (parts.isEmpty()) {
      detail = route + Money.gigabytes(flow.totalGb()) + " at no per-GB charge";
    } else {
      detail = route + String.join(" + ", parts.stream().map(part -> part.text(prices.currency())).toList());
    }
    CostItem item = new CostItem(flow.stated().id().value(), CostItem.FLOW, FlowCharges.total(parts), detail);
    return withPricesNote(item, local, prices);
  }

  private static CostItem withPricesNote(CostItem item, RegionPrices local, PriceTable prices) {
    return local.fallback() ? item.withNote(fallbackNote(local, prices)) : item;
  }

  /** What an item priced at another region's prices says: {@code no prices for ap-south-2: priced as us-east-1}. */
  private static String fallbackNote(RegionPrices local, PriceTable prices) {
    return "no prices for " + local.region() + ": priced as " + prices.fallbackRegion();
  }

  private static RegionPrices regionPricesOf(Topology topology, ElementId subnet, PriceTable prices) {
    return topology.find(subnet, Subnet.class).flatMap(found -> regionOf(topology, found.vpcId()))
        .map(prices::forRegion).orElseGet(() -> prices.forRegion(prices.fallbackRegion()));
  }

  /** The number of Availability Zones an interface endpoint has a network interface in: one per zone of its subnets. */
  static int zones(Topology topology, InterfaceEndpoint endpoint) {
    return (int) endpoint.subnetIds().stream().map(id -> topology.find(id, Subnet.class)).flatMap(Optional::stream)
        .map(Subnet::zone).distinct().count();
  }

  /**
   * The region whose prices bill an element, or empty when it is not billed on a line of its own:
   * a NAT gateway's, an endpoint's and a Resolver endpoint's VPC's; a transit gateway's own and an
   * attachment's gateway's; a hosted zone (Route 53 is global) at the design's region.
   */
  private static Optional<Region> billedRegion(Topology topology, Element element, Region design) {
    if (element instanceof NatGateway || element instanceof InterfaceEndpoint || element instanceof GatewayEndpoint
        || element instanceof ResolverEndpoint) {
      return regionOf(topology, element);
    }
    if (element instanceof TransitGateway gateway) {
      return Optional.of(gateway.region());
    }
    if (element instanceof TransitGatewayAttachment attachment) {
      return topology.find(attachment.transitGatewayId(), TransitGateway.class).map(TransitGateway::region);
    }
    return element instanceof HostedZone ? Optional.of(design) : Optional.empty();
  }

  private static Optional<Region> regionOf(Topology topology, Element element) {
    return topology.vpcOf(element.id()).flatMap(vpc -> regionOf(topology, vpc));
  }

  private static Optional<Region> regionOf(Topology topology, ElementId vpc) {
    return topology.find(vpc, Vpc.class).map(Vpc::region);
  }
}
