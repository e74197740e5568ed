package dev.netwright.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.Vpc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The transit gateway and DNS rules run by parts in a {@link CheckSession} (a VPC's part kept
 * while nothing it read changed) give, after every edit, what each rule gives on its own from
 * scratch: edits in a spoke, in the hub's transit gateway route tables, in the shared VPC, in a
 * hosted zone and in an attachment, by one edit at a time and by a design rebuilt with an element
 * added or removed.
 */
class TransitIncrementalCheckTest {
  private static final Path SAMPLES = Path.of(System.getProperty("netwright.samples", "../samples"));

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  /** Every rule of the catalogue run alone on the topology, from scratch, sorted. */
  private static List<Finding> eachRuleAlone(Topology topology) {
    List<Finding> expected = new ArrayList<>();
    for (Rule rule : Checks.all()) {
      expected.addAll(rule.check(topology));
    }
    expected.sort(Checks.ORDER);
    return expected;
  }

  private static RouteTable withRoutes(Topology topology, String table, List<Route> routes) {
    return topology.require(id(table), RouteTable.class).withRoutes(routes);
  }

  @Test
  void editsInASpokeTheHubTablesAndTheSharedVpc_giveWhatEachRuleGivesFromScratch() {
    Topology hub = new DesignFile().read(SAMPLES.resolve("hub-and-spoke.json")).topology();
    List<UnaryOperator<Topology>> edits = List.of(
        // in a spoke: its default route leaves the gateway, then comes back
        t -> t.with(withRoutes(t, "SpokeARouteTable", List.of())),
        t -> t.with(withRoutes(t, "SpokeARouteTable", List.of(Route.of("0.0.0.0/0", "Tgw")))),
        // in the hub: the spokes' table drops the shared VPC's block, then routes it again
        t -> t.with(t.require(id("SpokeTgwRouteTable"), TransitGatewayRouteTable.class).withRoutes(List.of(
            TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("EgressAttachment")), TransitGatewayRoute.blackhole(Cidr.parse("10.0.0.0/8")),
            TransitGatewayRoute.blackhole(Cidr.parse("10.100.0.0/16"))))),
        t -> t.with(t.require(id("SpokeTgwRouteTable"), TransitGatewayRouteTable.class).withRoutes(List.of(
            TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("EgressAttachment")), TransitGatewayRoute.blackhole(Cidr.parse("10.0.0.0/8"))))),
        // in the hub: the shared table stops propagating spoke B
        t -> t.with(t.require(id("SharedTgwRouteTable"), TransitGatewayRouteTable.class).withPropagations(
            List.of(id("SpokeAAttachment"), id("SharedAttachment")))),
        // in the shared VPC: no route back to the spokes, an endpoint with private DNS on
        t -> t.with(withRoutes(t, "SharedRouteTable", List.of())),
        t -> t.with(t.require(id("SsmEndpoint"), InterfaceEndpoint.class).withPrivateDns(true)),
        t -> t.with(withRoutes(t, "SharedRouteTable", List.of(Route.of("10.0.0.0/8", "Tgw")))),
        // spoke B renumbered: the hub's propagated routes change
        t -> t.with(t.require(id("SpokeBVpc"), Vpc.class).withCidrBlocks(List.of(Cidr.parse("10.3.0.0/16")))),
        // a zone taken off spoke A, an attachment given two subnets of one zone
        t -> t.with(t.require(id("SsmZone"), HostedZone.class).withVpcs(List.of(id("SharedVpc"), id("SpokeBVpc")))),
        t -> t.with(t.require(id("SpokeAAttachment"), TransitGatewayVpcAttachment.class)
            .withSubnets(List.of(id("SpokeATgwSubnetA"), id("AppSubnetA"), id("SpokeATgwSubnetB")))),
        // rebuilt designs: an element removed (spoke B's route table), then added back
        t -> Topology.of(t.elements().stream().filter(element -> !element.id().equals(id("SpokeBRouteTable"))).toList()),
        t -> {
          List<Element> elements = new ArrayList<>(t.elements());
          elements.add(new RouteTable(id("SpokeBRouteTable"), "", id("SpokeBVpc"), false, List.of(Route.of("0.0.0.0/0", "Tgw")),
              List.of(id("BatchSubnetA"), id("BatchSubnetB"), id("SpokeBTgwSubnetA"))));
          return Topology.of(elements);
        },
        // a subnet of spoke A removed by a rebuilt design: the attachment names a missing subnet
        t -> Topology.of(t.elements().stream().filter(element -> !element.id().equals(id("SpokeATgwSubnetB"))).toList()));
    CheckSession session = new CheckSession(Checks.all());
    Topology topology = hub;
    assertEquals(eachRuleAlone(topology), session.check(topology));
    Set<String> seen = new TreeSet<>();
    for (int step = 0; step < edits.size(); step++) {
      topology = edits.get(step).apply(topology);
      List<Finding> expected = eachRuleAlone(topology);
      assertEquals(expected, session.check(topology), "after edit " + step);
      assertEquals(expected, Checks.run(topology), "after edit " + step);
      expected.forEach(finding -> seen.add(finding.rule()));
    }
    for (String rule : List.of("NO-RETURN-ROUTE", "TGW-SHARED-ENDPOINT-CUT", "HOSTED-ZONE-PRIVATE-DNS-CONFLICT",
        "SHARED-ENDPOINT-PUBLIC-DNS", "TGW-ATTACHMENT-TWO-SUBNETS-ONE-AZ")) {
      assertFalse(!seen.contains(rule), "the edits should make " + rule + " find something, saw " + seen);
    }
  }

  @Test
  void aSpokeEdit_keepsTheOtherSpokesFindings() {
    Topology hub = new DesignFile().read(SAMPLES.resolve("hub-and-spoke.json")).topology();
    CheckSession session = new CheckSession(Checks.all());
    // the sample's one warning: spoke B is not associated with the STS zone (a finding of spoke B's part)
    Finding spokeB = session.check(hub).get(0);
    assertEquals(List.of(id("SpokeBVpc"), id("StsZone"), id("StsEndpoint")), spokeB.elements());
    Topology edited = hub.with(withRoutes(hub, "SpokeARouteTable", List.of()));
    List<Finding> after = session.check(edited);
    assertEquals(eachRuleAlone(edited), after);
    assertSame(spokeB, after.stream().filter(spokeB::equals).findFirst().orElseThrow());
  }
}
