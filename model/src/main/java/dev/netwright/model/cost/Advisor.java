package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.traffic.Traffic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Endpoint advice on a design: where a gateway endpoint would take S3 or DynamoDB traffic off a
 * NAT gateway, and where an interface endpoint bills hours that no client uses. Each
 * {@link Recommendation} carries its monthly saving at list prices and the design's
 * {@link Traffic} (the flows it states, the default for the rest), and the change to make; the
 * biggest saving comes first, ties in a fixed order.
 */
public final class Advisor {
  /** Biggest saving first, then by kind and elements, so that the same design always reads the same. */
  public static final Comparator<Recommendation> ORDER = Comparator.comparing(Recommendation::monthlySavings).reversed()
      .thenComparing(Recommendation::kind)
      .thenComparing(recommendation -> recommendation.elements().stream().map(ElementId::value).collect(Collectors.joining(",")));

  private Advisor() {
  }

  /** Advice on a design at the traffic it states. */
  public static List<Recommendation> advise(Document document, PriceTable prices) {
    return advise(document.topology(), prices, document.traffic());
  }

  /** Advice on a topology that states no flow, at {@code traffic} per subnet. */
  public static List<Recommendation> advise(Topology topology, PriceTable prices, TrafficAssumption traffic) {
    return advise(topology, prices, new Traffic(traffic, List.of()));
  }

  public static List<Recommendation> advise(Topology topology, PriceTable prices, Traffic traffic) {
    PathEngine engine = PathEngine.of(topology, prices);
    List<Flow> flows = ServiceTraffic.of(engine, traffic).stream().filter(flow -> flow.path().reachable()).toList();
    List<Recommendation> advice = new ArrayList<>();
    advice.addAll(new GatewayEndpointAdvice(topology, prices, traffic).advise(flows));
    advice.addAll(new InterfaceEndpointAdvice(engine, prices, traffic).advise(flows));
    advice.addAll(new SharedEndpointAdvice(topology, prices, traffic).advise(flows));
    advice.sort(ORDER);
    return advice;
  }

  /** The traffic a saving is measured at, as a message says it. */
  static String trafficText(Traffic traffic) {
    String unstated = Money.gigabytes(traffic.unstated().gbPerSubnet()) + " a month per subnet";
    return traffic.flows().isEmpty() ? unstated : "the traffic the design states (" + unstated + " where it states none)";
  }
}
