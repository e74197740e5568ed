package dev.netwright.model.path;

import static dev.netwright.model.path.Net.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdicts each sample in samples/ is about, as its description tells them. */
class SamplePathsTest {

  static Topology sample(String name) {
    return new DesignFile().read(Path.of(System.getProperty("netwright.samples", "../samples")).resolve(name)).topology();
  }

  static PathAnswer reach(Topology topology, String from, String to) {
    return PathEngine.of(topology).reach(id(from), Target.parse(to));
  }

  static List<String> hops(PathAnswer answer) {
    return answer.hops().stream().map(Hop::id).toList();
  }

  @Test
  void s3GatewayEndpoints_privateSubnetsReachS3AndDynamoDbPrivately_andTheInternetThroughTheNat() {
    Topology design = sample("s3-gateway-endpoints.json");

    for (String subnet : List.of("PrivateSubnetA", "PrivateSubnetB")) {
      PathAnswer s3 = reach(design, subnet, "s3");
      assertTrue(s3.reachable() && !s3.crossesInternet() && !s3.viaNat(), subnet);
      assertEquals("S3GatewayEndpoint", s3.endpoint());
      assertEquals(0.0, s3.costPerGb());
      assertEquals("DynamoDbGatewayEndpoint", reach(design, subnet, "dynamodb").endpoint());
      PathAnswer internet = reach(design, subnet, "internet");
      assertTrue(internet.viaNat() && internet.crossesInternet(), subnet);
    }
    PathAnswer publicS3 = reach(design, "PublicSubnetA", "s3");
    assertTrue(publicS3.crossesInternet());
    assertNull(publicS3.endpoint());
  }

  @Test
  void ssmInterfaceEndpoints_eachSubnetReachesEachServiceInItsOwnZone_andNothingElse() {
    Topology design = sample("ssm-interface-endpoints.json");

    for (String subnet : List.of("PrivateSubnetA", "PrivateSubnetB")) {
      for (String service : List.of("ssm", "ssmmessages", "ec2messages")) {
        PathAnswer answer = reach(design, subnet, "service:" + service);
        assertTrue(answer.reachable(), subnet + " " + service);
        assertFalse(answer.crossesAz());
        assertFalse(answer.crossesInternet());
        assertEquals(0.01, answer.costPerGb(), 1e-9);
      }
      assertFalse(reach(design, subnet, "internet").reachable());
    }
    assertEquals("SsmEndpoint", reach(design, "PrivateSubnetA", "service:ssm").endpoint());
  }

  @Test
  void ssmInterfaceEndpoints_withDnsHostnamesOff_resolveToThePublicServiceAndFindNoWayOut() {
    Topology design = sample("ssm-interface-endpoints.json");
    Topology hostnamesOff = design.with(design.vpcs().get(0).withDns(true, false));

    PathAnswer answer = reach(hostnamesOff, "PrivateSubnetA", "service:ssm");

    assertFalse(answer.reachable());
    assertTrue(answer.blockedBy().reason().startsWith("VPC ManagedVpc has DNS hostnames off, so private DNS on SsmEndpoint"),
        answer.blockedBy().reason());
  }

  @Test
  void threeTier_eachPrivateSubnetUsesItsOwnZonesNat_andIsolatedSubnetsReachNothingOutside() {
    Topology design = sample("three-tier.json");

    for (String zone : List.of("A", "B", "C")) {
      PathAnswer internet = reach(design, "PrivateSubnet" + zone, "internet");
      assertTrue(internet.reachable() && internet.viaNat() && !internet.crossesAz(), zone);
      assertEquals("NatGateway" + zone, internet.hops().get(2).id());
      assertEquals("IsolatedRouteTable", reach(design, "IsolatedSubnet" + zone, "internet").blockedBy().id());
      assertFalse(reach(design, "IsolatedSubnet" + zone, "s3").reachable());
    }
  }

  @Test
  void threeTier_pointingZoneBAtNatA_makesACrossAzPath() {
    Topology design = sample("three-tier.json");
    RouteTable tableB = design.require(id("PrivateRouteTableB"), RouteTable.class);
    Topology edited = design.with(tableB.withRoutes(List.of(Net.route("0.0.0.0/0>NatGatewayA"))));

    PathAnswer answer = reach(edited, "PrivateSubnetB", "internet");

    assertTrue(answer.crossesAz());
    assertEquals(0.045 + 0.01 + 0.09, answer.costPerGb(), 1e-9);
  }

  /**
   * The endpoint sits on the NAT gateway's table, so the app subnets' S3 traffic pays the NAT
   * gateway's $0.045 per GB. The NAT gateway then forwards it by its own subnet's table, where the
   * endpoint's prefix-list route wins over the internet gateway: AWS routes NAT gateway traffic to
   * S3 through a gateway endpoint associated with the NAT's subnet.
   */
  @Test
  void s3CostLeak_appSubnetsPayTheNatGatewayForS3_untilTheEndpointMovesToTheirTable() {
    Topology design = sample("s3-cost-leak.json");

    PathAnswer leak = reach(design, "AppSubnetA", "s3");
    assertTrue(leak.reachable() && leak.viaNat());
    assertEquals(List.of("AppSubnetA", "AppRouteTable", "NatGateway", "PublicRouteTable", "S3GatewayEndpoint", "s3"), hops(leak));
    assertEquals(0.045, leak.costPerGb(), 1e-9);

    GatewayEndpoint endpoint = design.require(id("S3GatewayEndpoint"), GatewayEndpoint.class);
    Topology fixed = design.with(endpoint.withRouteTables(List.of(id("AppRouteTable"))));
    PathAnswer direct = reach(fixed, "AppSubnetA", "s3");
    assertFalse(direct.viaNat());
    assertEquals("S3GatewayEndpoint", direct.endpoint());
    assertEquals(0.0, direct.costPerGb());
    assertTrue(reach(fixed, "AppSubnetA", "dynamodb").crossesInternet(), "DynamoDB still leaves through the NAT and the internet");
  }

