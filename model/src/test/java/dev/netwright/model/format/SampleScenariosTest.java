package dev.netwright.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.ServiceName;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The samples are correct AWS designs, and each one shows the scenario it is named after. */
class SampleScenariosTest {
  private final DesignFile file = new DesignFile();

  @TestFactory
  Stream<DynamicTest> everySample_isAValidAwsDesign() {
    return Samples.files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      Topology topology = file.read(path).topology();
      checkVpcs(topology);
      checkSubnets(topology);
      checkGateways(topology);
      checkEndpoints(topology);
      for (PeeringConnection peering : topology.peeringConnections()) {
        for (Cidr a : topology.require(peering.requesterVpcId(), Vpc.class).cidrBlocks()) {
          for (Cidr b : topology.require(peering.accepterVpcId(), Vpc.class).cidrBlocks()) {
            assertFalse(a.overlaps(b), peering.id() + " joins overlapping blocks " + a + " and " + b);
          }
        }
      }
    }));
  }

  private static void checkVpcs(Topology topology) {
    for (Vpc vpc : topology.vpcs()) {
      for (int i = 0; i < vpc.cidrBlocks().size(); i++) {
        Cidr block = vpc.cidrBlocks().get(i);
        assertTrue(block.prefixLength() >= 16 && block.prefixLength() <= 28, vpc.id() + " block " + block);
        for (int j = i + 1; j < vpc.cidrBlocks().size(); j++) {
          assertFalse(block.overlaps(vpc.cidrBlocks().get(j)));
        }
      }
    }
  }

  private static void checkSubnets(Topology topology) {
    List<Subnet> subnets = topology.subnets();
    for (Subnet subnet : subnets) {
      Vpc vpc = topology.require(subnet.vpcId(), Vpc.class);
      assertTrue(vpc.cidrBlocks().stream().anyMatch(block -> block.contains(subnet.cidr())), subnet.id() + " is outside its VPC");
      assertTrue(subnet.cidr().prefixLength() >= 16 && subnet.cidr().prefixLength() <= 28);
      assertEquals(vpc.region(), subnet.zone().region());
      assertTrue(topology.routeTableOf(subnet.id()).isPresent(), subnet.id() + " has no route table");
      for (Subnet other : subnets) {
        if (other != subnet && other.vpcId().equals(subnet.vpcId())) {
          assertFalse(subnet.cidr().overlaps(other.cidr()), subnet.id() + " overlaps " + other.id());
        }
      }
    }
    for (RouteTable table : topology.routeTables()) {
      for (Route route : table.routes()) {
        Optional<ElementId> targetVpc = topology.vpcOf(route.target());
        targetVpc.ifPresent(vpc -> assertEquals(table.vpcId(), vpc, table.id() + " routes to " + route.target() + " of another VPC"));
      }
    }
  }

  private static void checkGateways(Topology topology) {
    for (Vpc vpc : topology.vpcs()) {
      assertTrue(topology.inVpc(vpc.id(), InternetGateway.class).size() <= 1, vpc.id() + " has two internet gateways");
    }
    for (NatGateway nat : topology.natGateways()) {
      assertTrue(nat.publicConnectivity() && nat.hasElasticIp(), nat.id() + " should be public with an Elastic IP");
      assertTrue(isPublic(topology, nat.subnetId()), nat.id() + " is not in a public subnet");
    }
  }

  private static void checkEndpoints(Topology topology) {
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      Set<AvailabilityZone> zones = new HashSet<>();
      for (ElementId subnet : endpoint.subnetIds()) {
        assertTrue(zones.add(topology.require(subnet, Subnet.class).zone()), endpoint.id() + " has two subnets in one zone");
      }
      assertFalse(endpoint.securityGroupIds().isEmpty());
      if (endpoint.privateDns()) {
        Vpc vpc = topology.require(endpoint.vpcId(), Vpc.class);
        assertTrue(vpc.dnsSupport() && vpc.dnsHostnames(), endpoint.id() + " needs the VPC's DNS flags for private DNS");
      }
      assertEquals(Optional.of(SampleDesigns.REGION), ServiceName.regionOf(endpoint.service()));
    }
    for (GatewayEndpoint endpoint : topology.gatewayEndpoints()) {
      assertTrue(List.of("s3", "dynamodb").contains(ServiceName.shortName(endpoint.service())));
    }
  }

  @Test
  void s3GatewayEndpoints_attachesBothEndpointsToThePrivateSubnetsTable() {
    Topology topology = load("s3-gateway-endpoints.json");
    RouteTable privateTable = topology.routeTableOf(id("PrivateSubnetA")).orElseThrow();

    assertEquals(privateTable, topology.routeTableOf(id("PrivateSubnetB")).orElseThrow());
    for (String endpoint : List.of("S3GatewayEndpoint", "DynamoDbGatewayEndpoint")) {
      assertTrue(topology.require(id(endpoint), GatewayEndpoint.class).routeTableIds().contains(privateTable.id()));
    }
    assertEquals(Set.of("s3", "dynamodb"), Set.copyOf(topology.gatewayEndpoints().stream()
        .map(endpoint -> ServiceName.shortName(endpoint.service())).toList()));
    assertTrue(isPublic(topology, id("PublicSubnetA")));
    assertFalse(isPublic(topology, id("PrivateSubnetA")));
    assertEquals(2, zonesOf(topology).size());
  }

  @Test
  void ssmInterfaceEndpoints_coverBothZones_withPrivateDnsAndHttpsFromThePrivateSubnets() {
    Topology topology = load("ssm-interface-endpoints.json");

    assertEquals(Set.of("ssm", "ssmmessages", "ec2messages"), Set.copyOf(topology.interfaceEndpoints().stream()
        .map(endpoint -> ServiceName.shortName(endpoint.service())).toList()));
    for (InterfaceEndpoint endpoint : topology.interfaceEndpoints()) {
      assertTrue(endpoint.privateDns());
      assertEquals(Set.of(id("PrivateSubnetA"), id("PrivateSubnetB")), Set.copyOf(endpoint.subnetIds()));
      for (ElementId subnet : endpoint.subnetIds()) {
        Cidr source = topology.require(subnet, Subnet.class).cidr();
        assertTrue(admitsHttpsFrom(topology, endpoint.securityGroupIds(), source), endpoint.id() + " refuses " + source);
      }
    }
    assertTrue(topology.internetGateways().isEmpty() && topology.natGateways().isEmpty());
  }

  @Test
  void threeTier_routesEachPrivateSubnetToTheNatGatewayOfItsOwnZone() {
    Topology topology = load("three-tier.json");

    assertEquals(3, zonesOf(topology).size());
    assertEquals(3, topology.natGateways().size());
    for (String zone : List.of("A", "B", "C")) {
      Subnet privateSubnet = topology.require(id("PrivateSubnet" + zone), Subnet.class);
      ElementId target = defaultRouteTarget(topology, privateSubnet.id()).orElseThrow();
      NatGateway nat = topology.require(target, NatGateway.class);
      assertEquals(privateSubnet.zone(), topology.require(nat.subnetId(), Subnet.class).zone());
      assertTrue(defaultRouteTarget(topology, id("IsolatedSubnet" + zone)).isEmpty(), "isolated subnets have no way out");
      assertTrue(isPublic(topology, id("PublicSubnet" + zone)));
    }
  }

  @Test
  void s3CostLeak_leavesTheAppSubnetsTableWithoutTheEndpoint_soS3GoesThroughTheNat() {
    Topology topology = load("s3-cost-leak.json");
    GatewayEndpoint endpoint = topology.require(id("S3GatewayEndpoint"), GatewayEndpoint.class);

    for (String subnet : List.of("AppSubnetA", "AppSubnetB")) {
      RouteTable table = topology.routeTableOf(id(subnet)).orElseThrow();
      assertFalse(endpoint.routeTableIds().contains(table.id()), "the leak is the missing association");
      assertTrue(topology.find(defaultRouteTarget(topology, id(subnet)).orElseThrow(), NatGateway.class).isPresent());
    }
    assertFalse(endpoint.routeTableIds().isEmpty(), "the endpoint exists, attached elsewhere");
  }

  @Test
  void onPremisesVpn_routesTheOnPremisesNetworksToTheVpnGateway_andTheS3InterfaceEndpointAdmitsThem() {
    Topology topology = load("onprem-vpn-s3-interface.json");
    VpnGateway vpn = topology.require(id("VpnGateway"), VpnGateway.class);
    InterfaceEndpoint endpoint = topology.require(id("S3InterfaceEndpoint"), InterfaceEndpoint.class);

    assertTrue(vpn.onPremisesCidrs().contains(Cidr.parse("192.168.0.0/16")));
    assertEquals("s3", ServiceName.shortName(endpoint.service()));
    for (Cidr onPremises : vpn.onPremisesCidrs()) {
      assertTrue(admitsHttpsFrom(topology, endpoint.securityGroupIds(), onPremises), "refuses " + onPremises);
      for (ElementId subnet : endpoint.subnetIds()) {
        RouteTable table = topology.routeTableOf(subnet).orElseThrow();
        assertTrue(table.routes().contains(new Route(RouteDestination.of(onPremises), vpn.id())), table.id() + " lacks " + onPremises);
      }
    }
    assertTrue(topology.gatewayEndpoints().isEmpty());
  }

  @Test
  void peeredVpcs_routeEachOthersBlockThroughThePeering() {
    Topology topology = load("peered-vpcs.json");
    PeeringConnection peering = topology.peeringConnections().get(0);

    for (Subnet subnet : topology.subnets()) {
      Vpc other = topology.require(peering.otherSide(subnet.vpcId()), Vpc.class);
      RouteTable table = topology.routeTableOf(subnet.id()).orElseThrow();
      assertTrue(table.routes().contains(new Route(RouteDestination.of(other.primaryCidr()), peering.id())), subnet.id().value());
    }
  }

  private Topology load(String name) {
    Path path = Samples.folder().resolve(name);
    Document document = file.read(path);
    return document.topology();
  }

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  private static Set<AvailabilityZone> zonesOf(Topology topology) {
    return Set.copyOf(topology.subnets().stream().map(Subnet::zone).toList());
  }

  private static Optional<ElementId> defaultRouteTarget(Topology topology, ElementId subnet) {
    return topology.routeTableOf(subnet).flatMap(table -> table.routes().stream()
        .filter(route -> route.destination().equals(RouteDestination.of(Cidr.ANYWHERE))).map(Route::target).findFirst());
  }

  private static boolean isPublic(Topology topology, ElementId subnet) {
    return defaultRouteTarget(topology, subnet).flatMap(target -> topology.find(target, InternetGateway.class)).isPresent();
  }

  private static boolean admitsHttpsFrom(Topology topology, List<ElementId> groups, Cidr source) {
    for (ElementId groupId : groups) {
      for (SecurityRule rule : topology.require(groupId, SecurityGroup.class).ingress()) {
        if (rule.admitsTcp(443) && rule.peer() instanceof RulePeer.CidrPeer peer && peer.cidr().contains(source)) {
          return true;
        }
      }
    }
    return false;
  }
}
