package dev.netwright.model.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.InvalidValueException;
import dev.netwright.model.Region;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyTest {
  private static final ElementId VPC = ElementId.of("Vpc1");
  private static final ElementId WEB = ElementId.of("Web");
  private static final ElementId APP = ElementId.of("App");
  private static final ElementId MAIN_RT = ElementId.of("MainRt");
  private static final ElementId APP_RT = ElementId.of("AppRt");
  private static final ElementId NAT = ElementId.of("Nat");
  private static final ElementId PEER = ElementId.of("Peer");

  private static final Vpc VPC1 = new Vpc(VPC, "Main", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1);
  private static final Vpc VPC2 = new Vpc(ElementId.of("Vpc2"), "Other", List.of(Cidr.parse("10.1.0.0/16")), true, true,
      Region.US_EAST_1);
  private static final Subnet WEB_SUBNET = new Subnet(WEB, "Web", VPC, Cidr.parse("10.0.1.0/24"), Region.US_EAST_1.zone('a'));
  private static final Subnet APP_SUBNET = new Subnet(APP, "App", VPC, Cidr.parse("10.0.2.0/24"), Region.US_EAST_1.zone('b'));
  private static final RouteTable MAIN_TABLE = new RouteTable(MAIN_RT, "MainRt", VPC, true, List.of(), List.of());
  private static final RouteTable APP_TABLE = new RouteTable(APP_RT, "AppRt", VPC, false, List.of(), List.of(APP));
  private static final NatGateway NAT_GATEWAY = new NatGateway(NAT, "Nat", WEB, true, "eipalloc-1");
  private static final PeeringConnection PEERING = new PeeringConnection(PEER, "Peer", VPC, VPC2.id());

  private static Topology design() {
    return Topology.of(List.of(VPC1, WEB_SUBNET, APP_SUBNET, MAIN_TABLE, APP_TABLE, NAT_GATEWAY, VPC2, PEERING));
  }

  @Test
  void of_refusesTwoElementsWithOneId() {
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> Topology.of(List.of(WEB_SUBNET, WEB_SUBNET.withName("again"))));
    assertEquals("two elements have the id Web", refused.getMessage());
  }

  @Test
  void elements_keepTheirOrderAndCannotBeChangedFromOutside() {
    Topology topology = design();

    assertEquals(List.of(VPC1, WEB_SUBNET, APP_SUBNET, MAIN_TABLE, APP_TABLE, NAT_GATEWAY, VPC2, PEERING),
        List.copyOf(topology.elements()));
    assertThrows(UnsupportedOperationException.class, () -> topology.elements().clear());
    assertEquals(8, topology.size());
    assertTrue(Topology.empty().isEmpty());
  }

  @Test
  void with_replacesInPlaceOrAppendsAndLeavesTheOriginalAlone() {
    Topology topology = design();
    Subnet renamed = WEB_SUBNET.withName("Public");
    Subnet added = new Subnet(ElementId.of("Data"), "Data", VPC, Cidr.parse("10.0.3.0/24"), Region.US_EAST_1.zone('c'));

    Topology changed = topology.with(renamed).with(added);

    assertEquals(renamed, List.copyOf(changed.elements()).get(1));
    assertEquals(added, List.copyOf(changed.elements()).get(8));
    assertEquals("Web", topology.require(WEB, Subnet.class).name());
  }

  @Test
  void withChangedAndRemoved_andWithout_takeElementsOut() {
    Topology topology = design();

    Topology changed = topology.with(List.of(APP_TABLE.withSubnetIds(List.of())), List.of(APP, NAT));

    assertFalse(changed.contains(APP));
    assertFalse(changed.contains(NAT));
    assertEquals(List.of(), changed.require(APP_RT, RouteTable.class).subnetIds());
    assertFalse(topology.without(PEER).contains(PEER));
    assertTrue(topology.contains(PEER));
  }

  @Test
  void find_andRequire_lookUpByIdAndType() {
    Topology topology = design();

    assertEquals(Optional.of(WEB_SUBNET), topology.find(WEB));
    assertEquals(Optional.of(WEB_SUBNET), topology.find(WEB, Subnet.class));
    assertEquals(Optional.empty(), topology.find(WEB, Vpc.class));
    assertEquals(Optional.empty(), topology.find(ElementId.of("Gone")));
    assertEquals("there is no element Gone",
        assertThrows(InvalidValueException.class, () -> topology.require(ElementId.of("Gone"), Subnet.class)).getMessage());
    assertEquals("Web is a subnet, not what was expected here",
        assertThrows(InvalidValueException.class, () -> topology.require(WEB, Vpc.class)).getMessage());
  }

  @Test
  void all_listsOneTypeInOrder() {
    Topology topology = design();

    assertEquals(List.of(VPC1, VPC2), topology.vpcs());
    assertEquals(List.of(WEB_SUBNET, APP_SUBNET), topology.subnets());
    assertEquals(List.of(MAIN_TABLE, APP_TABLE), topology.routeTables());
    assertEquals(List.of(NAT_GATEWAY), topology.natGateways());
    assertEquals(List.of(PEERING), topology.peeringConnections());
    assertEquals(List.of(), topology.internetGateways());
  }

  @Test
  void inVpc_listsWhatTheVpcOwns() {
    Topology topology = design();

    assertEquals(List.of(WEB_SUBNET, APP_SUBNET), topology.inVpc(VPC, Subnet.class));
    assertEquals(List.of(PEERING), topology.inVpc(VPC2.id(), PeeringConnection.class));
    assertEquals(List.of(), topology.inVpc(VPC2.id(), Subnet.class));
  }

  @Test
  void vpcOf_followsNatGatewaysThroughTheirSubnet() {
    Topology topology = design();

    assertEquals(Optional.of(VPC), topology.vpcOf(NAT));
    assertEquals(Optional.of(VPC), topology.vpcOf(VPC));
    assertEquals(Optional.of(VPC), topology.vpcOf(APP_RT));
    assertEquals(Optional.empty(), topology.vpcOf(PEER), "a peering lies between two VPCs");
    assertEquals(Optional.empty(), topology.vpcOf(ElementId.of("Gone")));
  }

  @Test
  void routeTableOf_isTheExplicitTableElseTheMainOne() {
    Topology topology = design();

    assertEquals(Optional.of(MAIN_TABLE), topology.mainRouteTable(VPC));
    assertEquals(Optional.of(APP_TABLE), topology.explicitRouteTable(APP));
    assertEquals(Optional.empty(), topology.explicitRouteTable(WEB));
    assertEquals(Optional.of(APP_TABLE), topology.routeTableOf(APP));
    assertEquals(Optional.of(MAIN_TABLE), topology.routeTableOf(WEB));
    assertEquals(Optional.empty(), topology.mainRouteTable(VPC2.id()));
    assertEquals(List.of(WEB_SUBNET), topology.subnetsUsing(MAIN_TABLE));
    assertEquals(List.of(APP_SUBNET), topology.subnetsUsing(APP_TABLE));
  }

  @Test
  void topologiesWithEqualElements_areEqual() {
    assertEquals(design(), design());
    assertEquals(design().hashCode(), design().hashCode());
    assertNotEquals(design(), design().with(WEB_SUBNET.withName("Public")));
  }
}
