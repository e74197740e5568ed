package dev.netwright.model.layout;

import static dev.netwright.model.layout.LayoutFixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoLayoutTest {
  private final Topology topology = LayoutFixtures.twoPeeredVpcs();
  private final Layout layout = AutoLayout.layout(topology);

  @Test
  void layout_placesEveryElement() {
    for (Element element : topology.elements()) {
      assertTrue(layout.find(element.id()).isPresent(), element.id() + " has no place");
    }
    assertEquals(topology.size(), layout.size());
  }

  @Test
  void layout_overlapsNothing_exceptAnElementWithWhatItIsDrawnIn() {
    List<Element> elements = new ArrayList<>(topology.elements());
    for (int i = 0; i < elements.size(); i++) {
      for (int j = i + 1; j < elements.size(); j++) {
        Element a = elements.get(i);
        Element b = elements.get(j);
        if (drawnIn(a).contains(b.id()) || drawnIn(b).contains(a.id())) {
          continue;
        }
        Bounds boxA = layout.find(a.id()).orElseThrow();
        Bounds boxB = layout.find(b.id()).orElseThrow();
        assertFalse(boxA.intersects(boxB), a.id() + " " + boxA + " overlaps " + b.id() + " " + boxB);
      }
    }
  }

  @Test
  void subnets_sitInsideTheirZonesLane_insideTheirVpc() {
    for (Subnet subnet : topology.subnets()) {
      Bounds box = layout.find(subnet.id()).orElseThrow();
      Lane lane = Lanes.laneOf(topology, layout, subnet.vpcId(), subnet.zone()).orElseThrow();
      assertTrue(lane.body().contains(box), subnet.id() + " " + box + " is not inside its lane " + lane);
      assertTrue(layout.find(subnet.vpcId()).orElseThrow().contains(lane.bounds()));
      assertEquals(Optional.of(subnet.zone()), Lanes.zoneAt(topology, layout, subnet.vpcId(), box.centerX(), box.centerY()));
      assertTrue(box.width() >= DrawingSizes.SUBNET_WIDTH, box.toString());
    }
  }

  @Test
  void subnetsOfOneZone_areStackedByCidr_publicFirst() {
    double publicY = layout.find(id("PublicSubnetA")).orElseThrow().y();
    double privateY = layout.find(id("PrivateSubnetA")).orElseThrow().y();
    double isolatedY = layout.find(id("IsolatedSubnetA")).orElseThrow().y();

    assertTrue(publicY < privateY && privateY < isolatedY);
  }

  @Test
  void natGateways_areDrawnInsideTheirSubnet() {
    for (NatGateway nat : topology.natGateways()) {
      assertTrue(layout.find(nat.subnetId()).orElseThrow().contains(layout.find(nat.id()).orElseThrow()), nat.id().value());
    }
  }

  @Test
  void routeTablesAndSecurityGroups_standUnderTheZoneColumns_insideTheirVpc() {
    List<Element> band = new ArrayList<>();
    band.addAll(topology.routeTables());
    band.addAll(topology.securityGroups());
    for (Element node : band) {
      ElementId vpcId = topology.vpcOf(node.id()).orElseThrow();
      Bounds vpc = layout.find(vpcId).orElseThrow();
      double columnsBottom = Lanes.of(topology, layout, vpcId).stream().mapToDouble(lane -> lane.bounds().maxY()).max().orElseThrow();
      Bounds box = layout.find(node.id()).orElseThrow();
      assertTrue(vpc.contains(box) && box.y() > columnsBottom, node.id() + " " + box + " is not under the columns of " + vpc);
    }
  }

  @Test
  void gatewayEndpoints_standOnTheRightOfTheColumns_facingTheServices() {
    for (GatewayEndpoint endpoint : topology.gatewayEndpoints()) {
      Bounds vpc = layout.find(endpoint.vpcId()).orElseThrow();
      double columnsRight = Lanes.of(topology, layout, endpoint.vpcId()).stream().mapToDouble(lane -> lane.bounds().maxX()).max()
          .orElseThrow();
      Bounds box = layout.find(endpoint.id()).orElseThrow();
      assertTrue(vpc.contains(box) && box.x() > columnsRight, endpoint.id() + " " + box);
    }
  }

  @Test
  void interfaceEndpointsWithSubnets_areFirstDrawnInsideOneOfThem() {
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      Bounds box = layout.find(endpoint.id()).orElseThrow();
      assertTrue(endpoint.subnetIds().stream().anyMatch(subnet -> layout.find(subnet).orElseThrow().contains(box)),
          endpoint.id() + " " + box);
    }
  }

  @Test
  void internetGateway_sitsInItsVpcsHeader_onTheTopBorder() {
    Bounds vpc = layout.find(id("AppVpc")).orElseThrow();
    Bounds gateway = layout.find(id("InternetGateway")).orElseThrow();

    assertTrue(vpc.contains(gateway) && gateway.y() - vpc.y() <= 10, gateway + " is not on the top border of " + vpc);
    double firstColumnTop = Lanes.of(topology, layout, id("AppVpc")).get(0).bounds().y();
    assertTrue(gateway.maxY() <= firstColumnTop, gateway + " reaches into the columns");
  }

  @Test
  void peering_sitsBetweenItsTwoVpcs() {
    Bounds app = layout.find(id("AppVpc")).orElseThrow();
    Bounds data = layout.find(id("DataVpc")).orElseThrow();
    Bounds peering = layout.find(id("Peering")).orElseThrow();

    assertTrue(app.maxX() < peering.x() && peering.maxX() < data.x(), peering + " is not between " + app + " and " + data);
  }

  @Test
  void otherResources_sitBelowEveryVpc() {
    Bounds instance = layout.find(id("WebInstance")).orElseThrow();
    for (Vpc vpc : topology.vpcs()) {
      assertTrue(instance.y() > layout.find(vpc.id()).orElseThrow().maxY());
    }
  }

  @Test
  void layout_isTheSameEveryTime() {
    assertEquals(layout, AutoLayout.layout(topology));
  }

  @Test
  void complete_keepsGivenBounds_andPlacesOnlyWhatIsMissing() {
    Bounds movedVpc = new Bounds(500, 900, 1400, 700);
    Bounds movedSubnet = new Bounds(1000, 990, 220, 110);
    Layout given = Layout.of(java.util.Map.of(id("AppVpc"), movedVpc, id("PrivateSubnetA"), movedSubnet));

    Layout completed = AutoLayout.complete(topology, given);

    assertEquals(movedVpc, completed.find(id("AppVpc")).orElseThrow());
    assertEquals(movedSubnet, completed.find(id("PrivateSubnetA")).orElseThrow());
    assertEquals(topology.size(), completed.size());
    Bounds publicA = completed.find(id("PublicSubnetA")).orElseThrow();
    assertTrue(Lanes.laneOf(topology, completed, id("AppVpc"), Subnet.class.cast(topology.find(id("PublicSubnetA")).orElseThrow()).zone())
        .orElseThrow().body().contains(publicA));
    for (Subnet subnet : topology.inVpc(id("AppVpc"), Subnet.class)) {
      if (!subnet.id().equals(id("PrivateSubnetA"))) {
        assertFalse(completed.find(subnet.id()).orElseThrow().intersects(movedSubnet), subnet.id() + " was put on the given subnet");
      }
    }
    assertFalse(completed.find(id("DataVpc")).orElseThrow().intersects(movedVpc));
  }

  @Test
  void complete_ofACompleteLayout_changesNothing() {
    assertEquals(layout, AutoLayout.complete(topology, layout));
  }

  @Test
  void complete_placesANewSubnetInAFreeSlotOfItsLane() {
    Topology grown = topology.with(LayoutFixtures.subnet("NewSubnetA", "AppVpc", "10.0.30.0/24", "us-east-1a"));

    Layout completed = AutoLayout.complete(grown, layout);

    Bounds added = completed.find(id("NewSubnetA")).orElseThrow();
    for (Subnet subnet : topology.subnets()) {
      assertFalse(added.intersects(layout.find(subnet.id()).orElseThrow()), "overlaps " + subnet.id());
    }
    assertEquals(layout.find(id("PublicSubnetA")).orElseThrow().x(), added.x());
  }

  @Test
  void manyVpcs_wrapIntoRowsOfThree_withoutOverlapping() {
    List<Element> vpcs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      vpcs.add(new Vpc(id("Vpc" + i), "", List.of(Cidr.parse("10." + i + ".0.0/16")), true, true, Region.US_EAST_1));
    }
    Topology many = Topology.of(vpcs);

    Layout placed = AutoLayout.layout(many);

    Set<Double> rows = new HashSet<>();
    for (Element a : vpcs) {
      rows.add(placed.find(a.id()).orElseThrow().y());
      for (Element b : vpcs) {
        if (a != b) {
          assertFalse(placed.find(a.id()).orElseThrow().intersects(placed.find(b.id()).orElseThrow()));
        }
      }
    }
    assertEquals(3, rows.size());
  }

  @Test
  void peeredVpcs_stayInOneRow_whenTheRowWouldBreakBetweenThem() {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      elements.add(new Vpc(id("Vpc" + i), "", List.of(Cidr.parse("10." + i + ".0.0/16")), true, true, Region.US_EAST_1));
    }
    // in the order of the walk the pair is third and fourth: rows of three would part them
    elements.add(new dev.netwright.model.topology.PeeringConnection(id("Pcx"), "", id("Vpc2"), id("Vpc3")));

    Layout placed = AutoLayout.layout(Topology.of(elements));

    Bounds requester = placed.find(id("Vpc2")).orElseThrow();
    Bounds accepter = placed.find(id("Vpc3")).orElseThrow();
    assertEquals(requester.y(), accepter.y(), "peered VPCs share a row");
    Bounds peering = placed.find(id("Pcx")).orElseThrow();
    assertTrue(requester.maxX() < peering.x() && peering.maxX() < accepter.x(), "the peering sits between them");
  }

  @Test
  void aVpcWithManyBandNodes_isWideEnoughToHoldThemInTwoRows() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("Vpc"), "", List.of(Cidr.parse("10.0.0.0/16")), true, true, Region.US_EAST_1));
    for (int i = 0; i < 14; i++) {
      elements.add(new VpnGateway(id("Vgw" + i), "", id("Vpc"), List.of()));
    }
    Topology wide = Topology.of(elements);

    Layout placed = AutoLayout.layout(wide);

    Bounds vpc = placed.find(id("Vpc")).orElseThrow();
    for (int i = 0; i < 14; i++) {
      assertTrue(vpc.contains(placed.find(id("Vgw" + i)).orElseThrow()), "Vgw" + i);
    }
  }

  /** What an element is drawn inside of: its subnet and VPC for a NAT gateway, its VPC for the rest of a VPC's contents. */
  private Set<ElementId> drawnIn(Element element) {
    Set<ElementId> containers = new HashSet<>();
    if (element instanceof NatGateway nat) {
      containers.add(nat.subnetId());
      containers.add(topology.vpcOf(nat.id()).orElseThrow());
    } else if (element instanceof InterfaceEndpoint endpoint) {
      containers.addAll(endpoint.subnetIds());
      containers.add(endpoint.vpcId());
    } else if (element instanceof Subnet || element instanceof RouteTable || element instanceof GatewayEndpoint
        || element instanceof InterfaceEndpoint || element instanceof SecurityGroup || element instanceof VpnGateway
        || element instanceof InternetGateway) {
      containers.add(topology.vpcOf(element.id()).orElseThrow());
    }
    return containers;
  }
}
