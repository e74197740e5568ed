package dev.netwright.model.path;

import static dev.netwright.model.path.Net.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The "typical questions" of DOMAIN.md, each on a small design with its expected verdict.
 *
 * <p>The design: VPC Main (10.0.0.0/16, us-east-1) with a public subnet PublicA holding NAT
 * gateway NatA; private subnets AppA (a), AppB (b) on route table AppRt (default route to NatA,
 * S3 gateway endpoint associated), and AppC (c) on AppCRt (default route to NatA, no endpoint);
 * an SSM interface endpoint with private DNS and interfaces in AppA and AppB, guarded by
 * EndpointSg, which admits 443 from the VPC.
 */
class TypicalQuestionsTest {

  static Topology design() {
    return Topology.of(List.of(
        vpc("Main", "10.0.0.0/16"),
        subnet("PublicA", "Main", "10.0.0.0/24", "us-east-1a"),
        subnet("AppA", "Main", "10.0.1.0/24", "us-east-1a"),
        subnet("AppB", "Main", "10.0.2.0/24", "us-east-1b"),
        subnet("AppC", "Main", "10.0.3.0/24", "us-east-1c"),
        igw("Igw", "Main"),
        nat("NatA", "PublicA"),
        table("PublicRt", "Main", List.of("0.0.0.0/0>Igw"), "PublicA"),
        table("AppRt", "Main", List.of("0.0.0.0/0>NatA"), "AppA", "AppB"),
        table("AppCRt", "Main", List.of("0.0.0.0/0>NatA"), "AppC"),
        gatewayEndpoint("S3GatewayEndpoint", "Main", "s3", "AppRt"),
        httpsFrom("EndpointSg", "Main", "10.0.0.0/16"),
        interfaceEndpoint("SsmEndpoint", "Main", "ssm", true, List.of("AppA", "AppB"), "EndpointSg")));
  }

  static PathAnswer reach(Topology topology, String from, String to) {
    return PathEngine.of(topology).reach(id(from), Target.parse(to));
  }

  static List<String> hopIds(PathAnswer answer) {
    return answer.hops().stream().map(Hop::id).toList();
  }

  @Test
  void privateSubnet_withGatewayEndpointOnItsTable_reachesS3WithoutCrossingTheInternet() {
    PathAnswer answer = reach(design(), "AppA", "s3");

    assertTrue(answer.reachable());
    assertFalse(answer.crossesInternet());
    assertFalse(answer.viaNat());
    assertEquals("S3GatewayEndpoint", answer.endpoint());
    assertEquals(0.0, answer.costPerGb());
    assertEquals(List.of("AppA", "AppRt", "S3GatewayEndpoint", "s3"), hopIds(answer));
    assertEquals(new Hop("AppRt", "route-table", "pl-63a5400a -> S3GatewayEndpoint"), answer.hops().get(1));
    assertEquals(new Hop("S3GatewayEndpoint", "gateway-endpoint", "com.amazonaws.us-east-1.s3"), answer.hops().get(2));
    assertEquals(new Hop("s3", "service", ""), answer.hops().get(3));
  }

  @Test
  void gatewayEndpointPrefixListRoute_beatsTheDefaultRouteOfTheSameTable() {
    PathAnswer answer = reach(design(), "AppB", "s3");

    assertTrue(answer.hops().stream().noneMatch(hop -> hop.kind().equals("nat-gateway")));
    assertEquals("S3GatewayEndpoint", answer.endpoint());
  }

  @Test
  void s3Traffic_fromSubnetWhoseTableLacksTheEndpoint_leaksThroughTheNatGatewayAndCrossesTheInternet() {
    PathAnswer answer = reach(design(), "AppC", "s3");

    assertTrue(answer.reachable());
    assertTrue(answer.viaNat());
    assertTrue(answer.crossesInternet());
    assertTrue(answer.crossesAz(), "AppC is in us-east-1c, NatA in us-east-1a");
    assertNull(answer.endpoint());
    assertEquals(List.of("AppC", "AppCRt", "NatA", "PublicRt", "Igw", "s3"), hopIds(answer));
    assertEquals(0.045 + 0.01, answer.costPerGb(), 1e-9);
  }

  @Test
  void natGateway_whoseOwnSubnetTableHasTheGatewayEndpoint_forwardsS3PrivatelyButStillBillsProcessing() {
    Topology topology = design().with(gatewayEndpoint("S3GatewayEndpoint", "Main", "s3", "AppRt", "PublicRt"));

    PathAnswer answer = reach(topology, "AppC", "s3");

    assertTrue(answer.reachable());
    assertTrue(answer.viaNat());
    assertFalse(answer.crossesInternet());
    assertEquals("S3GatewayEndpoint", answer.endpoint());
    assertEquals(List.of("AppC", "AppCRt", "NatA", "PublicRt", "S3GatewayEndpoint", "s3"), hopIds(answer));
  }

