package dev.netwright.app.aws;

import static dev.netwright.app.aws.Designs.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.ElementKind;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Apply makes a transit gateway hub with its attachments and route tables, re-plans empty, and rolls back a fault mid-apply. */
class TransitApplyTest {
  private static final FakeEc2 fake = new FakeEc2();
  private static final AwsSession session = TestSessions.session(fake, 1000);

  @AfterAll
  static void close() {
    session.close();
    fake.close();
  }

  /**
   * A hub and a spoke VPC attached to a new transit gateway (defaults on); the default table holds a
   * blackhole; a spoke table the spoke is associated with, which the hub propagates into and whose
   * default route goes to the hub; the spoke's main table routes everything to the gateway.
   */
  static Document design() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("Hub"), "hub", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1));
    elements.add(new Vpc(id("Spoke"), "spoke", List.of(Cidr.parse("10.1.0.0/16")), true, true, Region.US_EAST_1));
    elements.add(new Subnet(id("HubA"), "hub-a", id("Hub"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("us-east-1a")));
    elements.add(new Subnet(id("HubB"), "hub-b", id("Hub"), Cidr.parse("10.0.1.0/24"), AvailabilityZone.of("us-east-1b")));
    elements.add(new Subnet(id("SpokeA"), "spoke-a", id("Spoke"), Cidr.parse("10.1.0.0/24"), AvailabilityZone.of("us-east-1a")));
    elements.add(new RouteTable(id("HubMain"), "hub main", id("Hub"), true, List.of(Route.of("10.1.0.0/16", "Tgw")), List.of()));
    elements.add(new RouteTable(id("SpokeMain"), "spoke main", id("Spoke"), true, List.of(Route.of("0.0.0.0/0", "Tgw")), List.of()));
    elements.add(new TransitGateway(id("Tgw"), "hub tgw", Region.US_EAST_1, 64600, true, true));
    elements.add(new TransitGatewayVpcAttachment(id("HubAttachment"), "hub", id("Tgw"), id("Hub"), List.of(id("HubA"), id("HubB"))));
    elements.add(new TransitGatewayVpcAttachment(id("SpokeAttachment"), "spoke", id("Tgw"), id("Spoke"), List.of(id("SpokeA"))));
    elements.add(new TransitGatewayRouteTable(id("DefaultRoutes"), "default", id("Tgw"), true, List.of(), List.of(),
        List.of(TransitGatewayRoute.blackhole(Cidr.parse("10.99.0.0/16")))));
    elements.add(new TransitGatewayRouteTable(id("SpokeRoutes"), "spokes", id("Tgw"), false, List.of(id("SpokeAttachment")),
        List.of(id("HubAttachment")), List.of(TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("HubAttachment")))));
    return Designs.document(elements);
  }

  private static Plan plan(Document design) {
    return new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
  }

  @Test
  void apply_ofAHubWithATransitGateway_makesIt_andAPlanAfterwardsIsEmpty() {
    fake.reset();
    Plan plan = plan(design());
    assertEquals(5, plan.changes().stream().filter(change -> change.kind().name().startsWith("TRANSIT")).count(), PlanReport.text(plan));
    List<String> order = plan.changes().stream().map(change -> change.id().value()).toList();
    assertTrue(order.indexOf("SpokeAttachment") < order.indexOf("SpokeMain"), "a route to the gateway waits for the VPC's attachment: "
        + order);

    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());

    assertTrue(result.succeeded(), result.toString());
    Plan again = plan(design());
    assertTrue(again.isEmpty(), PlanReport.text(again));
    Topology imported = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document()
        .topology();
    TransitGateway tgw = imported.transitGateways().get(0);
    assertEquals(64600, tgw.amazonSideAsn());
    TransitGatewayRouteTable spokes = imported.transitGatewayRouteTables().stream().filter(t -> t.name().equals("spokes")).findFirst()
        .orElseThrow();
    TransitGatewayVpcAttachment spoke = imported.transitGatewayVpcAttachments().stream().filter(a -> a.name().equals("spoke"))
        .findFirst().orElseThrow();
    assertEquals(spokes, imported.transitGatewayRouteTableOf(spoke.id(), tgw.id()).orElseThrow(), "moved off the default table");
    assertEquals(1, spokes.routes().size());
    TransitGatewayRouteTable defaults = imported.defaultTransitGatewayRouteTable(tgw.id()).orElseThrow();
    assertEquals(List.of(TransitGatewayRoute.blackhole(Cidr.parse("10.99.0.0/16"))), defaults.routes());
  }

  @Test
  void apply_whenCreateTransitGatewayIsRefusedByDryRun_changesNothing() {
    fake.reset();
    try (FakeEc2 denying = new FakeEc2(); AwsSession denied = TestSessions.session(denying.deny("CreateTransitGateway"), 1000)) {
      Plan plan = new Planner(denied).plan(design(), ProgressListener.NONE, new Cancellation());
      int before = denying.state().snapshot().size();

      ApplyResult result = new Applier(denied).apply(plan, ProgressListener.NONE, new Cancellation());

      assertTrue(!result.succeeded() && result.failure().contains("CreateTransitGateway"), result.toString());
      assertEquals(before, denying.state().snapshot().size());
      assertEquals(0, denying.state().transit.count());
    }
  }

  @Test
  void aFaultAtAnyCallOfTheApply_rollsBackEveryTransitResource_orARerunConverges() {
    fake.reset();
    Plan plan = plan(design());
    int before = fake.callCount();
    assertTrue(new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation()).succeeded());
    int calls = fake.callCount() - before;
    List<String> problems = FaultSweep.problems(fake, session, TransitApplyTest::design, calls, () -> fake.state().transit.count());
    assertEquals(List.of(), problems);
    assertTrue(calls > 20, "the apply makes " + calls + " calls");
  }
}
