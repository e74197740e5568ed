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
    double gatewayEndpointPerGb, double crossAzPerGb, double internetEgressPerGb, double transitGatewayAttachmentHourly,
    double transitGatewayPerGb, double interRegionPerGb, double hostedZoneMonthly, double resolverEndpointHourlyPerEni) {
  /** us-east-1 list prices (2026-11-01) of a transit gateway attachment-hour, a GB it processes and a GB between regions. */
  static final double TRANSIT_ATTACHMENT_HOURLY = 0.05;
  static final double TRANSIT_PER_GB = 0.02;
  static final double INTER_REGION_PER_GB = 0.02;
  /** us-east-1 list prices of a private hosted zone a month and a Resolver endpoint's network interface-hour. */
  static final double HOSTED_ZONE_MONTHLY = 0.5;
  static final double RESOLVER_ENI_HOURLY = 0.125;

  /** One price tier of data processed: the first {@code firstGb} a month (-1: the rest) at {@code perGb}. */
  public record Tier(long firstGb, double perGb) {
  }

  public RegionPrices {
    interfaceEndpointTiers = List.copyOf(interfaceEndpointTiers);
  }

  /** Prices without their own transit gateway, hosted zone and Resolver figures: us-east-1's stand in. */
  public RegionPrices(Region region, boolean fallback, double natGatewayHourly, double natGatewayPerGb,
      double interfaceEndpointHourlyPerAz, double interfaceEndpointPerGb, List<Tier> interfaceEndpointTiers,
      double gatewayEndpointPerGb, double crossAzPerGb, double internetEgressPerGb) {
    this(region, fallback, natGatewayHourly, natGatewayPerGb, interfaceEndpointHourlyPerAz, interfaceEndpointPerGb,
        interfaceEndpointTiers, gatewayEndpointPerGb, crossAzPerGb, internetEgressPerGb, TRANSIT_ATTACHMENT_HOURLY, TRANSIT_PER_GB,
        INTER_REGION_PER_GB, HOSTED_ZONE_MONTHLY, RESOLVER_ENI_HOURLY);
  }

  /** These prices labelled as another region's estimate. */
  RegionPrices asFallbackFor(Region asked) {
    return new RegionPrices(asked, true, natGatewayHourly, natGatewayPerGb, interfaceEndpointHourlyPerAz, interfaceEndpointPerGb,
        interfaceEndpointTiers, gatewayEndpointPerGb, crossAzPerGb, internetEgressPerGb, transitGatewayAttachmentHourly,
        transitGatewayPerGb, interRegionPerGb, hostedZoneMonthly, resolverEndpointHourlyPerEni);
  }
}