  @Test
  void subnet_reachesSsmThroughTheInterfaceEndpointInItsOwnZone() {
    PathAnswer answer = reach(design(), "AppB", "service:ssm");

    assertTrue(answer.reachable());
    assertEquals("SsmEndpoint", answer.endpoint());
    assertFalse(answer.crossesAz());
    assertFalse(answer.viaNat());
    assertFalse(answer.crossesInternet());
    assertEquals(List.of("AppB", "AppRt", "EndpointSg", "SsmEndpoint", "ssm"), hopIds(answer));
    assertEquals("10.0.0.0/16 local", answer.hops().get(1).detail());
    assertEquals("com.amazonaws.us-east-1.ssm, interface in AppB, us-east-1b", answer.hops().get(3).detail());
    assertEquals(0.01, answer.costPerGb(), 1e-9);
  }

  @Test
  void subnet_inZoneWithoutEndpointInterface_usesAnotherZonesInterfaceAndCrossesAz() {
    PathAnswer answer = reach(design(), "AppC", "service:ssm");

    assertTrue(answer.reachable());
    assertTrue(answer.crossesAz());
    assertEquals("com.amazonaws.us-east-1.ssm, interface in AppA, us-east-1a", answer.hops().get(3).detail());
    assertEquals(0.01 + 0.01, answer.costPerGb(), 1e-9);
  }

  @Test
  void endpointSecurityGroup_thatAdmitsNoHttpsFromTheSubnet_blocksIt() {
    Topology topology = design().with(httpsFrom("EndpointSg", "Main", "10.0.1.0/24"));

    PathAnswer answer = reach(topology, "AppB", "service:ssm");

    assertFalse(answer.reachable());
    assertEquals(new Blocked("EndpointSg", "security group EndpointSg of SsmEndpoint admits no TCP 443 from 10.0.2.0/24", "ingress"),
        answer.blockedBy());
    assertTrue(reach(topology, "AppA", "service:ssm").reachable(), "AppA is inside 10.0.1.0/24");
  }

  @Test
  void privateDnsOff_sendsTheServiceNameToThePublicEndpointThroughTheNat() {
    Topology topology = design().with(interfaceEndpoint("SsmEndpoint", "Main", "ssm", false, List.of("AppA", "AppB"), "EndpointSg"));

    PathAnswer answer = reach(topology, "AppA", "service:ssm");

    assertTrue(answer.reachable());
    assertTrue(answer.viaNat());
    assertTrue(answer.crossesInternet());
    assertNull(answer.endpoint());
    assertTrue(answer.hops().get(answer.hops().size() - 1).detail()
        .contains("private DNS is off on SsmEndpoint, so ssm.us-east-1.amazonaws.com resolves to the public service"));
  }

  @Test
  void privateDnsOff_withoutDefaultRoute_isBlockedAtTheEndpointWithTheDnsReason() {
    Topology topology = design()
        .with(interfaceEndpoint("SsmEndpoint", "Main", "ssm", false, List.of("AppA", "AppB"), "EndpointSg"))
        .with(table("AppRt", "Main", List.of(), "AppA", "AppB"));

    PathAnswer answer = reach(topology, "AppA", "service:ssm");

    assertFalse(answer.reachable());
    assertEquals("SsmEndpoint", answer.blockedBy().id());
    assertEquals("private DNS is off on SsmEndpoint, so ssm.us-east-1.amazonaws.com resolves to the public service; route table AppRt"
        + " has no route for ssm.us-east-1.amazonaws.com (no default route)", answer.blockedBy().reason());
  }

  @Test
  void vpcWithDnsHostnamesOff_makesPrivateDnsIneffective() {
    Topology topology = design().with(vpc("Main", "10.0.0.0/16").withDns(true, false))
        .with(table("AppRt", "Main", List.of(), "AppA", "AppB"));

    PathAnswer answer = reach(topology, "AppA", "service:ssm");

    assertFalse(answer.reachable());
    assertTrue(answer.blockedBy().reason().startsWith("VPC Main has DNS hostnames off, so private DNS on SsmEndpoint does not take effect"));
  }

