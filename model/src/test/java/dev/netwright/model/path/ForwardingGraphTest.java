package dev.netwright.model.path;

import static dev.netwright.model.path.Net.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-VPC graph derives the routes AWS implies: local routes per block, prefix-list routes per gateway endpoint. */
class ForwardingGraphTest {

  private static VpcSlice slice(Topology topology) {
    return TopologyIndex.of(topology).slice(id("Main"));
  }

  @Test
  void graph_holdsALocalRoutePerVpcBlock_andAPrefixListRoutePerAssociatedGatewayEndpoint() {
    Vpc twoBlocks = new Vpc(id("Main"), "", List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16")), true, true,
        dev.netwright.model.Region.US_EAST_1);
    Topology topology = TypicalQuestionsTest.design().with(twoBlocks)
        .with(gatewayEndpoint("DynamoEndpoint", "Main", "dynamodb", "AppRt", "AppCRt"));
    ForwardingGraph graph = slice(topology).graph;

    assertEquals("10.1.0.0/16 local", graph.longestPrefixMatch(id("AppRt"), Cidr.parseAddress("10.1.2.3", "")).orElseThrow().hop.detail());
    assertEquals("pl-02cd2c6b -> DynamoEndpoint", graph.publicRoute(id("AppCRt"), "dynamodb").orElseThrow().hop.detail());
    assertEquals("pl-63a5400a -> S3GatewayEndpoint", graph.publicRoute(id("AppRt"), "s3").orElseThrow().hop.detail());
    assertEquals("0.0.0.0/0 -> NatA", graph.publicRoute(id("AppCRt"), "s3").orElseThrow().hop.detail(), "no S3 endpoint on AppCRt");
    assertEquals("0.0.0.0/0 -> NatA", graph.publicRoute(id("AppRt"), null).orElseThrow().hop.detail(), "the internet takes the default route");
  }

  @Test
  void graph_hasAnEdgePerAssociationRouteAndEndpointInterface() {
    ForwardingGraph graph = slice(TypicalQuestionsTest.design()).graph;

    // 4 associations; 3 tables × (1 local + 1 default route) + 1 prefix-list route; 2 endpoint interfaces
    assertEquals(4 + 3 * 2 + 1 + 2, graph.edgeCount());
    assertEquals(List.of(id("AppA"), id("AppB")), graph.interfacesOf(id("SsmEndpoint")));
    assertEquals(id("AppCRt"), graph.tableOf(id("AppC")).orElseThrow());
    assertTrue(graph.vertexCount() >= 4 + 3 + 2, "subnets, tables and route targets are vertices");
  }

  @Test
  void gatewayEndpointInARegionWithoutKnownPrefixList_getsADerivedLabel() {
    Vpc elsewhere = new Vpc(id("Main"), "", List.of(Cidr.parse("10.0.0.0/16")), true, true, dev.netwright.model.Region.of("ap-south-2"));
    Topology topology = Topology.of(List.of(elsewhere,
        subnet("App", "Main", "10.0.1.0/24", "ap-south-2a"),
        table("AppRt", "Main", List.of(), "App"),
        new dev.netwright.model.topology.GatewayEndpoint(id("S3"), "", id("Main"), "com.amazonaws.ap-south-2.s3", List.of(id("AppRt")), "")));

    PathAnswer answer = PathEngine.of(topology).reach(id("App"), Target.S3);

    assertEquals("pl-(com.amazonaws.ap-south-2.s3) -> S3", answer.hops().get(1).detail());
    assertEquals("S3", answer.endpoint());
  }
}
