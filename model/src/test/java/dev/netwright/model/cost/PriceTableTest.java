package dev.netwright.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceTableTest {

  @Test
  void standardTable_isDatedAndHoldsTheUsEast1ListPrices() {
    PriceTable table = PriceTable.standard();
    RegionPrices prices = table.forRegion(Region.US_EAST_1);

    assertEquals(LocalDate.of(2026, 11, 1), table.priceDate());
    assertEquals("USD", table.currency());
    assertFalse(prices.fallback());
    assertEquals(0.045, prices.natGatewayHourly());
    assertEquals(0.045, prices.natGatewayPerGb());
    assertEquals(0.01, prices.interfaceEndpointHourlyPerAz());
    assertEquals(0.01, prices.interfaceEndpointPerGb());
    assertEquals(0.0, prices.gatewayEndpointPerGb());
    assertEquals(0.01, prices.crossAzPerGb());
    assertEquals(3, prices.interfaceEndpointTiers().size());
  }

  @Test
  void regionWithoutPrices_getsTheFallbackRegionsPricesMarkedAsSuch() {
    RegionPrices prices = PriceTable.standard().forRegion(Region.of("ap-south-2"));

    assertTrue(prices.fallback());
    assertEquals(Region.of("ap-south-2"), prices.region());
    assertEquals(0.045, prices.natGatewayPerGb());
  }

  @Test
  void tableWithAMissingPrice_isRefusedNamingTheRegionAndField() {
    String json = "{\"priceDate\": \"2026-11-01\", \"currency\": \"USD\", \"fallbackRegion\": \"us-east-1\","
        + " \"regions\": {\"us-east-1\": {\"natGatewayHourly\": 0.045}}}";

    NetwrightException error = assertThrows(NetwrightException.class,
        () -> PriceTable.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

    assertEquals("price table, region us-east-1: 'natGatewayPerGb' must be a price of zero or more", error.getMessage());
  }

  @Test
  void tableWithABadDate_isRefused() {
    String json = "{\"priceDate\": \"November\", \"currency\": \"USD\", \"fallbackRegion\": \"us-east-1\", \"regions\": {}}";

    NetwrightException error = assertThrows(NetwrightException.class,
        () -> PriceTable.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

    assertTrue(error.getMessage().contains("priceDate 'November'"), error.getMessage());
  }
}
