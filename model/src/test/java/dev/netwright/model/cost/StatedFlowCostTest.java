package dev.netwright.model.cost;

import static dev.netwright.model.path.Net.igw;
import static dev.netwright.model.path.Net.nat;
import static dev.netwright.model.path.Net.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The flows a design states are priced along their paths, part by part, and the rest keeps the default assumption. */
class StatedFlowCostTest {
  private static final PriceTable PRICES = PriceTable.standard();

  private static TrafficFlow flow(String id, String from, String to, String sent, String received) {
    return new TrafficFlow(ElementId.of(id), ElementId.of(from), Target.parse(to), new BigDecimal(sent), new BigDecimal(received));
  }

  private static Map<String, CostItem> byId(CostEstimate estimate) {
    return estimate.items().stream().collect(Collectors.toMap(item -> item.id() + "/" + item.kind(), item -> item));
  }

  private static CostEstimate estimate(double unstated, TrafficFlow... flows) {
    return CostEstimate.of(CostEstimateTest.natDesign(), Region.US_EAST_1, PRICES,
        new Traffic(TrafficAssumption.of(unstated), List.of(flows)));
  }

  @Test
  void statedFlow_isAnItemOfKindFlow_withItsNatProcessingAndCrossingOnBothDirections() {
    CostEstimate estimate = estimate(100, flow("BatchToS3", "AppB", "s3", "1000", "500"));

    CostItem item = byId(estimate).get("BatchToS3/flow");
    // 1500 GB x $0.045 through NatA = 67.50, and 1500 GB x $0.01 from us-east-1b to NatA's zone = 15.00
    assertEquals(new BigDecimal("82.50"), item.monthly());
    assertEquals("AppB -> s3, 1500 GB x $0.045 NAT processing (NatA) + 1500 GB x $0.01 cross-AZ transfer", item.detail());
  }

  @Test
  void aStatedPair_leavesTheDefault_whileUnstatedPairsKeepIt() {
    CostEstimate estimate = estimate(100, flow("BatchToS3", "AppB", "s3", "1000", "0"));

    // the NAT gateway's item keeps AppA's assumed 100 GB only; AppB's S3 traffic is the flow's
    assertEquals("730 h x $0.045 + 100 GB x $0.045", byId(estimate).get("NatA/nat-gateway").detail());
    assertTrue(estimate.items().stream().noneMatch(item -> item.kind().equals(CostItem.CROSS_AZ_TRANSFER)), estimate.items().toString());
    assertEquals(List.of(ElementId.of("BatchToS3")), estimate.flows().stream().map(flow -> flow.stated().id()).toList());
  }

  @Test
  void flowToTheInternet_paysEgressOnWhatItSends_andNatProcessingBothWays() {
    CostEstimate estimate = estimate(0, flow("AppAOut", "AppA", "internet", "1000", "2000"));

    CostItem item = byId(estimate).get("AppAOut/flow");
    // 3000 GB x $0.045 = 135.00 through NatA; 1000 GB out to the internet x $0.09 = 90.00; what comes back in is free
    assertEquals(new BigDecimal("225.00"), item.monthly());
    assertEquals("AppA -> internet, 3000 GB x $0.045 NAT processing (NatA) + 1000 GB x $0.09 internet egress", item.detail());
    assertEquals(new BigDecimal("257.85"), estimate.monthlyTotal(), "the NAT gateway's hours and the flow");
  }

  @Test
  void blockedFlow_carriesNothing_andSaysWhereItStops() {
    Topology isolated = CostEstimateTest.natDesign().with(List.of(table("AppRt", "Main", List.of("0.0.0.0/0>NatA"), "AppB"),
        table("IsolatedRt", "Main", List.of(), "AppA")), List.of());
    CostEstimate estimate = CostEstimate.of(isolated, Region.US_EAST_1, PRICES,
        new Traffic(TrafficAssumption.of(0), List.of(flow("AppAOut", "AppA", "internet", "10", "0"))));

    CostItem item = byId(estimate).get("AppAOut/flow");
    assertEquals(new BigDecimal("0.00"), item.monthly());
    assertTrue(item.detail().startsWith("AppA -> internet, blocked at IsolatedRt"), item.detail());
  }

  @Test
  void documentTraffic_pricesTheFlowsItStates_andItsOwnDefault() {
    Traffic traffic = new Traffic(TrafficAssumption.of(0), List.of(flow("BatchToS3", "AppA", "s3", "40000", "0")));
    Document document = new Document("d", "", Region.US_EAST_1, CostEstimateTest.natDesign(), Layout.empty(), traffic);

    CostEstimate estimate = CostEstimate.of(document, PRICES);

    // 32.85 for the NAT gateway's hours; 40000 GB x $0.045 = 1800.00 for the flow
    assertEquals(new BigDecimal("1832.85"), estimate.monthlyTotal());
    assertEquals(traffic, estimate.traffic());
  }

