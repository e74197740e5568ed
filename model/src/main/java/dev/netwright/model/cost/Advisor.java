package dev.netwright.model.cost;

import dev.netwright.model.ElementId;
import dev.netwright.model.path.PathEngine;
import dev.netwright.model.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Endpoint advice on a design: where a gateway endpoint would take S3 or DynamoDB traffic off a
 * NAT gateway, and where an interface endpoint bills hours that no client uses. Each
 * {@link Recommendation} carries its monthly saving at list prices and the
 * {@link TrafficAssumption}; the biggest saving comes first, ties in a fixed order.
 */
public final class Advisor {
  /** Biggest saving first, then by kind and elements, so that the same design always reads the same. */
  public static final Comparator<Recommendation> ORDER = Comparator.comparing(Recommendation::monthlySavings).reversed()
      .thenComparing(Recommendation::kind)
      .thenComparing(recommendation -> recommendation.elements().stream().map(ElementId::value).collect(Collectors.joining(",")));

  private Advisor() {
  }

  public static List<Recommendation> advise(Topology topology, PriceTable prices, TrafficAssumption traffic) {
    PathEngine engine = PathEngine.of(topology, prices);
    List<Flow> flows = ServiceTraffic.of(engine, traffic);
    List<Recommendation> advice = new ArrayList<>();
    advice.addAll(new GatewayEndpointAdvice(topology, prices, traffic).advise(flows));
    advice.addAll(new InterfaceEndpointAdvice(engine, prices, traffic).advise(flows));
    advice.sort(ORDER);
    return advice;
  }
}
