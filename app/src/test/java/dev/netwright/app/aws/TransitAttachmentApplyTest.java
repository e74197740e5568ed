package dev.netwright.app.aws;

import static dev.netwright.app.aws.Designs.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Apply makes a transit gateway's VPN attachment (customer gateway, static VPN connection, the
 * attachment AWS makes) and a peering attachment to the design's gateway in another region
 * (accepted there), routes to both, re-plans empty, deletes them, rolls back a fault at any call,
 * and refuses a VPN whose customer gateway the design does not know.
 */
class TransitAttachmentApplyTest {
  private static final FakeEc2 fake = new FakeEc2();
  private static final AwsSession session = TestSessions.session(fake, 1000, Region.US_EAST_1, Region.of("us-west-2"));
  private static final CustomerGateway OFFICE = new CustomerGateway("203.0.113.10", 65000);

  @AfterAll
  static void close() {
    session.close();
    fake.close();
  }

  /**
   * An app VPC attached to Tgw (us-east-1, defaults off); the office VPN, routed statically (it
   * propagates nowhere); Tgw peered with TgwWest (us-west-2); Tgw's table routes the office and the
   * west to their attachments, TgwWest's table routes the app VPC back over the peering.
   */
  static List<Element> elements(CustomerGateway office, boolean links) {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("App"), "app", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1));
    elements.add(new Subnet(id("AppA"), "app-a", id("App"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("us-east-1a")));
    elements.add(new TransitGateway(id("Tgw"), "east", Region.US_EAST_1, 64600, false, false));
    elements.add(new TransitGateway(id("TgwWest"), "west", Region.of("us-west-2"), 64700, false, false));
    elements.add(new TransitGatewayVpcAttachment(id("AppAttachment"), "app", id("Tgw"), id("App"), List.of(id("AppA"))));
    List<TransitGatewayRoute> eastRoutes = new ArrayList<>();
    List<ElementId> eastAssociations = new ArrayList<>(List.of(id("AppAttachment")));
    if (links) {
      elements.add(new TransitGatewayVpnAttachment(id("OfficeVpn"), "office", id("Tgw"), List.of(Cidr.parse("192.168.0.0/16")), office));
      elements.add(new TransitGatewayPeeringAttachment(id("EastWest"), "east-west", id("Tgw"), id("TgwWest")));
      eastRoutes.add(TransitGatewayRoute.to(Cidr.parse("192.168.0.0/16"), id("OfficeVpn")));
      eastRoutes.add(TransitGatewayRoute.to(Cidr.parse("10.50.0.0/16"), id("EastWest")));
      eastAssociations.add(id("OfficeVpn"));
      elements.add(new TransitGatewayRouteTable(id("WestRoutes"), "west", id("TgwWest"), false, List.of(id("EastWest")), List.of(),
          List.of(TransitGatewayRoute.to(Cidr.parse("10.0.0.0/16"), id("EastWest")))));
    }
    elements.add(new TransitGatewayRouteTable(id("EastRoutes"), "east", id("Tgw"), false, eastAssociations, List.of(id("AppAttachment")),
        eastRoutes));
    return elements;
  }

  private static Document design() {
    return Designs.document(elements(OFFICE, true));
  }

  private static Plan plan(Document design) {
    return new Planner(session).plan(design, ProgressListener.NONE, new Cancellation());
  }

  private static int transitCount() {
    return fake.state().transit.count() + fake.state("us-west-2").transit.count();
  }

  @Test
  void apply_makesTheVpnAndThePeering_theRoutesToThem_andAPlanAfterwardsIsEmpty() {
    fake.reset();
    Plan plan = plan(design());
    String text = PlanReport.text(plan);
    assertTrue(text.contains("customer gateway 203.0.113.10 (ASN 65000), static routes"), text);
    assertTrue(text.contains("accepted on the peer's side by apply"), text);
    assertFalse(text.contains("Not applied"), text);

    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());

    assertTrue(result.succeeded(), result.toString());
    Plan again = plan(design());
    assertTrue(again.isEmpty(), PlanReport.text(again));
    Topology imported = new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document()
        .topology();
    TransitGatewayVpnAttachment vpn = imported.elements().stream().filter(e -> e instanceof TransitGatewayVpnAttachment)
        .map(e -> (TransitGatewayVpnAttachment) e).findFirst().orElseThrow();
    assertEquals(OFFICE, vpn.customerGateway());
    assertEquals("office", vpn.name(), "the attachment AWS made is tagged as the design's");
    assertEquals(List.of(Cidr.parse("192.168.0.0/16")), vpn.onPremisesCidrs());
    TransitGatewayRouteTable east = imported.transitGatewayRouteTables().stream().filter(t -> t.name().equals("east")).findFirst()
        .orElseThrow();
    assertTrue(east.associations().contains(vpn.id()), east.toString());
    assertTrue(east.routes().contains(TransitGatewayRoute.to(Cidr.parse("192.168.0.0/16"), vpn.id())), east.toString());
    assertEquals("[<staticRoutesOnly>true</staticRoutesOnly>]", describeVpns(), "the design routes it statically");
    String peering = session.accounts().get(0).ec2(Region.of("us-west-2")).describeTransitGatewayPeeringAttachments(r -> { })
        .transitGatewayPeeringAttachments().get(0).stateAsString();
    assertEquals("available", peering, "accepted in the peer's region");
  }

  private static String describeVpns() {
    return session.accounts().get(0).ec2(Region.US_EAST_1).describeVpnConnections(r -> { }).vpnConnections().stream()
        .map(c -> "<staticRoutesOnly>" + c.options().staticRoutesOnly() + "</staticRoutesOnly>").toList().toString();
  }

  @Test
  void aDesignWithoutTheVpnAndThePeering_deletesThem_andTheCustomerGatewayItMade() {
    fake.reset();
    assertTrue(new Applier(session).apply(plan(design()), ProgressListener.NONE, new Cancellation()).succeeded());
    Document without = Designs.document(elements(OFFICE, false));

    Plan plan = plan(without);
    String text = PlanReport.text(plan);
    assertTrue(text.contains("delete transit-gateway-vpn-attachment"), text);
    assertTrue(text.contains("delete transit-gateway-peering-attachment"), text);
    ApplyResult result = new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation());

    assertTrue(result.succeeded(), result.toString());
    assertTrue(plan(without).isEmpty(), PlanReport.text(plan(without)));
    assertTrue(describeVpns().equals("[]"), describeVpns());
    assertEquals(0, session.accounts().get(0).ec2(Region.US_EAST_1).describeCustomerGateways(r -> { }).customerGateways().size());
    assertEquals(0, session.accounts().get(0).ec2(Region.of("us-west-2")).describeTransitGatewayPeeringAttachments(r -> { })
        .transitGatewayPeeringAttachments().size());
  }

  @Test
  void aPlan_refusesEachVpnWhoseCustomerGatewayTheDesignDoesNotKnow_namingIt_andMakesUpNoAddress() {
    fake.reset();
    List<Element> elements = elements(null, true);
    elements.add(new TransitGatewayVpnAttachment(id("BranchVpn"), "branch", id("Tgw"), List.of(Cidr.parse("172.16.0.0/16"))));

    NetwrightException refused = assertThrows(NetwrightException.class, () -> plan(Designs.document(elements)));

    assertTrue(refused.getMessage().contains("VPN attachment OfficeVpn (office) has no customer gateway"), refused.getMessage());
    assertTrue(refused.getMessage().contains("VPN attachment BranchVpn (branch) has no customer gateway"), refused.getMessage());
    assertTrue(refused.getMessage().contains("customerGatewayIp"), refused.getMessage());
    assertEquals(0, transitCount(), "nothing was made");
  }

  @Test
  void aPeeringToAGatewayKnownOnlyByItsId_isRequested_andThePlanSaysItsOwnerMustAccept() {
    fake.reset();
    List<Element> elements = new ArrayList<>(elements(OFFICE, false));
    elements.add(new TransitGateway(id("tgw-0abc0000000000001"), "", Region.of("eu-west-1"), TransitGateway.DEFAULT_ASN, false, false));
    elements.add(new TransitGatewayPeeringAttachment(id("ToPartner"), "to-partner", id("Tgw"), id("tgw-0abc0000000000001")));
    Document design = Designs.document(elements);

    Plan plan = plan(design);
    String text = PlanReport.text(plan);
    assertTrue(text.contains("the owner of tgw-0abc0000000000001 must accept it"), text);
    assertFalse(text.contains("create transit-gateway tgw-0abc"), "apply never makes the other side: " + text);
    assertTrue(new Applier(session).apply(plan, ProgressListener.NONE, new Cancellation()).succeeded());

    assertEquals("pendingAcceptance", session.accounts().get(0).ec2(Region.US_EAST_1).describeTransitGatewayPeeringAttachments(r -> { })
        .transitGatewayPeeringAttachments().get(0).stateAsString());
    assertTrue(plan(design).isEmpty(), PlanReport.text(plan(design)));
  }

  @Test
  void aFaultAtAnyCallOfTheApply_rollsBackTheVpnThePeeringAndTheCustomerGateway_orARerunConverges() {
    fake.reset();
    Plan first = plan(design());
    int before = fake.callCount();
    assertTrue(new Applier(session).apply(first, ProgressListener.NONE, new Cancellation()).succeeded());
    int calls = fake.callCount() - before;
    List<String> problems = FaultSweep.problems(fake, session, TransitAttachmentApplyTest::design, calls, TransitAttachmentApplyTest::transitCount);
    assertEquals(List.of(), problems);
    assertTrue(calls > 20, "the apply makes " + calls + " calls");
  }
}
