package dev.netwright.model.edit;

import static dev.netwright.model.edit.TestDesigns.APP;
import static dev.netwright.model.edit.TestDesigns.APP_RT;
import static dev.netwright.model.edit.TestDesigns.APP_SG;
import static dev.netwright.model.edit.TestDesigns.DATA;
import static dev.netwright.model.edit.TestDesigns.IGW;
import static dev.netwright.model.edit.TestDesigns.MAIN;
import static dev.netwright.model.edit.TestDesigns.MAIN_RT;
import static dev.netwright.model.edit.TestDesigns.NAT;
import static dev.netwright.model.edit.TestDesigns.OTHER;
import static dev.netwright.model.edit.TestDesigns.OTHER_RT;
import static dev.netwright.model.edit.TestDesigns.OTHER_SG;
import static dev.netwright.model.edit.TestDesigns.OTHER_WEB;
import static dev.netwright.model.edit.TestDesigns.PUBLIC_RT;
import static dev.netwright.model.edit.TestDesigns.S3;
import static dev.netwright.model.edit.TestDesigns.SSM;
import static dev.netwright.model.edit.TestDesigns.WEB;
import static dev.netwright.model.edit.TestDesigns.cidr;
import static dev.netwright.model.edit.TestDesigns.id;
import static dev.netwright.model.edit.TestDesigns.zone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.NetwrightException;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The editor refuses edits AWS would refuse, says why, and leaves the design and history untouched. */
class EditRefusalTest {
  private final DesignEditor editor = TestDesigns.editor();
  private final Document start = editor.document();

  @AfterEach
  void refusedEdit_leavesDesignAndHistoryAsTheyWere() {
    assertSame(start, editor.document());
    assertFalse(editor.history().canUndo());
  }

  private void assertRefused(String message, Executable edit) {
    EditRefusedException refused = assertThrows(EditRefusedException.class, edit);
    assertEquals(message, refused.getMessage());
  }

  @Test
  void refusal_isANetwrightException() {
    NetwrightException refused = assertThrows(NetwrightException.class, () -> editor.delete(List.of(id("Nothing"))));
    assertEquals("there is no element Nothing to delete", refused.getMessage());
  }

  @Test
  void subnetOutsideItsVpcBlocks_isRefused() {
    assertRefused("subnet Cache's block 10.1.0.0/24 lies outside VPC Main's block 10.0.0.0/16",
        () -> editor.add(new Subnet(id("Subnet1"), "Cache", MAIN, cidr("10.1.0.0/24"), zone('a'))));
  }

  @Test
  void movingASubnetIntoAZoneOfAnotherRegion_isRefused_andChangesNothing() {
    var before = editor.history().current();
    assertThrows(NetwrightException.class,
        () -> editor.moveToZone(WEB, AvailabilityZone.of("eu-west-1a"), java.util.Map.of()));
    assertEquals(before, editor.history().current());
    assertFalse(editor.history().canUndo());
  }

  @Test
  void subnetInAZoneOfAnotherRegion_isRefused() {
    assertRefused("subnet Cache is in Availability Zone eu-west-1a, which is not in VPC Main's region us-east-1",
        () -> editor.add(new Subnet(id("Subnet1"), "Cache", MAIN, cidr("10.0.9.0/24"), AvailabilityZone.of("eu-west-1a"))));
  }

  @Test
  void subnetInAVpcThatDoesNotExist_isRefused() {
    assertRefused("subnet Lost belongs to VPC Nowhere, which is not in the design",
        () -> editor.add(new Subnet(id("Subnet1"), "Lost", id("Nowhere"), cidr("10.0.9.0/24"), zone('a'))));
  }

  @Test
  void subnetInSomethingThatIsNotAVpc_isRefused() {
    assertRefused("subnet Lost belongs to internet gateway Igw, which is not a VPC",
        () -> editor.add(new Subnet(id("Subnet1"), "Lost", IGW, cidr("10.0.9.0/24"), zone('a'))));
  }

