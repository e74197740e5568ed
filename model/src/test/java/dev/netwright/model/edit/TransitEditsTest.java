package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.DATA;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.MAIN_RT;
import static dev.netwright.model.edit.TestDesigns.OTHER;
import static dev.netwright.model.edit.TestDesigns.OTHER_WEB;
import static dev.netwright.model.edit.TestDesigns.SSM;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.StructureCheck;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayAttachment;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transit gateways, their attachments and route tables, and private hosted zones: structure, refusals, and edits with undo. */
class TransitEditsTest {
  private static final ElementId TGW = id("Tgw");
  private static final ElementId HUB_RT = id("HubRt");
  private static final ElementId SPOKE_RT = id("SpokeRt");

  private DesignEditor editor;

  @BeforeEach
  void hub() {
    editor = TestDesigns.editor();
    editor.add(TransitGateway.of(TGW, "hub", TestDesigns.REGION));
    editor.add(TransitGatewayRouteTable.of(HUB_RT, "hub routes", TGW, true));
    editor.add(TransitGatewayRouteTable.of(SPOKE_RT, "spoke routes", TGW, false));
  }

  private Topology topology() {
    return editor.document().topology();
  }

  private void assertRefused(String message, Runnable edit) {
    Document before = editor.document();
    EditRefusedException refused = assertThrows(EditRefusedException.class, edit::run);
    assertEquals(message, refused.getMessage());
    assertSame(before, editor.document(), "a refused edit leaves the design as it was");
  }

