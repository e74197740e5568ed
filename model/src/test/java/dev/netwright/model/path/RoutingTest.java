package dev.netwright.model.path;

import static dev.netwright.model.path.Net.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.NetwrightException;
import dev.netwright.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Longest-prefix match, NAT chaining, internet gateways, peering and VPN routes. */
class RoutingTest {

  /** VPC A (10.0.0.0/16) peered with B (10.1.0.0/16), B peered with C (10.2.0.0/16); B has an S3 gateway endpoint. */
  static Topology peered() {
    return Topology.of(List.of(
        vpc("A", "10.0.0.0/16"), vpc("B", "10.1.0.0/16"), vpc("C", "10.2.0.0/16"),
        subnet("A1", "A", "10.0.1.0/24", "us-east-1a"),
        subnet("B1", "B", "10.1.1.0/24", "us-east-1b"),
        subnet("C1", "C", "10.2.1.0/24", "us-east-1a"),
        peering("PcxAB", "A", "B"), peering("PcxBC", "B", "C"),
        table("ART", "A", List.of("10.1.0.0/16>PcxAB", "10.2.0.0/16>PcxAB", "0.0.0.0/0>PcxAB"), "A1"),
        table("BRT", "B", List.of("10.0.0.0/16>PcxAB", "10.2.0.0/16>PcxBC"), "B1"),
        table("CRT", "C", List.of("10.1.0.0/16>PcxBC"), "C1"),
        gatewayEndpoint("BS3", "B", "s3", "BRT")));
  }

  static PathAnswer reach(Topology topology, String from, String to) {
    return PathEngine.of(topology).reach(id(from), Target.parse(to));
  }

  /** VPC P with a public subnet Pub (NAT gateway Nat) and a private subnet Priv, both on table RT. */
  static Topology publicAndPrivate(List<String> routes) {
    return Topology.of(List.of(
        vpc("P", "10.5.0.0/16"),
        subnet("Pub", "P", "10.5.0.0/24", "us-east-1a"),
        subnet("Priv", "P", "10.5.1.0/24", "us-east-1a"),
        igw("Igw", "P"), nat("Nat", "Pub"),
        table("PubRT", "P", List.of("0.0.0.0/0>Igw"), "Pub"),
        table("RT", "P", routes, "Priv")));
  }

  @Test
  void aSplitDefaultRoute_carriesPublicTraffic_likeADefaultRoute() {
    PathAnswer answer = reach(publicAndPrivate(List.of("0.0.0.0/1>Igw", "128.0.0.0/1>Igw")), "Priv", "internet");

    assertTrue(answer.reachable(), String.valueOf(answer.blockedBy()));
    assertEquals(List.of("Priv", "RT", "Igw", "internet"), answer.hops().stream().map(Hop::id).toList());
    assertTrue(answer.crossesInternet());
  }

  @Test
  void aSplitDefaultRoute_beatsTheDefaultRoute_byLongestPrefix() {
    PathAnswer answer = reach(publicAndPrivate(List.of("0.0.0.0/0>Nat", "0.0.0.0/1>Igw", "128.0.0.0/1>Igw")), "Priv", "s3");

    assertFalse(answer.viaNat(), "every public address matches a /1 to the internet gateway before 0.0.0.0/0");
    assertTrue(answer.crossesInternet());
  }

  @Test
  void whenPublicAddressesPartWays_theDefaultRouteDecides() {
    PathAnswer answer = reach(publicAndPrivate(List.of("0.0.0.0/0>Nat", "52.0.0.0/8>Igw")), "Priv", "internet");

    assertTrue(answer.viaNat());
  }

  @Test
  void subnet_reachesAPeeredVpcsSubnetThroughThePeering_andPaysForTheZoneItCrosses() {
    PathAnswer answer = reach(peered(), "A1", "B1");

    assertTrue(answer.reachable());
    assertEquals(List.of("A1", "ART", "PcxAB", "B1"), answer.hops().stream().map(Hop::id).toList());
    assertEquals("peering", answer.hops().get(2).kind());
    assertTrue(answer.crossesAz());
    assertEquals(0.01, answer.costPerGb(), 1e-9);
  }