  @Test
  void shrinkingVpcBlocksAwayFromItsSubnets_isRefused() {
    Vpc main = start.topology().require(MAIN, Vpc.class);
    assertRefused("subnet Web's block 10.0.1.0/24 lies outside VPC Main's block 10.0.2.0/23",
        () -> editor.update(main.withCidrBlocks(List.of(cidr("10.0.2.0/23")))));
  }

  @Test
  void movingAVpcWithSubnetsToAnotherRegion_isRefused() {
    Vpc main = start.topology().require(MAIN, Vpc.class);
    assertRefused("subnet Web is in Availability Zone us-east-1a, which is not in VPC Main's region eu-west-1",
        () -> editor.update(main.withRegion(Region.of("eu-west-1"))));
  }

  @Test
  void movingASubnetToAnotherVpc_isRefused() {
    Subnet web = start.topology().require(WEB, Subnet.class);
    assertRefused("subnet Web cannot move to another VPC; delete it and add a new one there",
        () -> editor.update(new Subnet(WEB, "Web", OTHER, cidr("10.1.9.0/24"), zone('a'))));
    assertRefused("subnet Web is unchanged", () -> editor.update(web));
  }

  @Test
  void changingAnElementsKind_isRefused() {
    assertRefused("subnet Web cannot become an internet gateway", () -> editor.update(new InternetGateway(WEB, "Web", MAIN)));
  }

  @Test
  void addingAnExistingId_isRefused() {
    assertRefused("the design already has an element Web (subnet Web); a new element needs a fresh id",
        () -> editor.add(new Subnet(WEB, "Again", MAIN, cidr("10.0.9.0/24"), zone('a'))));
  }

  @Test
  void associationAcrossVpcs_isRefused() {
    assertRefused("route table AppRt is in VPC Main, subnet OtherWeb is in VPC Other", () -> editor.associate(OTHER_WEB, APP_RT));
  }

  @Test
  void associatingWithTheTableItAlreadyHas_isRefused() {
    assertRefused("subnet App is already associated with route table AppRt", () -> editor.associate(APP, APP_RT));
  }

  @Test
  void associatingSomethingThatIsNotASubnet_isRefused() {
    assertRefused("internet gateway Igw is not a subnet", () -> editor.associate(IGW, APP_RT));
  }

  @Test
  void disassociatingASubnetWithoutExplicitTable_isRefused() {
    assertRefused("subnet Data has no explicit route table association to end", () -> editor.disassociate(DATA));
  }

  @Test
  void routeTableListingASubnetOfAnotherTable_isRefused() {
    RouteTable mainRt = start.topology().require(MAIN_RT, RouteTable.class);
    assertRefused("subnet Web is already associated with route table PublicRt; a subnet has one route table",
        () -> editor.update(mainRt.withSubnetIds(List.of(WEB))));
  }

  @Test
  void secondMainTableThroughAnUpdate_isRefused() {
    RouteTable appRt = start.topology().require(APP_RT, RouteTable.class);
    assertRefused("VPC Main already has a main route table, MainRt; make route table AppRt main instead, which unsets the other",
        () -> editor.update(appRt.withMain(true)));
  }

  @Test
  void unsettingTheMainFlagThroughAnUpdate_isRefused() {
    RouteTable mainRt = start.topology().require(MAIN_RT, RouteTable.class);
    assertRefused("route table MainRt is the main route table of VPC Main; make another table main instead",
        () -> editor.update(mainRt.withMain(false)));
  }

  @Test
  void gatewayEndpointToAnotherVpcsTable_isRefused() {
    assertRefused("gateway endpoint S3 is in VPC Main, route table OtherRt is in VPC Other", () -> editor.attach(S3, OTHER_RT));
  }

  @Test
  void interfaceEndpointInAnotherVpcsSubnetOrGroup_isRefused() {
    assertRefused("interface endpoint Ssm is in VPC Main, subnet OtherWeb is in VPC Other",
        () -> editor.addEndpointSubnet(SSM, OTHER_WEB));
    assertRefused("interface endpoint Ssm is in VPC Main, security group OtherSg is in VPC Other",
        () -> editor.addEndpointSecurityGroup(SSM, OTHER_SG));
  }

