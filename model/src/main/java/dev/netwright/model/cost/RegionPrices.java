package dev.netwright.model.cost;

import dev.netwright.model.Region;
import java.util.List;

/**
 * The list prices of one region that Netwright's cost figures use, in the table's currency.
 * {@code fallback} is true when the table has no prices for the region asked for and these are
 * the fallback region's, so that a cost panel can say the figure is an estimate.
 */
public record RegionPrices(Region region, boolean fallback, double natGatewayHourly, double natGatewayPerGb,
    double interfaceEndpointHourlyPerAz, double interfaceEndpointPerGb, List<Tier> interfaceEndpointTiers,
    double gatewayEndpointPerGb, double crossAzPerGb, double internetEgressPerGb) {

  /** One price tier of data processed: the first {@code firstGb} a month (-1: the rest) at {@code perGb}. */
  public record Tier(long firstGb, double perGb) {
  }

  public RegionPrices {
    interfaceEndpointTiers = List.copyOf(interfaceEndpointTiers);
  }

  /** These prices labelled as another region's estimate. */
  RegionPrices asFallbackFor(Region asked) {
    return new RegionPrices(asked, true, natGatewayHourly, natGatewayPerGb, interfaceEndpointHourlyPerAz, interfaceEndpointPerGb,
        interfaceEndpointTiers, gatewayEndpointPerGb, crossAzPerGb, internetEgressPerGb);
  }
}