  @Test
  void peeredSubnet_whoseTableHasNoRouteBack_getsNoReply() {
    Topology topology = peered().with(table("BRT", "B", List.of("10.2.0.0/16>PcxBC"), "B1"));

    PathAnswer answer = reach(topology, "A1", "B1");

    assertFalse(answer.reachable());
    assertEquals(new Blocked("BRT", "route table BRT has no route back to 10.0.1.0/24 through PcxAB, so replies from B1 do not return"),
        answer.blockedBy());
  }

  @Test
  void peering_isNotTransitive_toAThirdVpc() {
    PathAnswer answer = reach(peered(), "A1", "C1");

    assertFalse(answer.reachable());
    assertEquals("PcxAB", answer.blockedBy().id());
    assertEquals("peering is not transitive: PcxAB delivers only to addresses inside B (10.1.0.0/16), and subnet C1 (10.2.1.0/24)"
        + " is not one of them", answer.blockedBy().reason());
  }

  @Test
  void peering_cannotCarryTrafficToThePeersGatewayEndpoint() {
    PathAnswer answer = reach(peered(), "A1", "s3");

    assertFalse(answer.reachable());
    assertEquals("PcxAB", answer.blockedBy().id());
    assertEquals("peering is not transitive: PcxAB delivers only to addresses inside B (10.1.0.0/16), so s3 traffic cannot go on"
        + " from there, not to its gateway endpoint BS3", answer.blockedBy().reason());
  }

  @Test
  void longestPrefixMatch_prefersTheMoreSpecificRoute() {
    Topology topology = peered()
        .with(subnet("B2", "B", "10.1.2.0/24", "us-east-1a"))
        .with(table("ART", "A", List.of("10.1.0.0/16>PcxAB", "10.1.2.0/24>MissingTarget"), "A1"));

    assertTrue(reach(topology, "A1", "B1").reachable(), "10.1.1.0/24 only matches the /16 to the peering");
    PathAnswer toB2 = reach(topology, "A1", "B2");
    assertFalse(toB2.reachable());
    assertEquals("route table ART sends traffic for subnet B2 (10.1.2.0/24) to MissingTarget, which does not exist",
        toB2.blockedBy().reason());
  }

  @Test
  void localRoute_keepsTheVpcsOwnAddressesInside_whateverTheDefaultRoute() {
    Topology topology = TypicalQuestionsTest.design().with(subnet("AppD", "Main", "10.0.4.0/24", "us-east-1a"));

    PathAnswer answer = reach(topology, "AppA", "AppD");

    assertTrue(answer.reachable());
    assertEquals(new Hop("AppRt", "route-table", "10.0.0.0/16 local"), answer.hops().get(1));
    assertFalse(answer.crossesAz());
    assertEquals(0.0, answer.costPerGb());
  }

  @Test
  void publicSubnet_reachesTheInternetThroughTheInternetGateway_andPaysEgress() {
    PathAnswer answer = reach(TypicalQuestionsTest.design(), "PublicA", "internet");

    assertTrue(answer.reachable());
    assertTrue(answer.crossesInternet());
    assertFalse(answer.viaNat());
    assertEquals(List.of("PublicA", "PublicRt", "Igw", "internet"), answer.hops().stream().map(Hop::id).toList());
    assertEquals(0.09, answer.costPerGb(), 1e-9);
  }

  @Test
  void privateSubnet_reachesTheInternetThroughItsNatAndTheNatSubnetsTable() {
    PathAnswer answer = reach(TypicalQuestionsTest.design(), "AppA", "internet");

    assertTrue(answer.reachable());
    assertTrue(answer.viaNat());
    assertEquals(List.of("AppA", "AppRt", "NatA", "PublicRt", "Igw", "internet"), answer.hops().stream().map(Hop::id).toList());
    assertEquals(0.045 + 0.09, answer.costPerGb(), 1e-9);
  }

  @Test
  void privateNatGateway_doesNotReachTheInternet() {
    Topology topology = TypicalQuestionsTest.design().with(privateNat("NatA", "PublicA"));

    PathAnswer answer = reach(topology, "AppA", "internet");

    assertFalse(answer.reachable());
    assertEquals("NatA", answer.blockedBy().id());
    assertTrue(answer.blockedBy().reason().startsWith("NAT gateway NatA is private"));
  }