  @Test
  void routeToATargetThatDoesNotExist_isRefused() {
    assertRefused("the route to 0.0.0.0/0 in route table MainRt goes to Gone, which is not in the design",
        () -> editor.addRoute(MAIN_RT, Route.of("0.0.0.0/0", "Gone")));
  }

  @Test
  void routeToASubnetOrAGatewayEndpoint_isRefused() {
    assertRefused("the route to 0.0.0.0/0 in route table MainRt goes to subnet Web, which is not a gateway, an endpoint,"
        + " a peering connection or a transit gateway a route can lead to", () -> editor.addRoute(MAIN_RT, Route.of("0.0.0.0/0", "Web")));
    assertRefused("the route to pl-63a5400a in route table MainRt goes to gateway endpoint S3;"
        + " attach the endpoint to the route table instead, which adds its prefix-list route",
        () -> editor.addRoute(MAIN_RT, Route.of("pl-63a5400a", "S3")));
  }

  @Test
  void removingARouteTheTableDoesNotHave_isRefused() {
    assertRefused("route table MainRt has no route 0.0.0.0/0 -> Nat", () -> editor.removeRoute(MAIN_RT, Route.of("0.0.0.0/0", "Nat")));
  }

  @Test
  void natGatewayOutsideAnExistingSubnet_isRefused() {
    assertRefused("NAT gateway Nat2 sits in VPC Main, which is not a subnet",
        () -> editor.add(new NatGateway(id("NatGateway1"), "Nat2", MAIN, true, "")));
  }

  @Test
  void securityGroupRuleForAMissingGroup_isRefused() {
    assertRefused("security group Db has a rule for security group Ghost, which is not in the design",
        () -> editor.add(new SecurityGroup(id("SecurityGroup1"), "Db", MAIN, "",
            List.of(SecurityRule.tcp(5432, new RulePeer.GroupPeer(id("Ghost")))), List.of())));
  }

  @Test
  void deletingTheMainRouteTableAlone_isRefused() {
    assertRefused("route table MainRt is the main route table of VPC Main; make another table main first"
        + " (AWS keeps a main table for as long as the VPC exists)", () -> editor.delete(List.of(MAIN_RT)));
  }

  @Test
  void emptyOrUnknownSelections_areRefused() {
    assertRefused("nothing is selected to delete", () -> editor.delete(List.of()));
    assertRefused("nothing is selected to move", () -> editor.move(Map.of()));
    assertRefused("there is no element Gone to move",
        () -> editor.move(Map.of(id("Gone"), new dev.netwright.model.document.Bounds(0, 0, 1, 1))));
    assertRefused("the clipboard holds nothing to paste", () -> editor.paste(new Clipboard(List.of(), Map.of()), 10, 10));
    assertRefused("a design needs a region", () -> editor.editInfo("x", "", null));
  }

  @Test
  void detachingOrRemovingWhatIsNotThere_isRefused() {
    assertRefused("gateway endpoint S3 is not attached to route table PublicRt", () -> editor.detach(S3, PUBLIC_RT));
    assertRefused("gateway endpoint S3 is already attached to route table AppRt", () -> editor.attach(S3, APP_RT));
    assertRefused("interface endpoint Ssm is not in subnet Web", () -> editor.removeEndpointSubnet(SSM, WEB));
    assertRefused("interface endpoint Ssm does not use security group AppSg", () -> editor.removeEndpointSecurityGroup(SSM, APP_SG));
    assertRefused("route table MainRt already is the main route table", () -> editor.setMain(MAIN_RT));
  }

  @Test
  void interfaceEndpointUpdatedIntoAnotherVpcsGroup_isRefused() {
    InterfaceEndpoint ssm = start.topology().require(SSM, InterfaceEndpoint.class);
    assertRefused("interface endpoint Ssm is in VPC Main, security group OtherSg is in VPC Other",
        () -> editor.update(ssm.withSecurityGroups(List.of(OTHER_SG))));
  }

  @Test
  void natGatewayMovedToAnotherSubnet_isRefused() {
    NatGateway nat = start.topology().require(NAT, NatGateway.class);
    assertRefused("NAT gateway Nat cannot move to another subnet; delete it and add a new one there",
        () -> editor.update(nat.withSubnet(APP)));
  }
}
