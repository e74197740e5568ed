package dev.netwright.app.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.app.aws.fake.FakeEc2;
import dev.netwright.app.aws.fake.FakeEc2State;
import dev.netwright.app.aws.fake.FakeTransit;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An emulated account with a transit gateway hub and spokes comes in whole, and plans nothing to change. */
class TransitImportTest {
  private final FakeEc2 fake = new FakeEc2();
  private final FakeEc2State account = fake.state();
  private final FakeTransit transit = account.transit;

  @AfterEach
  void close() {
    fake.close();
  }

  private Document importAll(int pageSize) {
    try (AwsSession session = TestSessions.session(fake, pageSize)) {
      return new AccountImporter(session).importAccount(Set.of(), ProgressListener.NONE, new Cancellation()).document();
    }
  }

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  /** A hub with the shared services, two spokes routed to it, a VPN to the office and a peering to another region. */
  private Map<String, String> hubAndSpokes() {
    String hub = account.vpc("10.0.0.0/16", Map.of("Name", "hub"));
    String hubA = account.subnet(hub, "10.0.1.0/24", "us-east-1a", Map.of());
    String hubB = account.subnet(hub, "10.0.2.0/24", "us-east-1b", Map.of());
    String spoke1 = account.vpc("10.1.0.0/16", Map.of("Name", "spoke 1"));
    String spoke1A = account.subnet(spoke1, "10.1.1.0/24", "us-east-1a", Map.of());
    String spoke2 = account.vpc("10.2.0.0/16", Map.of("Name", "spoke 2"));
    String spoke2B = account.subnet(spoke2, "10.2.1.0/24", "us-east-1b", Map.of());
    String tgw = transit.gateway(64600, true, true, Map.of("Name", "hub tgw"));
    String hubAttachment = transit.vpcAttachment(tgw, hub, List.of(hubA, hubB), Map.of("Name", "hub"));
    String spoke1Attachment = transit.vpcAttachment(tgw, spoke1, List.of(spoke1A), Map.of());
    String spoke2Attachment = transit.vpcAttachment(tgw, spoke2, List.of(spoke2B), Map.of());
    for (int extra = 3; extra <= 7; extra++) {
      // more spokes than a page holds (the smallest page EC2 takes is 5)
      String vpc = account.vpc("10." + extra + ".0.0/16", Map.of());
      transit.vpcAttachment(tgw, vpc, List.of(account.subnet(vpc, "10." + extra + ".1.0/24", "us-east-1a", Map.of())), Map.of());
    }
    String office = transit.vpnAttachment(tgw, Map.of("Name", "office"));
    String peering = transit.peering(tgw, "tgw-0west000000000001", "eu-west-1", Map.of());
    String spokes = transit.routeTable(tgw, Map.of("Name", "spokes"));
    transit.associate(spokes, spoke1Attachment);
    transit.associate(spokes, spoke2Attachment);
    transit.propagate(spokes, hubAttachment);
    transit.route(spokes, "0.0.0.0/0", hubAttachment);
    transit.route(spokes, "10.2.0.0/16", null);
    String defaultTable = transit.defaultTable(tgw);
    transit.route(defaultTable, "10.8.0.0/16", peering);
    transit.learned(defaultTable, "192.168.0.0/16", office);
    for (String vpc : List.of(spoke1, spoke2)) {
      String main = account.snapshot().keySet().stream().filter(key -> key.startsWith("rtb-"))
          .filter(key -> account.snapshot().get(key).contains(vpc)).findFirst().orElseThrow();
      account.route(main, "0.0.0.0/0", tgw);
    }
    return Map.of("tgw", tgw, "hub", hub, "hubAttachment", hubAttachment, "spoke1Attachment", spoke1Attachment, "office", office,
        "peering", peering, "spokes", spokes, "default", defaultTable, "spoke1", spoke1);
  }

  @Test
  void anAccountWithATransitGatewayHub_comesInWhole_withAttachmentsRouteTablesAndTheVpnsNetworks() {
    Map<String, String> ids = hubAndSpokes();

    Topology topology = importAll(5).topology();

    TransitGateway tgw = topology.require(id(ids.get("tgw")), TransitGateway.class);
    assertEquals(new TransitGateway(id(ids.get("tgw")), "hub tgw", Region.US_EAST_1, 64600, true, true), tgw);
    assertEquals(8, topology.transitGatewayVpcAttachments().size());
    TransitGatewayVpcAttachment hub = topology.require(id(ids.get("hubAttachment")), TransitGatewayVpcAttachment.class);
    assertEquals(id(ids.get("hub")), hub.vpcId());
    assertEquals(2, hub.subnetIds().size());
    TransitGatewayRouteTable spokes = topology.require(id(ids.get("spokes")), TransitGatewayRouteTable.class);
    assertEquals("spokes", spokes.name());
    assertEquals(List.of(id(ids.get("hubAttachment"))), spokes.propagations());
    assertEquals(List.of(TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id(ids.get("hubAttachment"))),
        TransitGatewayRoute.blackhole(Cidr.parse("10.2.0.0/16"))), spokes.routes());
    assertEquals(spokes, topology.transitGatewayRouteTableOf(id(ids.get("spoke1Attachment")), id(ids.get("tgw"))).orElseThrow());
    TransitGatewayRouteTable defaultTable = topology.defaultTransitGatewayRouteTable(id(ids.get("tgw"))).orElseThrow();
    assertEquals(id(ids.get("default")), defaultTable.id());
    assertEquals(List.of(TransitGatewayRoute.to(Cidr.parse("10.8.0.0/16"), id(ids.get("peering")))), defaultTable.routes());
    assertEquals(defaultTable, topology.transitGatewayRouteTableOf(id(ids.get("hubAttachment")), id(ids.get("tgw"))).orElseThrow());
    assertEquals(List.of(Cidr.parse("192.168.0.0/16")),
        topology.require(id(ids.get("office")), TransitGatewayVpnAttachment.class).onPremisesCidrs());
    assertEquals(new TransitGatewayPeeringAttachment(id(ids.get("peering")), "", id(ids.get("tgw")), id("tgw-0west000000000001")),
        topology.require(id(ids.get("peering")), TransitGatewayPeeringAttachment.class));
    assertEquals(Region.of("eu-west-1"), topology.require(id("tgw-0west000000000001"), TransitGateway.class).region());
    RouteTable spokeMain = topology.mainRouteTable(id(ids.get("spoke1"))).orElseThrow();
    assertTrue(spokeMain.routes().contains(new Route(dev.netwright.model.topology.RouteDestination.of(Cidr.ANYWHERE), id(ids.get("tgw")))),
        spokeMain.toString());
    assertEquals(topology, importAll(1000).topology(), "one page or many, the same design");
  }

  @Test
  void anImportedHubAndSpokes_replansEmpty_andThePlanSaysWhatApplyLeavesAlone() {
    hubAndSpokes();
    Document imported = importAll(1000);

    try (AwsSession session = TestSessions.session(fake, 1000)) {
      Plan plan = new Planner(session).plan(imported, ProgressListener.NONE, new Cancellation());

      assertTrue(plan.isEmpty(), PlanReport.text(plan));
      assertTrue(NotApplied.note(imported.topology()).isEmpty(), "VPN and peering attachments are applied too");
    }
  }
}
