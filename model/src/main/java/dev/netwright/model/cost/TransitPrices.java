package dev.netwright.model.cost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prices of what joins VPCs, from the {@code acrossVpcs} section of the price table: a transit
 * gateway attachment-hour, a GB the transit gateway processes, a GB between regions, a private hosted
 * zone a month and a Resolver endpoint's network interface-hour. {@code fallback} is true when the
 * table has none of these for the region asked for and these are the fallback region's.
 */
public record TransitPrices(Region region, boolean fallback, double transitGatewayAttachmentHourly, double transitGatewayPerGb,
    double interRegionPerGb, double privateHostedZoneMonthly, double resolverEndpointHourlyPerInterface) {

  /** These prices labelled as another region's estimate. */
  TransitPrices asFallbackFor(Region asked) {
    return new TransitPrices(asked, true, transitGatewayAttachmentHourly, transitGatewayPerGb, interRegionPerGb,
        privateHostedZoneMonthly, resolverEndpointHourlyPerInterface);
  }

  /** The {@code acrossVpcs} section of a price table, by region; empty when the table has none. */
  static Map<Region, TransitPrices> read(JsonNode section) {
    Map<Region, TransitPrices> regions = new TreeMap<>();
    if (section == null || section.isMissingNode() || section.isNull()) {
      return regions;
    }
    if (!section.isObject()) {
      throw new NetwrightException("price table: 'acrossVpcs' must be an object of regions");
    }
    Iterator<Map.Entry<String, JsonNode>> fields = section.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      Region region = Region.of(entry.getKey());
      JsonNode node = entry.getValue();
      String where = "price table, acrossVpcs, region " + region;
      regions.put(region, new TransitPrices(region, false, number(node, "transitGatewayAttachmentHourly", where),
          number(node, "transitGatewayPerGb", where), number(node, "interRegionPerGb", where),
          number(node, "privateHostedZoneMonthly", where), number(node, "resolverEndpointHourlyPerInterface", where)));
    }
    return regions;
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber() || value.asDouble() < 0) {
      throw new NetwrightException(where + ": '" + field + "' must be a price of zero or more");
    }
    return value.asDouble();
  }
}
