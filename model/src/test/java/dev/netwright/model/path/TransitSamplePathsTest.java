package dev.netwright.model.path;

import static dev.netwright.model.path.SamplePathsTest.hops;
import static dev.netwright.model.path.SamplePathsTest.reach;
import static dev.netwright.model.path.SamplePathsTest.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdicts the transit gateway samples state in their descriptions. */
class TransitSamplePathsTest {

  private static void assertBlocked(PathAnswer answer, String at, String reasonPart) {
    assertFalse(answer.reachable(), answer.from() + " -> " + answer.to() + " should be blocked");
    assertEquals(at, answer.blockedBy().id(), answer.blockedBy().reason());
    assertTrue(answer.blockedBy().reason().contains(reasonPart), answer.blockedBy().reason());
  }

  private static void assertReached(PathAnswer answer) {
    assertTrue(answer.reachable(), answer.from() + " -> " + answer.to() + ": " + answer.blockedBy());
  }

  @Test
  void hubAndSpoke_spokesReachTheSharedEndpointsThroughTheHostedZonesAndTheTransitGateway() {
    Topology design = sample("hub-and-spoke.json");
    String[][] services = {{"ssm", "SsmEndpoint", "SsmZone"}, {"sts", "StsEndpoint", "StsZone"},
        {"ecr.api", "EcrApiEndpoint", "EcrApiZone"}, {"ecr.dkr", "EcrDkrEndpoint", "EcrDkrZone"}};
    for (String subnet : List.of("AppSubnetA", "AppSubnetB")) {
      for (String[] service : services) {
        PathAnswer answer = reach(design, subnet, "service:" + service[0]);
        assertReached(answer);
        assertEquals(service[1], answer.endpoint());
        assertFalse(answer.crossesInternet() || answer.viaNat() || answer.crossesAz(), subnet + " " + service[0]);
        assertEquals(0.03, answer.costPerGb(), 1e-9, "transit gateway $0.02 + endpoint $0.01 per GB");
        List<String> hops = hops(answer);
        assertTrue(hops.containsAll(List.of(service[2], "Tgw", "SpokeTgwRouteTable", "SharedAttachment", service[1])), hops.toString());
      }
    }
    PathAnswer ssm = reach(design, "AppSubnetA", "service:ssm");
    assertEquals(List.of("hosted-zone", "subnet"), ssm.hops().stream().filter(hop -> hop.id().equals("SsmZone")
        || hop.id().equals("AppSubnetA")).map(Hop::kind).sorted().toList());
  }

  @Test
  void hubAndSpoke_spokesGoToTheInternetThroughTheEgressVpcsNatGateway() {
    Topology design = sample("hub-and-spoke.json");
    for (String subnet : List.of("AppSubnetA", "BatchSubnetA")) {
      PathAnswer internet = reach(design, subnet, "internet");
      assertReached(internet);
      assertTrue(internet.viaNat() && internet.crossesInternet());
      assertTrue(hops(internet).containsAll(List.of("Tgw", "EgressAttachment", "EgressNatA", "EgressInternetGateway")),
          hops(internet).toString());
    }
  }

  @Test
  void hubAndSpoke_spokesDoNotReachEachOther_theBlackholeDropsIt() {
    Topology design = sample("hub-and-spoke.json");
    assertBlocked(reach(design, "AppSubnetA", "BatchSubnetA"), "SpokeTgwRouteTable", "blackhole");
    assertBlocked(reach(design, "BatchSubnetA", "AppSubnetB"), "SpokeTgwRouteTable", "blackhole");
  }

  @Test
  void hubAndSpoke_spokeBResolvesStsPublicly_andPaysTheEgressNat() {
    Topology design = sample("hub-and-spoke.json");
    assertEquals("SsmEndpoint", reach(design, "BatchSubnetA", "service:ssm").endpoint());
    PathAnswer sts = reach(design, "BatchSubnetA", "service:sts");
    assertReached(sts);
    assertEquals(null, sts.endpoint());
    assertTrue(sts.viaNat() && sts.crossesInternet());
  }

  @Test
  void hubAndSpoke_aZoneWithoutAnAttachmentSubnet_cannotReachTheTransitGateway() {
    Topology design = sample("hub-and-spoke.json");
    for (String target : List.of("service:ssm", "internet", "SharedSubnetA")) {
      assertBlocked(reach(design, "BatchSubnetB", target), "SpokeBAttachment", "has no subnet in us-east-1b");
    }
  }

  @Test
  void hubAndSpoke_sharedServicesReachASpoke_andTheRepliesComeBack() {
    Topology design = sample("hub-and-spoke.json");
    PathAnswer answer = reach(design, "SharedSubnetA", "AppSubnetA");
    assertReached(answer);
    assertEquals(0.02, answer.costPerGb(), 1e-9);
    assertTrue(hops(answer).containsAll(List.of("SharedTgwRouteTable", "SpokeAAttachment")), hops(answer).toString());
  }

  @Test
  void onPremises_reachesS3AndSsmThroughTheResolverAndTheInterfaceEndpoints() {
    Topology design = sample("onprem-tgw-vpn.json");
    PathAnswer s3 = reach(design, "OfficeVpn", "s3");
    assertReached(s3);
    assertEquals("S3InterfaceEndpoint", s3.endpoint());
    assertFalse(s3.crossesInternet());
    assertEquals(0.03, s3.costPerGb(), 1e-9);
    PathAnswer ssm = reach(design, "OfficeVpn", "service:ssm");
    assertReached(ssm);
    assertEquals("SsmEndpoint", ssm.endpoint());
  }

  @Test
  void onPremises_theSharedVpcsOwnS3TrafficStaysOnTheGatewayEndpoint() {
    Topology design = sample("onprem-tgw-vpn.json");
    PathAnswer s3 = reach(design, "SharedSubnetA", "s3");
    assertReached(s3);
    assertEquals("S3GatewayEndpoint", s3.endpoint());
    assertEquals(0.0, s3.costPerGb());
  }

  @Test
  void onPremises_andTheAppVpcReachEachOther_repliesIncluded() {
    Topology design = sample("onprem-tgw-vpn.json");
    assertReached(reach(design, "OfficeVpn", "AppSubnetA"));
    assertReached(reach(design, "AppSubnetA", "OfficeVpn"));
    assertBlocked(reach(design, "AppSubnetA", "s3"), "AppRouteTable", "no route");
    assertBlocked(reach(design, "OfficeVpn", "internet"), "OfficeVpn", "internet");
  }

  @Test
  void onPremises_theDataVpcHasNoRouteBack() {
    Topology design = sample("onprem-tgw-vpn.json");
    assertBlocked(reach(design, "DataSubnetA", "OfficeVpn"), "DataRouteTable", "no route");
    assertBlocked(reach(design, "OfficeVpn", "DataSubnetA"), "DataRouteTable", "no route back to 192.168.0.0/16");
  }
}
