package dev.netwright.model.cost;

import static dev.netwright.model.path.Net.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a design pays for joining VPCs: attachment-hours, the transit gateway's processing, hosted zones and Resolver endpoints. */
class TransitCostItemsTest {
  private static final PriceTable PRICES = PriceTable.standard();

  private static Document sample(String name) {
    return new DesignFile().read(Path.of(System.getProperty("netwright.samples", "../samples")).resolve(name));
  }

  private static Map<String, CostItem> byId(CostEstimate estimate) {
    return estimate.items().stream().collect(Collectors.toMap(CostItem::id, item -> item, (a, b) -> a));
  }

  @Test
  void theHubAndSpokeSample_billsEachAttachmentHour_theGatewaysProcessing_andEachHostedZone() {
    CostEstimate estimate = CostEstimate.of(sample("hub-and-spoke.json"), PRICES);
    Map<String, CostItem> items = byId(estimate);

    for (String attachment : List.of("EgressAttachment", "SharedAttachment", "SpokeAAttachment", "SpokeBAttachment")) {
      CostItem item = items.get(attachment);
      assertEquals("transit-gateway-vpc-attachment", item.kind(), attachment);
      assertEquals(new BigDecimal("36.50"), item.monthly(), attachment);
      assertEquals("730 h x $0.05", item.detail(), attachment);
    }
    // the assumed 50 GB of app-a (4 services: its ecr.dkr traffic is a stated flow, billed on the flow), app-b (5) and
    // batch-a (5) cross the gateway: 14 x 50 GB = 700 GB x $0.02; batch-b has no attachment in its zone
    CostItem gateway = items.get("Tgw");
    assertEquals("transit-gateway", gateway.kind());
    assertEquals("700 GB x $0.02", gateway.detail());
    assertEquals(new BigDecimal("14.00"), gateway.monthly());
    for (String zone : List.of("EcrApiZone", "EcrDkrZone", "SsmZone", "StsZone")) {
      assertEquals(new BigDecimal("0.50"), items.get(zone).monthly(), zone);
      assertEquals("hosted-zone", items.get(zone).kind());
      assertEquals("1 month x $0.50", items.get(zone).detail());
    }
    // the attachment subnets send nothing: no traffic of theirs is billed anywhere
    assertTrue(estimate.items().stream().noneMatch(item -> item.id().contains("TgwSubnet")), estimate.items().toString());
    assertTrue(items.get("EgressNatA").detail().endsWith("150 GB x $0.045"), items.get("EgressNatA").detail());
    BigDecimal sum = estimate.items().stream().map(CostItem::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(sum, estimate.monthlyTotal());
  }

  @Test
  void theOnPremisesSample_billsTheVpnAttachment_theResolverEndpoint_andTheOfficesFlowThroughTheGateway() {
    Map<String, CostItem> items = byId(CostEstimate.of(sample("onprem-tgw-vpn.json"), PRICES));

    assertEquals("transit-gateway-vpn-attachment", items.get("OfficeVpn").kind());
    assertEquals(new BigDecimal("36.50"), items.get("OfficeVpn").monthly());
    assertEquals("730 h x $0.125 x 2 network interfaces", items.get("InboundResolver").detail());
    assertEquals(new BigDecimal("182.50"), items.get("InboundResolver").monthly());
    assertEquals("no hourly charge (its attachments are billed)", items.get("Tgw").detail());
    // the office's 1,000 GB sent and 2,000 received enter the transit gateway at the VPN and reach S3's interface endpoint
    CostItem office = items.get("OfficeVpn-s3");
    assertEquals("flow", office.kind());
    assertEquals("OfficeVpn -> s3, 3000 GB x $0.01 endpoint processing (S3InterfaceEndpoint) + 3000 GB x $0.02 transit gateway"
        + " processing (Tgw)", office.detail());
    assertEquals(new BigDecimal("90.00"), office.monthly());
  }

  @Test
  void aPeeringAttachment_isBilledOnBothGateways_eachAtItsRegionsPrice() {
    Topology topology = Topology.of(List.of(TransitGateway.of(id("East"), "east", Region.US_EAST_1),
        TransitGateway.of(id("West"), "west", Region.of("eu-west-1")),
        new TransitGatewayPeeringAttachment(id("EastWest"), "east-west", id("East"), id("West"))));

    CostEstimate estimate = CostEstimate.of(topology, Region.US_EAST_1, PRICES, TrafficAssumption.DEFAULT);
    CostItem peering = byId(estimate).get("EastWest");

    assertEquals("transit-gateway-peering-attachment", peering.kind());
    assertEquals("730 h x $0.05 + 730 h x $0.05", peering.detail());
    assertEquals(new BigDecimal("73.00"), peering.monthly());
    assertEquals(new BigDecimal("73.00"), estimate.monthlyTotal());
  }

  @Test
  void aPriceTableWithoutTransitPrices_isReadWithUsEast1sListPrices() throws Exception {
    String table = "{\"priceDate\": \"2026-11-01\", \"currency\": \"USD\", \"fallbackRegion\": \"us-east-1\", \"regions\": {\"us-east-1\":"
        + " {\"natGatewayHourly\": 0.045, \"natGatewayPerGb\": 0.045, \"interfaceEndpointHourlyPerAz\": 0.01, \"interfaceEndpointPerGb\": 0.01,"
        + " \"gatewayEndpointPerGb\": 0, \"crossAzPerGb\": 0.01, \"internetEgressPerGb\": 0.09}}}";
    PriceTable read = PriceTable.read(new java.io.ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    RegionPrices prices = read.forRegion(Region.US_EAST_1);
    assertEquals(0.05, prices.transitGatewayAttachmentHourly());
    assertEquals(0.5, prices.hostedZoneMonthly());
    assertFalse(prices.fallback());
  }
}
