package dev.netwright.model.cost;

import static dev.netwright.model.path.Net.gatewayEndpoint;
import static dev.netwright.model.path.Net.httpsFrom;
import static dev.netwright.model.path.Net.id;
import static dev.netwright.model.path.Net.ids;
import static dev.netwright.model.path.Net.interfaceEndpoint;
import static dev.netwright.model.path.Net.peering;
import static dev.netwright.model.path.Net.subnet;
import static dev.netwright.model.path.Net.table;
import static dev.netwright.model.path.Net.vpc;
import static dev.netwright.model.path.Net.vpn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.Topology;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvisorTest {
  private static final PriceTable PRICES = PriceTable.standard();

  private static List<Recommendation> advise(Topology topology) {
    return Advisor.advise(topology, PRICES, TrafficAssumption.DEFAULT);
  }

  private static List<Recommendation> ofKind(List<Recommendation> advice, String kind) {
    return advice.stream().filter(recommendation -> recommendation.kind().equals(kind)).toList();
  }

  @Test
  void endpointNotOnTheTableOfSubnetsBehindANat_isToBeAssociated_savingTheirNatAndCrossAzCharges() {
    List<Recommendation> advice = advise(CostEstimateTest.natDesign());

    assertEquals(1, advice.size(), advice.toString());
    Recommendation associate = advice.get(0);
    assertEquals(Recommendation.ASSOCIATE_GATEWAY_ENDPOINT, associate.kind());
    assertEquals(ids("S3Endpoint", "AppRt"), associate.elements());
    // AppA: 100 GB x $0.045; AppB: 100 GB x ($0.045 NAT + $0.01 to the NAT's zone)
    assertEquals(new BigDecimal("10.00"), associate.monthlySavings());
    assertTrue(associate.message().startsWith("Associate gateway endpoint S3Endpoint with route table AppRt:"), associate.message());
    assertTrue(associate.message().contains("AppA and AppB") && associate.message().contains("NatA"), associate.message());
  }

  @Test
  void savings_growWithTheAssumedTraffic() {
    List<Recommendation> advice = Advisor.advise(CostEstimateTest.natDesign(), PRICES, TrafficAssumption.of(1000));

    assertEquals(new BigDecimal("100.00"), advice.get(0).monthlySavings());
  }

  @Test
  void vpcWithoutAGatewayEndpoint_isToGetOne_onTheTablesOfItsSubnetsBehindNats() {
    Topology without = CostEstimateTest.natDesign().without(id("S3Endpoint"));

    List<Recommendation> advice = advise(without);

    assertEquals(1, advice.size(), advice.toString());
    Recommendation add = advice.get(0);
    assertEquals(Recommendation.ADD_GATEWAY_ENDPOINT, add.kind());
    assertEquals(ids("Main", "AppRt"), add.elements());
    assertEquals(new BigDecimal("10.00"), add.monthlySavings());
    assertTrue(add.message().contains("com.amazonaws.us-east-1.s3") && add.message().contains("VPC Main"), add.message());
  }

  @Test
  void subnetsAlreadyOnTheEndpointsTable_getNoGatewayAdvice() {
    Topology associated = CostEstimateTest.natDesign().with(gatewayEndpoint("S3Endpoint", "Main", "s3", "PublicRt", "AppRt"));

    assertEquals(List.of(), advise(associated));
  }

  @Test
  void interfaceEndpointNoSubnetCanReach_isIdle_andSavesItsHours() {
    Topology topology = Topology.of(List.of(vpc("Main", "10.0.0.0/16"),
        subnet("AppA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("AppB", "Main", "10.0.2.0/24", "us-east-1b"),
        table("AppRt", "Main", List.of(), "AppA", "AppB"),
        httpsFrom("ClosedSg", "Main", "192.168.0.0/24"),
        interfaceEndpoint("Sts", "Main", "sts", true, List.of("AppA", "AppB"), "ClosedSg")));

    List<Recommendation> advice = advise(topology);

    assertEquals(1, advice.size(), advice.toString());
    assertEquals(Recommendation.REMOVE_IDLE_INTERFACE_ENDPOINT, advice.get(0).kind());
    assertEquals(ids("Sts"), advice.get(0).elements());
    assertEquals(new BigDecimal("14.60"), advice.get(0).monthlySavings());
    assertTrue(advice.get(0).message().contains("ClosedSg"), "the message says what keeps clients away: " + advice.get(0).message());
  }

  @Test
  void interfaceEndpointReachedFromOnPremises_isNotIdle() {
    Topology topology = Topology.of(List.of(vpc("Main", "10.0.0.0/16"),
        subnet("AppA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("AppB", "Main", "10.0.2.0/24", "us-east-1b"),
        table("AppRt", "Main", List.of("192.168.0.0/16>Vpn"), "AppA", "AppB"),
        vpn("Vpn", "Main", "192.168.0.0/16"),
        httpsFrom("OnPremSg", "Main", "192.168.0.0/16"),
        interfaceEndpoint("S3Interface", "Main", "s3", false, List.of("AppA", "AppB"), "OnPremSg")));

    assertEquals(List.of(), ofKind(advise(topology), Recommendation.REMOVE_IDLE_INTERFACE_ENDPOINT));
    assertEquals(List.of(), ofKind(advise(topology), Recommendation.CONSOLIDATE_INTERFACE_ENDPOINT_AZS),
        "on-premises clients use every zone's interface");
  }

  @Test
  void interfaceEndpointReachedFromAPeeredVpc_isNotIdle() {
    Topology topology = Topology.of(List.of(vpc("Main", "10.0.0.0/16"), vpc("Other", "10.1.0.0/16"),
        subnet("EndpointA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("ClientA", "Other", "10.1.1.0/24", "us-east-1a"),
        table("MainRt", "Main", List.of("10.1.0.0/16>Peering"), "EndpointA"),
        table("OtherRt", "Other", List.of("10.0.0.0/16>Peering"), "ClientA"),
        peering("Peering", "Main", "Other"),
        httpsFrom("PeerSg", "Main", "10.1.0.0/16"),
        interfaceEndpoint("Sqs", "Main", "sqs", false, List.of("EndpointA"), "PeerSg")));

    assertEquals(List.of(), advise(topology));
  }

  @Test
  void interfaceInAZoneWithoutClients_isToBeTakenOut_savingItsHours() {
    Topology topology = Topology.of(List.of(vpc("Main", "10.0.0.0/16"),
        subnet("AppA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("AppB", "Main", "10.0.2.0/24", "us-east-1b"),
        subnet("SpareC", "Main", "10.0.3.0/24", "us-east-1c"),
        table("AppRt", "Main", List.of(), "AppA", "AppB", "SpareC"),
        httpsFrom("AppSg", "Main", "10.0.1.0/24", "10.0.2.0/24"),
        interfaceEndpoint("Ssm", "Main", "ssm", true, List.of("AppA", "AppB", "SpareC"), "AppSg")));

    List<Recommendation> advice = advise(topology);

    assertEquals(1, advice.size(), advice.toString());
    Recommendation consolidate = advice.get(0);
    assertEquals(Recommendation.CONSOLIDATE_INTERFACE_ENDPOINT_AZS, consolidate.kind());
    assertEquals(ids("Ssm", "SpareC"), consolidate.elements());
    assertEquals(new BigDecimal("7.30"), consolidate.monthlySavings());
    assertTrue(consolidate.message().contains("SpareC (us-east-1c)"), consolidate.message());
  }

  @Test
  void s3CostLeakSample_isToAssociateItsGatewayEndpoint_withAPositiveSaving() {
    List<Recommendation> advice = advise(SampleDesign.read("s3-cost-leak.json").topology());

    List<Recommendation> associate = ofKind(advice, Recommendation.ASSOCIATE_GATEWAY_ENDPOINT);
    assertEquals(1, associate.size(), advice.toString());
    assertEquals(ids("S3GatewayEndpoint", "AppRouteTable"), associate.get(0).elements());
    assertTrue(associate.get(0).monthlySavings().signum() > 0, associate.get(0).toString());
  }

  @Test
  void s3GatewayEndpointsSample_hasNoGatewayEndpointAdvice() {
    List<Recommendation> advice = advise(SampleDesign.read("s3-gateway-endpoints.json").topology());

    assertEquals(List.of(), ofKind(advice, Recommendation.ASSOCIATE_GATEWAY_ENDPOINT));
    assertEquals(List.of(), ofKind(advice, Recommendation.ADD_GATEWAY_ENDPOINT));
  }

  @Test
  void interfaceEndpointSamples_haveNoInterfaceAdvice_sinceEveryZoneHasClients() {
    assertEquals(List.of(), advise(SampleDesign.read("ssm-interface-endpoints.json").topology()));
    assertEquals(List.of(), advise(SampleDesign.read("onprem-vpn-s3-interface.json").topology()));
  }

  @Test
  void threeTierSample_isToAddAnS3GatewayEndpointForItsPrivateTables() {
    List<Recommendation> advice = advise(SampleDesign.read("three-tier.json").topology());

    assertEquals(1, advice.size(), advice.toString());
    assertEquals(Recommendation.ADD_GATEWAY_ENDPOINT, advice.get(0).kind());
    assertEquals(ids("ThreeTierVpc", "PrivateRouteTableA", "PrivateRouteTableB", "PrivateRouteTableC"), advice.get(0).elements());
    assertEquals(new BigDecimal("13.50"), advice.get(0).monthlySavings());
  }

  @Test
  void advice_isOrderedBiggestSavingFirst_andTheSameEachTime() {
    Topology topology = CostEstimateTest.natDesign()
        .with(subnet("Spare", "Main", "10.0.9.0/24", "us-east-1c"))
        .with(httpsFrom("ClosedSg", "Main", "192.168.0.0/24"))
        .with(interfaceEndpoint("Sts", "Main", "sts", true, List.of("Spare"), "ClosedSg"));

    List<Recommendation> advice = advise(topology);

    assertEquals(List.of(Recommendation.ASSOCIATE_GATEWAY_ENDPOINT, Recommendation.REMOVE_IDLE_INTERFACE_ENDPOINT),
        advice.stream().map(Recommendation::kind).toList());
    assertEquals(advice, advise(topology));
  }
}