  @Test
  void regionWithoutPrices_saysSoOnEveryItemItPrices() {
    Region hyderabad = Region.of("ap-south-2");
    Topology topology = Topology.of(List.of(
        new Vpc(ElementId.of("Main"), "", List.of(Cidr.parse("10.0.0.0/16")), true, true, hyderabad),
        new Subnet(ElementId.of("PublicA"), "", ElementId.of("Main"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("ap-south-2a")),
        new Subnet(ElementId.of("AppA"), "", ElementId.of("Main"), Cidr.parse("10.0.1.0/24"), AvailabilityZone.of("ap-south-2a")),
        igw("Igw", "Main"), nat("NatA", "PublicA"), table("PublicRt", "Main", List.of("0.0.0.0/0>Igw"), "PublicA"),
        table("AppRt", "Main", List.of("0.0.0.0/0>NatA"), "AppA")));

    CostEstimate estimate = CostEstimate.of(topology, hyderabad, PRICES,
        new Traffic(TrafficAssumption.of(0), List.of(flow("AppAOut", "AppA", "internet", "10", "0"))));

    assertTrue(estimate.fallbackPrices());
    assertEquals(2, estimate.items().size());
    for (CostItem item : estimate.items()) {
      assertTrue(item.detail().endsWith("(no prices for ap-south-2: priced as us-east-1)"), item.detail());
    }
  }

  @Test
  void everyRegionUsersAskForMost_hasPricesOfItsOwn() {
    for (String region : List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1",
        "ap-northeast-2", "ap-southeast-1")) {
      assertTrue(PRICES.covers(Region.of(region)), region);
    }
    assertEquals(0.052, PRICES.forRegion(Region.of("eu-central-1")).natGatewayHourly());
    assertEquals(0.014, PRICES.forRegion(Region.of("ap-northeast-1")).interfaceEndpointHourlyPerAz());
  }

  @Test
  void onPremisesFlow_fromItsVpnGateway_paysTheInterfaceEndpointsProcessingBothWays() {
    CostEstimate estimate = CostEstimate.of(SampleDesign.read("onprem-vpn-s3-interface.json"), PRICES);

    CostItem item = byId(estimate).get("VpnGateway-s3/flow");
    // 1500 GB up and 3000 GB down through S3InterfaceEndpoint at $0.01
    assertEquals(new BigDecimal("45.00"), item.monthly());
    assertEquals("VpnGateway -> s3, 4500 GB x $0.01 endpoint processing (S3InterfaceEndpoint)", item.detail());
  }

  @Test
  void aFlowFromAWorkload_isPricedAlongItsPath_asTrafficOfItsSubnet() {
    SecurityGroup anyOut = new SecurityGroup(ElementId.of("AnyOut"), "any-out", ElementId.of("Main"), "", List.of(),
        List.of(SecurityRule.all(new RulePeer.CidrPeer(Cidr.parse("0.0.0.0/0")))));
    Workload batch = new Workload(ElementId.of("Batch"), "batch", WorkloadType.EC2_INSTANCE, ElementId.of("AppB"), null, false,
        List.of(anyOut.id()));
    Topology topology = CostEstimateTest.natDesign().with(List.of(anyOut, batch), List.of());

    CostEstimate estimate = CostEstimate.of(topology, Region.US_EAST_1, PRICES,
        new Traffic(TrafficAssumption.of(100), List.of(flow("BatchToS3", "Batch", "s3", "1000", "500"))));

    CostItem item = byId(estimate).get("BatchToS3/flow");
    // as AppB's own flow: 1500 GB x $0.045 through NatA and 1500 GB x $0.01 from us-east-1b to NatA's zone
    assertEquals(new BigDecimal("82.50"), item.monthly());
    assertEquals("Batch -> s3, 1500 GB x $0.045 NAT processing (NatA) + 1500 GB x $0.01 cross-AZ transfer", item.detail());
    assertEquals(ElementId.of("AppB"), estimate.flows().stream().filter(Flow::isStated).findFirst().orElseThrow().subnetId());
    // AppB's S3 traffic is the workload's flow: only AppA keeps its assumed 100 GB through NatA
    assertEquals("730 h x $0.045 + 100 GB x $0.045", byId(estimate).get("NatA/nat-gateway").detail());
  }
}
