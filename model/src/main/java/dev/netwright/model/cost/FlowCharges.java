package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.Hop;
import dev.netwright.model.path.PathAnswer;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-GB charges a flow pays along its path, part by part: each NAT gateway's processing and
 * the interface endpoint's processing on the GB both ways, each transit gateway's processing and
 * inter-region transfer on the GB both ways, the crossing of Availability Zones on the GB both
 * ways, and data out to the internet on the GB sent. The parts add up to the path's
 * own cost per GB for data sent; the crossing is what that cost holds beyond the other parts.
 */
public final class FlowCharges {
  /** What a part of a flow's charges is for. */
  public enum Kind {
    NAT_PROCESSING("NAT processing"),
    ENDPOINT_PROCESSING("endpoint processing"),
    CROSS_AZ("cross-AZ transfer"),
    TRANSIT_PROCESSING("transit gateway processing"),
    INTER_REGION("inter-region transfer"),
    INTERNET_EGRESS("internet egress");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One part: {@code gb} at {@code perGb}, at an element ({@code at}: a NAT gateway or endpoint id, empty otherwise). */
  public record Part(Kind kind, String at, BigDecimal gb, BigDecimal perGb) {
    public BigDecimal amount() {
      return gb.multiply(perGb);
    }

    /** {@code 20000 GB x $0.045 NAT processing (NatGateway)}. */
    public String text(String currency) {
      return Money.gigabytes(gb) + " x " + Money.price(currency, perGb.doubleValue()) + " " + kind.label()
          + (at.isEmpty() ? "" : " (" + at + ")");
    }
  }

  private FlowCharges() {
  }

  /** The parts of a flow's charges; none for a blocked path or a flow of no GB. */
  public static List<Part> of(Flow flow, Topology topology, PriceTable prices) {
    List<Part> parts = new ArrayList<>();
    if (!flow.path().reachable() || flow.totalGb().signum() == 0) {
      return parts;
    }
    RegionPrices local = pricesOf(flow, topology, prices);
    BigDecimal both = flow.totalGb();
    BigDecimal rest = Money.exact(flow.path().costPerGb());
    for (String nat : flow.natGateways()) {
      BigDecimal perGb = Money.exact(local.natGatewayPerGb());
      parts.add(new Part(Kind.NAT_PROCESSING, nat, both, perGb));
      rest = rest.subtract(perGb);
    }
    String endpoint = flow.path().endpoint();
    if (endpoint != null) {
      boolean interfaceEndpoint = topology.find(ElementId.of(endpoint)).filter(InterfaceEndpoint.class::isInstance).isPresent();
      BigDecimal perGb = Money.exact(interfaceEndpoint ? local.interfaceEndpointPerGb() : local.gatewayEndpointPerGb());
      if (perGb.signum() > 0) {
        parts.add(new Part(Kind.ENDPOINT_PROCESSING, endpoint, both, perGb));
      }
      rest = rest.subtract(perGb);
    }
    for (String gateway : transitEntries(flow.path())) {
      BigDecimal perGb = Money.exact(local.transitGatewayPerGb());
      parts.add(new Part(Kind.TRANSIT_PROCESSING, gateway, both, perGb));
      rest = rest.subtract(perGb);
    }
    long regions = flow.path().hops().stream().filter(hop -> hop.detail().contains(Hop.BETWEEN_REGIONS)).count();
    if (regions > 0) {
      BigDecimal perGb = Money.exact(local.interRegionPerGb()).multiply(BigDecimal.valueOf(regions));
      parts.add(new Part(Kind.INTER_REGION, "", both, perGb));
      rest = rest.subtract(perGb);
    }
    BigDecimal egress = BigDecimal.ZERO;
    if (flow.target().kind() == Target.Kind.INTERNET && flow.path().crossesInternet()) {
      egress = Money.exact(local.internetEgressPerGb());
      rest = rest.subtract(egress);
    }
    BigDecimal crossing = rest.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    if (crossing.signum() > 0) {
      parts.add(new Part(Kind.CROSS_AZ, "", both, crossing));
    }
    if (egress.signum() > 0 && flow.sentGb().signum() > 0) {
      parts.add(new Part(Kind.INTERNET_EGRESS, "", flow.sentGb(), egress));
    }
    return parts;
  }

  /**
   * The transit gateways a path enters from a VPC or a VPN (each processes, and charges, the GB it
   * takes in); a gateway reached across a peering attachment processes nothing more.
   */
  private static List<String> transitEntries(PathAnswer path) {
    List<String> entries = new ArrayList<>();
    List<Hop> hops = path.hops();
    for (int i = 0; i < hops.size(); i++) {
      boolean peered = i > 0 && hops.get(i - 1).kind().equals(Hop.TRANSIT_GATEWAY_ATTACHMENT)
          && hops.get(i - 1).detail().startsWith("peering ");
      if (hops.get(i).kind().equals(Hop.TRANSIT_GATEWAY) && !peered) {
        entries.add(hops.get(i).id());
      }
    }
    return entries;
  }

  /** What the parts come to. */
  public static BigDecimal total(List<Part> parts) {
    return parts.stream().map(Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What a flow pays less a month once it takes {@code changed} in the changed design (negative: it pays more). */
  static BigDecimal saving(Flow flow, Topology before, PathAnswer changed, Topology after, PriceTable prices) {
    return total(of(flow, before, prices)).subtract(total(of(flow.along(changed), after, prices)));
  }

  /** The prices of the region of the flow's source VPC (of a flow from a VPN attachment: its transit gateway's). */
  static RegionPrices pricesOf(Flow flow, Topology topology, PriceTable prices) {
    return topology.find(flow.vpcId(), Vpc.class).map(Vpc::region)
        .or(() -> topology.find(flow.vpcId(), dev.netwright.model.topology.TransitGateway.class).map(gateway -> gateway.region()))
        .map(prices::forRegion)
        .orElseGet(() -> prices.forRegion(prices.fallbackRegion()));
  }
}