  @Test
  void attachVpc_isOneUndoStep_andDefaultAssociationAndPropagationFillTheDefaultTable() {
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB, APP), "main");
    TransitGatewayVpcAttachment attachment = topology().attachmentsOfVpc(MAIN).get(0);

    assertEquals(List.of(WEB, APP), attachment.subnetIds());
    assertEquals(HUB_RT, topology().transitGatewayRouteTableOf(attachment.id(), TGW).orElseThrow().id());
    assertEquals(List.of(attachment.id()), topology().propagationsOf(topology().require(HUB_RT, TransitGatewayRouteTable.class))
        .stream().map(TransitGatewayAttachment::id).toList());
    assertEquals("Attach VPC Main to transit gateway hub", editor.history().undoLabel().orElseThrow());

    editor.history().undo();
    assertTrue(topology().attachmentsOfVpc(MAIN).isEmpty());
  }

  @Test
  void withDefaultsOff_anAttachmentHasNoTableUntilAssociated() {
    editor.update(topology().require(TGW, TransitGateway.class).withDefaults(false, false));
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB), "main");
    ElementId attachment = topology().attachmentsOfVpc(MAIN).get(0).id();

    assertTrue(topology().transitGatewayRouteTableOf(attachment, TGW).isEmpty());
    assertTrue(topology().propagationsOf(topology().require(HUB_RT, TransitGatewayRouteTable.class)).isEmpty());

    editor.transit().associate(attachment, SPOKE_RT);
    editor.transit().propagate(attachment, HUB_RT);
    assertEquals(SPOKE_RT, topology().transitGatewayRouteTableOf(attachment, TGW).orElseThrow().id());
    assertEquals(List.of(attachment), topology().require(HUB_RT, TransitGatewayRouteTable.class).propagations());

    editor.transit().stopPropagation(attachment, HUB_RT);
    assertTrue(topology().require(HUB_RT, TransitGatewayRouteTable.class).propagations().isEmpty());
  }

  @Test
  void associate_movesTheAttachmentOffItsPreviousTable_inOneStep() {
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB), "main");
    ElementId attachment = topology().attachmentsOfVpc(MAIN).get(0).id();
    editor.transit().associate(attachment, HUB_RT);
    editor.transit().associate(attachment, SPOKE_RT);

    assertTrue(topology().require(HUB_RT, TransitGatewayRouteTable.class).associations().isEmpty());
    assertEquals(List.of(attachment), topology().require(SPOKE_RT, TransitGatewayRouteTable.class).associations());

    editor.history().undo();
    assertEquals(List.of(attachment), topology().require(HUB_RT, TransitGatewayRouteTable.class).associations());
    assertTrue(topology().require(SPOKE_RT, TransitGatewayRouteTable.class).associations().isEmpty());
  }

  @Test
  void staticRoutesAndBlackholes_areAddedAndRemoved() {
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB), "main");
    ElementId attachment = topology().attachmentsOfVpc(MAIN).get(0).id();
    TransitGatewayRoute toMain = TransitGatewayRoute.to(cidr("10.0.0.0/16"), attachment);
    TransitGatewayRoute drop = TransitGatewayRoute.blackhole(cidr("10.9.0.0/16"));
    editor.transit().addRoute(SPOKE_RT, toMain);
    editor.transit().addRoute(SPOKE_RT, drop);

    assertEquals(List.of(toMain, drop), topology().require(SPOKE_RT, TransitGatewayRouteTable.class).routes());
    assertEquals("Add blackhole 10.9.0.0/16 to transit gateway route table spoke routes", editor.history().undoLabel().orElseThrow());
    assertRefused("transit gateway route table spoke routes already has a static route to 10.9.0.0/16; remove it first",
        () -> editor.transit().addRoute(SPOKE_RT, TransitGatewayRoute.blackhole(cidr("10.9.0.0/16"))));

    editor.transit().removeRoute(SPOKE_RT, drop);
    assertEquals(List.of(toMain), topology().require(SPOKE_RT, TransitGatewayRouteTable.class).routes());
  }

  @Test
  void aVpcRoute_mayGoToATransitGateway() {
    editor.addRoute(MAIN_RT, new Route(dev.netwright.model.topology.RouteDestination.parse("10.0.0.0/8"), TGW));
    assertEquals(TGW, topology().require(MAIN_RT, RouteTable.class).routes().get(0).target());
  }

  @Test
  void anAttachmentSubnetOfAnotherVpc_isRefused() {
    assertRefused("transit gateway VPC attachment Main-hub belongs to VPC Main but uses subnet OtherWeb of VPC Other",
        () -> editor.transit().attachVpc(TGW, MAIN, List.of(WEB, OTHER_WEB), ""));
  }

  @Test
  void twoAttachmentsOfOneVpcToOneGateway_areRefused() {
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB), "main");
    assertRefused("transit gateway VPC attachment again attaches VPC Main to transit gateway Tgw, which TgwAttachment1"
        + " already does; a VPC has one attachment per transit gateway (add subnets to it instead)",
        () -> editor.transit().attachVpc(TGW, MAIN, List.of(DATA), "again"));
  }

  @Test
  void aVpcOfAnotherRegion_isRefused() {
    editor.add(TransitGateway.of(id("TgwWest"), "west", Region.of("eu-west-1")));
    assertRefused("transit gateway VPC attachment Main-west attaches VPC Main of region us-east-1 to transit gateway TgwWest"
        + " of region eu-west-1; a transit gateway attaches VPCs of its own region (peer the gateways instead)",
        () -> editor.transit().attachVpc(id("TgwWest"), MAIN, List.of(WEB), ""));
  }

  @Test
  void aPeeringAttachment_propagatesNothing_andIsAssociatedOncePerGateway() {
    editor.add(TransitGateway.of(id("TgwWest"), "west", Region.of("eu-west-1")));
    editor.add(new TransitGatewayPeeringAttachment(id("EastWest"), "east-west", TGW, id("TgwWest")));
    editor.add(TransitGatewayRouteTable.of(id("WestRt"), "west routes", id("TgwWest"), true));

    assertRefused("transit gateway route table hub routes has a propagation from peering attachment EastWest; a peering attachment"
        + " propagates nothing (give the peer's blocks static routes)", () -> editor.transit().propagate(id("EastWest"), HUB_RT));

    editor.transit().associate(id("EastWest"), HUB_RT);
    editor.transit().associate(id("EastWest"), id("WestRt"));
    assertEquals(HUB_RT, topology().transitGatewayRouteTableOf(id("EastWest"), TGW).orElseThrow().id());
    assertEquals(id("WestRt"), topology().transitGatewayRouteTableOf(id("EastWest"), id("TgwWest")).orElseThrow().id());
  }

  @Test
  void aRouteToAnotherGatewaysAttachment_isRefused() {
    editor.add(TransitGateway.of(id("Tgw2"), "second", TestDesigns.REGION));
    editor.add(new TransitGatewayVpnAttachment(id("Office"), "office", id("Tgw2"), List.of(cidr("192.168.0.0/16"))));
    assertRefused("transit gateway route table spoke routes has a route to 192.168.0.0/16 via Office, an attachment of transit"
        + " gateway Tgw2, not of its own transit gateway Tgw",
        () -> editor.transit().addRoute(SPOKE_RT, TransitGatewayRoute.to(cidr("192.168.0.0/16"), id("Office"))));
  }

  @Test
  void makeDefault_unsetsThePreviousDefault() {
    editor.transit().makeDefault(SPOKE_RT);
    assertFalse(topology().require(HUB_RT, TransitGatewayRouteTable.class).isDefault());
    assertEquals(SPOKE_RT, topology().defaultTransitGatewayRouteTable(TGW).orElseThrow().id());
    assertRefused("transit gateway route table hub routes is marked default, but SpokeRt already is the default route table of"
        + " transit gateway Tgw", () -> editor.update(topology().require(HUB_RT, TransitGatewayRouteTable.class).withDefault(true)));
  }

  @Test
  void hostedZone_isAssociatedWithVpcs_andHoldsAliasRecordsToInterfaceEndpoints() {
    HostedZone zone = new HostedZone(id("SsmZone"), "ssm", "SSM.us-east-1.amazonaws.com.", List.of(MAIN), List.of());
    assertEquals("ssm.us-east-1.amazonaws.com", zone.domain(), "names are kept in lower case without the trailing dot");
    editor.add(zone);
    editor.transit().associateZone(zone.id(), OTHER);
    editor.transit().addRecord(zone.id(), AliasRecord.of("ssm.us-east-1.amazonaws.com", SSM.value()));

    HostedZone after = topology().require(zone.id(), HostedZone.class);
    assertEquals(List.of(MAIN, OTHER), after.vpcIds());
    assertEquals(SSM, after.recordFor("ssm.us-east-1.amazonaws.com").orElseThrow().endpointId());
    assertEquals(List.of(zone.id()), topology().hostedZonesOf(OTHER).stream().map(HostedZone::id).toList());

    assertRefused("private hosted zone ssm has the alias record www.ssm.us-east-1.amazonaws.com to Web, which is"
        + " a subnet, not an interface endpoint",
        () -> editor.transit().addRecord(zone.id(), AliasRecord.of("www.ssm.us-east-1.amazonaws.com", WEB.value())));
    assertRefused("hosted zone SsmZone (ssm.us-east-1.amazonaws.com) cannot hold the record sts.us-east-1.amazonaws.com, which is"
        + " not in its domain", () -> editor.transit().addRecord(zone.id(), AliasRecord.of("sts.us-east-1.amazonaws.com", SSM.value())));

    editor.transit().disassociateZone(zone.id(), MAIN);
    assertEquals(List.of(OTHER), topology().require(zone.id(), HostedZone.class).vpcIds());
  }

  @Test
  void deletingTheGateway_takesItsAttachmentsAndTables_deletingAVpc_takesItsAttachmentAndZoneAssociation() {
    editor.transit().attachVpc(TGW, MAIN, List.of(WEB), "main");
    editor.add(new HostedZone(id("Zone"), "zone", "ssm.us-east-1.amazonaws.com", List.of(MAIN, OTHER), List.of()));

    editor.delete(List.of(MAIN));
    assertTrue(topology().attachmentsOf(TGW).isEmpty());
    assertEquals(List.of(OTHER), topology().require(id("Zone"), HostedZone.class).vpcIds());
    editor.history().undo();

    editor.delete(List.of(TGW));
    assertTrue(topology().transitGatewayRouteTables().isEmpty());
    assertTrue(topology().transitGatewayAttachments().isEmpty());
    assertTrue(StructureCheck.problems(topology()).isEmpty());
  }

  @Test
  void values_refuseWhatAwsRefuses() {
    assertThrows(InvalidValueException.class, () -> new TransitGateway(TGW, "", TestDesigns.REGION, 100, true, true));
    assertThrows(InvalidValueException.class, () -> new TransitGatewayPeeringAttachment(id("P"), "", TGW, TGW));
    assertThrows(InvalidValueException.class, () -> new TransitGatewayRouteTable(HUB_RT, "", TGW, false, List.of(), List.of(),
        List.of(TransitGatewayRoute.blackhole(cidr("10.0.0.0/8")), TransitGatewayRoute.blackhole(cidr("10.0.0.0/8")))));
    assertThrows(InvalidValueException.class, () -> new HostedZone(id("Z"), "", "not a domain", List.of(), List.of()));
    assertTrue(TransitGateway.validAsn(4_294_967_294L));
  }
}
