package dev.netwright.model.check.rules;

import static dev.netwright.model.check.Baseline.id;
import static dev.netwright.model.check.RuleAssert.ids;
import static dev.netwright.model.check.RuleAssert.none;
import static dev.netwright.model.check.RuleAssert.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.check.Baseline;
import dev.netwright.model.check.Finding;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementRulesTest {
  @Test
  void subnetAzRegion_subnetInAZoneOfAnotherRegion_isReportedWithAZoneToUse() {
    Finding finding = single(new SubnetAzRegionRule(),
        Baseline.with(Baseline.PRIVATE_B.withZone(AvailabilityZone.of("eu-west-1b"))));
    assertEquals(List.of("PrivateSubnetB", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("such as us-east-1b"), finding.message());
  }

  @Test
  void subnetAzRegion_subnetsInTheVpcsRegion_areAccepted() {
    none(new SubnetAzRegionRule(), Baseline.topology());
  }

  @Test
  void endpointTwoSubnetsOneAz_interfaceEndpointWithTwoSubnetsInUsEast1a_isReported() {
    Finding finding = single(new EndpointTwoSubnetsOneAzRule(),
        Baseline.with(Baseline.SSM.withSubnets(List.of(Baseline.PRIVATE_A.id(), Baseline.PUBLIC_A.id(), Baseline.PRIVATE_B.id()))));
    assertEquals(List.of("SsmEndpoint", "PrivateSubnetA", "PublicSubnetA"), ids(finding));
    assertTrue(finding.message().contains("us-east-1a"), finding.message());
  }

  @Test
  void endpointTwoSubnetsOneAz_oneSubnetPerZone_isAccepted() {
    none(new EndpointTwoSubnetsOneAzRule(), Baseline.topology());
  }

  @Test
  void natInPrivateSubnet_publicNatInAPrivateSubnet_isReportedWithItsRouteTable() {
    NatGateway moved = Baseline.NAT.withSubnet(Baseline.PRIVATE_A.id());
    Finding finding = single(new NatInPrivateSubnetRule(), Baseline.with(moved));
    assertEquals(List.of("Nat", "PrivateSubnetA", "PrivateRt"), ids(finding));
    assertTrue(finding.message().contains("move it to a public subnet"), finding.message());
  }

  @Test
  void natInPrivateSubnet_privateNatInAPrivateSubnet_isAccepted() {
    none(new NatInPrivateSubnetRule(), Baseline.with(new NatGateway(id("Nat"), "", Baseline.PRIVATE_A.id(), false, "")));
  }

  @Test
  void natInPrivateSubnet_publicNatInAPublicSubnet_isAccepted() {
    none(new NatInPrivateSubnetRule(), Baseline.topology());
  }

  @Test
  void natInPrivateSubnet_subnetWhoseDefaultRouteUsesAnotherVpcsGateway_countsAsPrivate() {
    InternetGateway foreign = new InternetGateway(id("ForeignIgw"), "", id("Other"));
    Finding finding = single(new NatInPrivateSubnetRule(), Baseline.with(Baseline.vpc("Other", "10.9.0.0/16"), foreign,
        Baseline.PUBLIC_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "ForeignIgw")))));
    assertEquals("Nat", ids(finding).get(0));
  }

  @Test
  void natNoElasticIp_publicNatWithoutAddress_isReported() {
    Finding finding = single(new NatNoElasticIpRule(), Baseline.with(Baseline.NAT.withConnectivity(true, "")));
    assertEquals(List.of("Nat", "PublicSubnetA"), ids(finding));
  }

  @Test
  void natNoElasticIp_privateNatWithoutAddress_isAccepted() {
    none(new NatNoElasticIpRule(), Baseline.with(Baseline.NAT.withConnectivity(false, "")));
  }

  @Test
  void vpcMultipleIgw_twoGatewaysOnOneVpc_isReportedNamingBoth() {
    Finding finding = single(new VpcMultipleIgwRule(), Baseline.with(new InternetGateway(id("Igw2"), "", Baseline.VPC.id())));
    assertEquals(List.of("Igw", "Igw2", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("delete Igw2"), finding.message());
  }

  @Test
  void vpcMultipleIgw_oneGatewayPerVpc_isAccepted() {
    none(new VpcMultipleIgwRule(), Baseline.with(Baseline.vpc("Other", "10.1.0.0/16"), new InternetGateway(id("Igw2"), "", id("Other"))));
  }

  @Test
  void routeReservedRange_routeInsideTheReservedRange_isReported() {
    Finding finding = single(new RouteReservedRangeRule(),
        Baseline.with(Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("169.254.169.0/24", "Nat")))));
    assertEquals(List.of("PrivateRt", "Nat"), ids(finding));
  }

  @Test
  void routeReservedRange_widerRouteCoveringTheRange_isAccepted() {
    none(new RouteReservedRangeRule(),
        Baseline.with(Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("169.254.0.0/16", "Nat")))));
  }
}
