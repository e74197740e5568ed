package dev.netwright.model.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A dated table of AWS list prices per region, kept as data ({@code prices.json} next to this
 * class) so that a new price list is a data change, not a code change. Regions the table does not
 * know are priced as its fallback region and marked so.
 */
public final class PriceTable {
  private static final String RESOURCE = "prices.json";
  private static volatile PriceTable standard;

  private final LocalDate priceDate;
  private final String currency;
  private final Map<Region, RegionPrices> regions;
  private final Region fallbackRegion;

  private PriceTable(LocalDate priceDate, String currency, Map<Region, RegionPrices> regions, Region fallbackRegion) {
    this.priceDate = priceDate;
    this.currency = currency;
    this.regions = Collections.unmodifiableMap(regions);
    this.fallbackRegion = fallbackRegion;
  }

  /** The table shipped with Netwright, read once. */
  public static PriceTable standard() {
    PriceTable table = standard;
    if (table == null) {
      try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the price table " + RESOURCE + " is missing from the model's resources");
        }
        table = read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      standard = table;
    }
    return table;
  }

  /** Reads a price table in the format of {@code prices.json}; throws {@link NetwrightException} naming what is wrong. */
  public static PriceTable read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !root.isObject()) {
      throw new NetwrightException("price table: expected a JSON object");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text(root, "priceDate", "price table"));
    } catch (DateTimeParseException e) {
      throw new NetwrightException("price table: priceDate '" + root.path("priceDate").asText() + "' is not a date like 2026-11-01");
    }
    String currency = text(root, "currency", "price table");
    JsonNode regionsNode = root.path("regions");
    if (!regionsNode.isObject() || regionsNode.isEmpty()) {
      throw new NetwrightException("price table: 'regions' must name at least one region");
    }
    Map<Region, RegionPrices> regions = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = regionsNode.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      Region region = Region.of(entry.getKey());
      regions.put(region, prices(region, entry.getValue()));
    }
    Region fallback = Region.of(text(root, "fallbackRegion", "price table"));
    if (!regions.containsKey(fallback)) {
      throw new NetwrightException("price table: the fallback region " + fallback + " has no prices");
    }
    return new PriceTable(date, currency, regions, fallback);
  }

  private static RegionPrices prices(Region region, JsonNode node) {
    String where = "price table, region " + region;
    List<RegionPrices.Tier> tiers = new ArrayList<>();
    for (JsonNode tier : node.path("interfaceEndpointTiers")) {
      tiers.add(new RegionPrices.Tier(tier.path("firstGb").asLong(-1), number(tier, "perGb", where)));
    }
    return new RegionPrices(region, false, number(node, "natGatewayHourly", where), number(node, "natGatewayPerGb", where),
        number(node, "interfaceEndpointHourlyPerAz", where), number(node, "interfaceEndpointPerGb", where), tiers,
        number(node, "gatewayEndpointPerGb", where), number(node, "crossAzPerGb", where), number(node, "internetEgressPerGb", where),
        optional(node, "transitGatewayAttachmentHourly", RegionPrices.TRANSIT_ATTACHMENT_HOURLY, where),
        optional(node, "transitGatewayPerGb", RegionPrices.TRANSIT_PER_GB, where),
        optional(node, "interRegionPerGb", RegionPrices.INTER_REGION_PER_GB, where),
        optional(node, "hostedZoneMonthly", RegionPrices.HOSTED_ZONE_MONTHLY, where),
        optional(node, "resolverEndpointHourlyPerEni", RegionPrices.RESOLVER_ENI_HOURLY, where));
  }

  /** A price a table written before transit gateways may leave out: us-east-1's list price stands in. */
  private static double optional(JsonNode node, String field, double standIn, String where) {
    return node.has(field) ? number(node, field, where) : standIn;
  }

  private static double number(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isNumber() || value.asDouble() < 0) {
      throw new NetwrightException(where + ": '" + field + "' must be a price of zero or more");
    }
    return value.asDouble();
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new NetwrightException(where + ": '" + field + "' is missing");
    }
    return value.asText();
  }

  /** The day the prices were read from AWS's price pages. */
  public LocalDate priceDate() {
    return priceDate;
  }

  /** The currency of every price, e.g. {@code USD}. */
  public String currency() {
    return currency;
  }

  /** The regions the table has its own prices for. */
  public Set<Region> regions() {
    return regions.keySet();
  }

  /** The region whose prices stand in for a region the table does not list. */
  public Region fallbackRegion() {
    return fallbackRegion;
  }

  public boolean covers(Region region) {
    return regions.containsKey(region);
  }

  /** The prices of a region; the fallback region's, marked {@link RegionPrices#fallback()}, when it has none. */
  public RegionPrices forRegion(Region region) {
    RegionPrices prices = regions.get(region);
    return prices != null ? prices : regions.get(fallbackRegion).asFallbackFor(region);
  }
}