  @Test
  void onPremises_reachesS3ThroughTheInterfaceEndpoint_butNotThroughAGatewayEndpoint() {
    Topology design = sample("onprem-vpn-s3-interface.json");

    PathAnswer answer = reach(design, "VpnGateway", "s3");
    assertTrue(answer.reachable());
    assertEquals("S3InterfaceEndpoint", answer.endpoint());
    assertFalse(answer.crossesInternet());
    assertTrue(reach(design, "PrivateSubnetA", "VpnGateway").reachable(), "both on-premises networks are routed to the VPN");

    Topology gatewayInstead = design.without(id("S3InterfaceEndpoint"))
        .with(Net.gatewayEndpoint("S3GatewayEndpoint", "HybridVpc", "s3", "PrivateRouteTable"));
    PathAnswer refused = reach(gatewayInstead, "VpnGateway", "s3");
    assertFalse(refused.reachable());
    assertEquals("S3GatewayEndpoint", refused.blockedBy().id());
    assertTrue(refused.blockedBy().reason().startsWith("the on-premises network cannot use gateway endpoint S3GatewayEndpoint"));
  }

  @Test
  void peeredVpcs_appReachesTheDatabaseAcrossThePeering_andLosesTheRepliesWithoutTheReturnRoute() {
    Topology design = sample("peered-vpcs.json");

    PathAnswer answer = reach(design, "AppSubnetA", "DatabaseSubnetB");
    assertTrue(answer.reachable());
    assertEquals(List.of("AppSubnetA", "AppRouteTable", "AppDataPeering", "DatabaseSubnetB"), hops(answer));
    assertTrue(answer.crossesAz());

    RouteTable data = design.require(id("DataRouteTable"), RouteTable.class);
    PathAnswer noReturn = reach(design.with(data.withRoutes(List.of())), "AppSubnetA", "DatabaseSubnetB");
    assertFalse(noReturn.reachable());
    assertEquals("DataRouteTable", noReturn.blockedBy().id());
  }

  @Test
  void peeredVpcs_aThirdVpcPeeredWithTheDataVpcDoesNotReachTheAppVpcThroughIt() {
    Topology design = sample("peered-vpcs.json")
        .with(Net.vpc("ThirdVpc", "10.2.0.0/16"))
        .with(Net.subnet("ThirdSubnet", "ThirdVpc", "10.2.1.0/24", "us-east-1a"))
        .with(Net.peering("DataThirdPeering", "DataVpc", "ThirdVpc"))
        .with(Net.table("ThirdRouteTable", "ThirdVpc", List.of("10.0.0.0/8>DataThirdPeering"), "ThirdSubnet"));

    PathAnswer answer = reach(design, "ThirdSubnet", "AppSubnetA");

    assertFalse(answer.reachable());
    assertEquals("DataThirdPeering", answer.blockedBy().id());
    assertTrue(answer.blockedBy().reason().startsWith("peering is not transitive"));
  }

  @Test
  void lockedDownAcl_webReachesTheDatabaseAndSsm_butItsGroupKeepsItFromS3_andTheAclKeepsTheFunctionFromSsh() {
    Topology design = sample("locked-down-acl.json");
    PathEngine engine = PathEngine.of(design);

    PathAnswer database = engine.reach(id("Web1"), Target.parse("OrdersDatabase"), Traffic.of("tcp", 5432));
    assertTrue(database.reachable(), () -> database.blockedBy().reason());
    assertEquals(List.of("Web1", "WebSecurityGroup", "AppSubnet", "LockedAcl", "PrivateRouteTable", "DefaultAcl",
        "DatabaseSecurityGroup", "OrdersDatabase"), hops(database));
    PathAnswer ssm = reach(design, "Web1", "service:ssm");
    assertTrue(ssm.reachable(), () -> ssm.blockedBy().reason());
    assertEquals("SsmEndpoint", ssm.endpoint());

    PathAnswer webToS3 = reach(design, "Web1", "s3");
    assertFalse(webToS3.reachable());
    assertEquals("WebSecurityGroup", webToS3.blockedBy().id());
    assertEquals("egress", webToS3.blockedBy().rule());

    PathAnswer functionToS3 = reach(design, "ReportFunction", "s3");
    assertTrue(functionToS3.reachable(), () -> functionToS3.blockedBy().reason());
    assertEquals("S3GatewayEndpoint", functionToS3.endpoint());

    PathAnswer functionSsh = engine.reach(id("ReportFunction"), Target.parse("OrdersDatabase"), Traffic.of("tcp", 22));
    assertEquals("LockedAcl", functionSsh.blockedBy().id());
    assertEquals("outbound *", functionSsh.blockedBy().rule());

    PathAnswer functionToDatabase = engine.reach(id("ReportFunction"), Target.parse("OrdersDatabase"), Traffic.of("tcp", 5432));
    assertEquals("DatabaseSecurityGroup", functionToDatabase.blockedBy().id());
    assertEquals("ingress", functionToDatabase.blockedBy().rule());

    PathAnswer dataToS3 = reach(design, "DataSubnet", "s3");
    assertTrue(dataToS3.reachable());
    assertEquals("S3GatewayEndpoint", dataToS3.endpoint());
  }
}