  @Test
  void natGateway_inASubnetWithoutInternetRoute_stopsAtTheNatSubnetsTable() {
    Topology topology = TypicalQuestionsTest.design().with(table("PublicRt", "Main", List.of(), "PublicA"));

    PathAnswer answer = reach(topology, "AppA", "internet");

    assertEquals(new Blocked("PublicRt", "route table PublicRt has no route for the internet (no default route 0.0.0.0/0)"),
        answer.blockedBy());
  }

  @Test
  void natGatewaysRoutingToEachOther_areReportedAsALoop() {
    Topology topology = TypicalQuestionsTest.design()
        .with(subnet("PublicB", "Main", "10.0.10.0/24", "us-east-1b"))
        .with(nat("NatB", "PublicB"))
        .with(table("PublicRt", "Main", List.of("0.0.0.0/0>NatB"), "PublicA"))
        .with(table("PublicBRt", "Main", List.of("0.0.0.0/0>NatA"), "PublicB"));

    PathAnswer answer = reach(topology, "AppA", "internet");

    assertEquals(new Blocked("NatA", "routing loop: traffic comes back to NAT gateway NatA"), answer.blockedBy());
  }

  @Test
  void subnetWithoutExplicitAssociation_usesTheMainRouteTable() {
    Topology topology = TypicalQuestionsTest.design()
        .with(subnet("Loose", "Main", "10.0.9.0/24", "us-east-1a"))
        .with(mainTable("MainRt", "Main", List.of("0.0.0.0/0>Igw")));

    PathAnswer answer = reach(topology, "Loose", "internet");

    assertEquals(List.of("Loose", "MainRt", "Igw", "internet"), answer.hops().stream().map(Hop::id).toList());
  }

  @Test
  void subnetWithoutAnyRouteTable_isBlockedAtTheSubnet() {
    Topology topology = TypicalQuestionsTest.design().with(subnet("Loose", "Main", "10.0.9.0/24", "us-east-1a"));

    PathAnswer answer = reach(topology, "Loose", "s3");

    assertEquals("Loose", answer.blockedBy().id());
  }

  @Test
  void subnet_reachesTheOnPremisesNetworkThroughItsVpnRoute() {
    Topology topology = TypicalQuestionsTest.design()
        .with(vpn("Vgw", "Main", "192.168.0.0/16"))
        .with(table("AppRt", "Main", List.of("0.0.0.0/0>NatA", "192.168.0.0/16>Vgw"), "AppA", "AppB"));

    PathAnswer answer = reach(topology, "AppA", "Vgw");

    assertTrue(answer.reachable());
    assertEquals(List.of("AppA", "AppRt", "Vgw"), answer.hops().stream().map(Hop::id).toList());
    assertFalse(reach(topology, "AppC", "Vgw").reachable(), "AppCRt sends 192.168.0.0/16 to the NAT, then the internet");
  }

  @Test
  void reach_fromAnElementThatIsNoSource_isBadInput() {
    NetwrightException error = assertThrows(NetwrightException.class, () -> reach(TypicalQuestionsTest.design(), "AppRt", "s3"));
    assertEquals("AppRt is a route table; a path starts at a subnet, a workload, a VPN gateway or a transit gateway VPN attachment (the on-premises networks behind them)",
        error.getMessage());
    assertThrows(NetwrightException.class, () -> reach(TypicalQuestionsTest.design(), "Nowhere", "s3"));
    assertThrows(NetwrightException.class, () -> reach(TypicalQuestionsTest.design(), "AppA", "Nowhere"));
    assertThrows(NetwrightException.class, () -> reach(TypicalQuestionsTest.design(), "AppA", "EndpointSg"));
  }

  @Test
  void target_parsesTheCommandLineForms() {
    assertEquals(Target.S3, Target.parse("s3"));
    assertEquals(Target.S3, Target.parse("service:s3"));
    assertEquals(Target.DYNAMODB, Target.parse("service:com.amazonaws.us-east-1.dynamodb"));
    assertEquals("service:ssm", Target.parse("service:ssm").text());
    assertEquals(Target.Kind.ELEMENT, Target.parse("AppA").kind());
    assertThrows(NetwrightException.class, () -> Target.parse("service:"));
    assertThrows(NetwrightException.class, () -> Target.parse("bad id!"));
  }
}