  @Test
  void tableWithNoEndpointAndNoDefaultRoute_hasNoRouteForS3() {
    Topology topology = design().with(table("AppCRt", "Main", List.of(), "AppC"));

    PathAnswer answer = reach(topology, "AppC", "s3");

    assertFalse(answer.reachable());
    assertEquals(new Blocked("AppCRt", "route table AppCRt has no route for s3 (no gateway endpoint, no interface endpoint, no default route)"),
        answer.blockedBy());
    assertEquals(0.0, answer.costPerGb());
  }

  @Test
  void onPremisesNetwork_reachesS3ThroughAnInterfaceEndpoint() {
    Topology topology = design()
        .with(vpn("Vgw", "Main", "192.168.0.0/16"))
        .with(table("AppRt", "Main", List.of("0.0.0.0/0>NatA", "192.168.0.0/16>Vgw"), "AppA", "AppB"))
        .with(httpsFrom("S3EndpointSg", "Main", "192.168.0.0/16"))
        .with(interfaceEndpoint("S3InterfaceEndpoint", "Main", "s3", false, List.of("AppA"), "S3EndpointSg"));

    PathAnswer answer = reach(topology, "Vgw", "s3");

    assertTrue(answer.reachable());
    assertEquals("S3InterfaceEndpoint", answer.endpoint());
    assertFalse(answer.crossesInternet());
    assertEquals(List.of("Vgw", "S3EndpointSg", "S3InterfaceEndpoint", "s3"), hopIds(answer));
    assertEquals(0.01, answer.costPerGb(), 1e-9);
  }

  @Test
  void onPremisesNetwork_withoutARouteBackToTheVpn_getsNoReplyFromTheEndpoint() {
    Topology topology = design()
        .with(vpn("Vgw", "Main", "192.168.0.0/16"))
        .with(httpsFrom("S3EndpointSg", "Main", "192.168.0.0/16"))
        .with(interfaceEndpoint("S3InterfaceEndpoint", "Main", "s3", false, List.of("AppA"), "S3EndpointSg"));

    PathAnswer answer = reach(topology, "Vgw", "s3");

    assertFalse(answer.reachable());
    assertEquals(new Blocked("AppRt", "route table AppRt has no route back to 192.168.0.0/16 through Vgw, so replies from AppA do not"
        + " return (it sends them to NatA)"), answer.blockedBy());
  }

  @Test
  void onPremisesNetwork_cannotUseTheGatewayEndpoint() {
    Topology topology = design().with(vpn("Vgw", "Main", "192.168.0.0/16"));

    PathAnswer answer = reach(topology, "Vgw", "s3");

    assertFalse(answer.reachable());
    assertEquals("S3GatewayEndpoint", answer.blockedBy().id());
    assertTrue(answer.blockedBy().reason().startsWith("the on-premises network cannot use gateway endpoint S3GatewayEndpoint"));
  }

  @Test
  void onPremisesNetwork_isBlockedByAnEndpointGroupThatAdmitsOnlyTheVpc() {
    Topology topology = design().with(vpn("Vgw", "Main", "192.168.0.0/16"))
        .with(table("AppRt", "Main", List.of("0.0.0.0/0>NatA", "192.168.0.0/16>Vgw"), "AppA", "AppB"));

    PathAnswer answer = reach(topology, "Vgw", "service:ssm");

    assertEquals(new Blocked("EndpointSg", "security group EndpointSg of SsmEndpoint admits no TCP 443 from 192.168.0.0/16", "ingress"),
        answer.blockedBy());
  }

  @Test
  void onPremisesNetwork_isNotAdmittedByARuleThatNamesASecurityGroup() {
    SecurityRule fromGroup = SecurityRule.tcp(443, new RulePeer.GroupPeer(id("EndpointSg")));
    Topology topology = design().with(vpn("Vgw", "Main", "192.168.0.0/16"))
        .with(table("AppRt", "Main", List.of("0.0.0.0/0>NatA", "192.168.0.0/16>Vgw"), "AppA", "AppB"))
        .with(new SecurityGroup(id("EndpointSg"), "endpoint-sg", id("Main"), "", List.of(fromGroup), List.of()));

    PathAnswer answer = reach(topology, "Vgw", "service:ssm");

    assertFalse(answer.reachable(), "traffic over a VPN carries no security group of the VPC");
    assertEquals("EndpointSg", answer.blockedBy().id());
  }

  @Test
  void onPremisesNetwork_doesNotReachTheInternetThroughTheVpc() {
    Topology topology = design().with(vpn("Vgw", "Main", "192.168.0.0/16"));

    PathAnswer answer = reach(topology, "Vgw", "internet");

    assertFalse(answer.reachable());
    assertEquals("Vgw", answer.blockedBy().id());
  }
}
