package dev.netwright.model.cost;

import static dev.netwright.model.path.Net.gatewayEndpoint;
import static dev.netwright.model.path.Net.httpsFrom;
import static dev.netwright.model.path.Net.igw;
import static dev.netwright.model.path.Net.interfaceEndpoint;
import static dev.netwright.model.path.Net.nat;
import static dev.netwright.model.path.Net.subnet;
import static dev.netwright.model.path.Net.table;
import static dev.netwright.model.path.Net.vpc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CostEstimateTest {
  private static final PriceTable PRICES = PriceTable.standard();

  /** Main: PublicA (IGW, NatA); AppA in a and AppB in b both default to NatA; an S3 endpoint on the public table only. */
  static Topology natDesign() {
    return Topology.of(List.of(vpc("Main", "10.0.0.0/16"),
        subnet("PublicA", "Main", "10.0.0.0/24", "us-east-1a"),
        subnet("AppA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("AppB", "Main", "10.0.2.0/24", "us-east-1b"),
        igw("Igw", "Main"), nat("NatA", "PublicA"),
        table("PublicRt", "Main", List.of("0.0.0.0/0>Igw"), "PublicA"),
        table("AppRt", "Main", List.of("0.0.0.0/0>NatA"), "AppA", "AppB"),
        gatewayEndpoint("S3Endpoint", "Main", "s3", "PublicRt")));
  }

  private static Map<String, CostItem> byId(CostEstimate estimate) {
    return estimate.items().stream().collect(Collectors.toMap(item -> item.id() + "/" + item.kind(), item -> item));
  }

  @Test
  void natGateway_costsAMonthOfHoursPlusTheGbItProcesses() {
    CostEstimate estimate = CostEstimate.of(natDesign(), Region.US_EAST_1, PRICES, TrafficAssumption.of(100));

    CostItem nat = byId(estimate).get("NatA/nat-gateway");
    // 730 h x $0.045 = 32.85, and AppA's and AppB's 100 GB each at $0.045 = 9.00
    assertEquals(new BigDecimal("41.85"), nat.monthly());
    assertEquals("730 h x $0.045 + 200 GB x $0.045", nat.detail());
  }

  @Test
  void subnetWhoseNatIsInAnotherZone_paysCrossAzTransfer_andTheTotalIsTheSumOfItems() {
    CostEstimate estimate = CostEstimate.of(natDesign(), Region.US_EAST_1, PRICES, TrafficAssumption.of(100));

    CostItem transfer = byId(estimate).get("AppB/" + CostItem.CROSS_AZ_TRANSFER);
    assertEquals(new BigDecimal("1.00"), transfer.monthly());
    assertEquals("100 GB x $0.01", transfer.detail());
    assertFalse(byId(estimate).containsKey("AppA/" + CostItem.CROSS_AZ_TRANSFER), "AppA uses the NAT gateway of its own zone");
    BigDecimal sum = estimate.items().stream().map(CostItem::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(sum, estimate.monthlyTotal());
    assertEquals(new BigDecimal("42.85"), estimate.monthlyTotal());
  }

  @Test
  void gatewayEndpoint_isFree_andSaysHowMuchItCarries() {
    CostEstimate estimate = CostEstimate.of(natDesign(), Region.US_EAST_1, PRICES, TrafficAssumption.of(100));

    CostItem endpoint = byId(estimate).get("S3Endpoint/gateway-endpoint");
    assertEquals(new BigDecimal("0.00"), endpoint.monthly());
    // PublicA's own S3 traffic, and AppA's and AppB's after the NAT gateway, leave through the public table's endpoint
    assertEquals("free (300 GB)", endpoint.detail());
  }

  @Test
  void interfaceEndpoint_billsEachZoneOfItsSubnets_andTheGbItProcesses() {
    Topology topology = Topology.of(List.of(vpc("Main", "10.0.0.0/16"),
        subnet("AppA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("AppB", "Main", "10.0.2.0/24", "us-east-1b"),
        subnet("AppC", "Main", "10.0.3.0/24", "us-east-1c"),
        table("AppRt", "Main", List.of(), "AppA", "AppB", "AppC"),
        httpsFrom("EndpointSg", "Main", "10.0.0.0/16"),
        interfaceEndpoint("Ssm", "Main", "ssm", true, List.of("AppA", "AppB"), "EndpointSg")));

    CostEstimate estimate = CostEstimate.of(topology, Region.US_EAST_1, PRICES, TrafficAssumption.of(50));

    CostItem endpoint = byId(estimate).get("Ssm/interface-endpoint");
    // 730 h x $0.01 x 2 zones = 14.60, and 3 subnets x 50 GB at $0.01 = 1.50
    assertEquals(new BigDecimal("16.10"), endpoint.monthly());
    assertEquals("730 h x $0.01 x 2 AZs + 150 GB x $0.01", endpoint.detail());
    CostItem crossing = byId(estimate).get("AppC/" + CostItem.CROSS_AZ_TRANSFER);
    assertEquals("50 GB x $0.01", crossing.detail(), "AppC has no interface in its zone and crosses to another");
  }

  @Test
  void noTraffic_leavesOnlyTheHourlyCharges() {
    CostEstimate estimate = CostEstimate.of(natDesign(), Region.US_EAST_1, PRICES, TrafficAssumption.of(0));

    assertEquals(List.of("NatA", "S3Endpoint"), estimate.items().stream().map(CostItem::id).toList());
    assertEquals("730 h x $0.045", byId(estimate).get("NatA/nat-gateway").detail());
    assertEquals(new BigDecimal("32.85"), estimate.monthlyTotal());
  }

  @Test
  void vpcOfAnotherRegion_isPricedWithThatRegionsPrices() {
    Region ireland = Region.of("eu-west-1");
    Topology topology = Topology.of(List.of(
        new Vpc(ElementId.of("Main"), "", List.of(Cidr.parse("10.0.0.0/16")), true, true, ireland),
        new Subnet(ElementId.of("PublicA"), "", ElementId.of("Main"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("eu-west-1a")),
        igw("Igw", "Main"), nat("NatA", "PublicA"), table("PublicRt", "Main", List.of("0.0.0.0/0>Igw"), "PublicA")));

    CostEstimate estimate = CostEstimate.of(topology, ireland, PRICES, TrafficAssumption.of(100));

    assertEquals("730 h x $0.048", byId(estimate).get("NatA/nat-gateway").detail());
    assertEquals(new BigDecimal("35.04"), estimate.monthlyTotal());
    assertFalse(estimate.fallbackPrices());
  }

  @Test
  void regionMissingFromTheTable_isPricedAsTheFallbackRegion_andSaysSo() throws Exception {
    String json = "{\"priceDate\": \"2026-01-15\", \"currency\": \"USD\", \"fallbackRegion\": \"us-east-1\", \"regions\": {"
        + "\"us-east-1\": {\"natGatewayHourly\": 0.05, \"natGatewayPerGb\": 0.05, \"interfaceEndpointHourlyPerAz\": 0.01,"
        + " \"interfaceEndpointPerGb\": 0.01, \"gatewayEndpointPerGb\": 0, \"crossAzPerGb\": 0.02, \"internetEgressPerGb\": 0.09}}}";
    PriceTable table = PriceTable.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    CostEstimate estimate = CostEstimate.of(natDesign(), Region.of("eu-west-1"), table, TrafficAssumption.of(100));

    assertTrue(estimate.fallbackPrices(), "the design's region is not in the table");
    assertEquals("2026-01-15", estimate.priceDate().toString());
    // 730 h x $0.05 = 36.50 + 200 GB x $0.05 = 10.00; AppB crosses zones: 100 GB x $0.02
    assertEquals(new BigDecimal("46.50"), byId(estimate).get("NatA/nat-gateway").monthly());
    assertEquals(new BigDecimal("2.00"), byId(estimate).get("AppB/" + CostItem.CROSS_AZ_TRANSFER).monthly());
  }

  @Test
  void s3CostLeakSample_paysTheNatGatewayForItsS3Traffic() {
    Document leak = SampleDesign.read("s3-cost-leak.json");

    CostEstimate estimate = CostEstimate.of(leak.topology(), leak.region(), PRICES, TrafficAssumption.DEFAULT);

    assertEquals("USD", estimate.currency());
    assertEquals(Region.US_EAST_1, estimate.region());
    assertEquals("730 h x $0.045 + 200 GB x $0.045", byId(estimate).get("NatGateway/nat-gateway").detail());
    assertEquals(new BigDecimal("42.85"), estimate.monthlyTotal());
  }

  @Test
  void s3CostLeakSample_atTheFlowsItStates_billsTheLeakOnTheFlows() {
    CostEstimate estimate = CostEstimate.of(SampleDesign.read("s3-cost-leak.json"), PRICES);

    // 40000 GB through the NAT gateway at $0.045, and AppSubnetB's 20000 GB across zones at $0.01, on top of 32.85 of hours
    assertEquals("730 h x $0.045", byId(estimate).get("NatGateway/nat-gateway").detail());
    assertEquals(new BigDecimal("900.00"), byId(estimate).get("AppSubnetA-s3/flow").monthly());
    assertEquals(new BigDecimal("1100.00"), byId(estimate).get("AppSubnetB-s3/flow").monthly());
    assertEquals(new BigDecimal("2032.85"), estimate.monthlyTotal());
  }

  @Test
  void s3GatewayEndpointsSample_sendsNoServiceTrafficThroughItsNatGateway() {
    CostEstimate estimate = CostEstimate.of(SampleDesign.read("s3-gateway-endpoints.json"), PRICES, TrafficAssumption.DEFAULT);

    assertEquals("730 h x $0.045", byId(estimate).get("NatGatewayA/nat-gateway").detail());
    assertEquals(new BigDecimal("32.85"), estimate.monthlyTotal());
  }

  @Test
  void sameDesign_givesTheSameEstimate() {
    Document design = SampleDesign.read("ssm-interface-endpoints.json");

    assertEquals(CostEstimate.of(design, PRICES, TrafficAssumption.DEFAULT), CostEstimate.of(design, PRICES, TrafficAssumption.DEFAULT));
  }

  @Test
  void negativeTraffic_isRefusedWithAMessage() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> TrafficAssumption.of(-5));

    assertTrue(refused.getMessage().contains("-5"), refused.getMessage());
  }
}
