package dev.netwright.model.path;

import static dev.netwright.model.path.Net.id;
import static dev.netwright.model.path.SamplePathsTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matrix across a transit gateway stays incremental: an edit in one spoke re-answers that spoke alone. */
class TransitMatrixTest {
  private final Topology hub = sample("hub-and-spoke.json");

  private static int subnetsOf(Topology topology, String vpc) {
    return (int) topology.subnets().stream().filter(subnet -> subnet.vpcId().equals(id(vpc))).count();
  }

  private static void assertSameAsFresh(PathMatrix updated) {
    assertEquals(PathMatrix.of(updated.topology()).answers(), updated.answers());
  }

  @Test
  void anEditInOneSpoke_reAnswersThatSpokeAlone() {
    PathMatrix before = PathMatrix.of(hub);
    RouteTable spokeB = hub.require(id("SpokeBRouteTable"), RouteTable.class);
    List<Route> routes = new ArrayList<>(spokeB.routes());
    routes.add(Route.of("10.100.0.0/16", "Tgw"));
    Topology edited = hub.with(spokeB.withRoutes(routes));

    PathMatrix after = before.update(edited);

    assertEquals(subnetsOf(hub, "SpokeBVpc") * before.targets().size(), after.answersComputed());
    assertSameAsFresh(after);
  }

  @Test
  void aBlackholeInTheSpokesTable_reAnswersWhatLookedRoutesUpThere_andCutsSpokeAFromTheSharedEndpoints() {
    PathMatrix before = PathMatrix.of(hub);
    TransitGatewayRouteTable spokes = hub.require(id("SpokeTgwRouteTable"), TransitGatewayRouteTable.class);
    List<TransitGatewayRoute> routes = new ArrayList<>(spokes.routes());
    routes.add(TransitGatewayRoute.blackhole(Cidr.parse("10.100.1.0/24")));
    Topology edited = hub.with(spokes.withRoutes(routes));

    PathMatrix after = before.update(edited);

    assertTrue(after.answersComputed() < before.answersComputed(), "the egress and shared VPCs' own rows were kept");
    assertSameAsFresh(after);
    PathAnswer ssm = after.answer(id("AppSubnetA"), Target.service("ssm")).orElseThrow();
    assertFalse(ssm.reachable());
    assertEquals("SpokeTgwRouteTable", ssm.blockedBy().id());
  }

  @Test
  void changingASpokesBlocks_changesThePropagatedRoutes_andEveryAnswerThatReadThem() {
    PathMatrix before = PathMatrix.of(hub);
    var spokeA = hub.require(id("SpokeAVpc"), dev.netwright.model.topology.Vpc.class);
    Topology edited = hub.with(spokeA.withCidrBlocks(List.of(Cidr.parse("10.1.0.0/16"), Cidr.parse("10.9.0.0/16"))));

    assertSameAsFresh(before.update(edited));
  }
}
