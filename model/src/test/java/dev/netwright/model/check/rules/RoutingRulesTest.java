package dev.netwright.model.check.rules;

import static dev.netwright.model.check.Baseline.id;
import static dev.netwright.model.check.RuleAssert.ids;
import static dev.netwright.model.check.RuleAssert.none;
import static dev.netwright.model.check.RuleAssert.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.check.Baseline;
import dev.netwright.model.check.Finding;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {
  @Test
  void routeTargetMissing_routeToAnUnknownId_isReported() {
    Finding finding = single(new RouteTargetMissingRule(),
        Baseline.with(Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("172.16.0.0/12", "Gone")))));
    assertEquals(List.of("PrivateRt", "Gone"), ids(finding));
    assertTrue(finding.message().contains("does not exist"), finding.message());
  }

  @Test
  void routeTargetMissing_routeToASubnet_isReportedAsNotRoutable() {
    Finding finding = single(new RouteTargetMissingRule(),
        Baseline.with(Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "PublicSubnetA")))));
    assertTrue(finding.message().contains("cannot take routed traffic"), finding.message());
  }

  @Test
  void routeTargetMissing_routesToExistingGateways_areAccepted() {
    none(new RouteTargetMissingRule(), Baseline.topology());
  }

  @Test
  void routeTargetOtherVpc_routeToAnotherVpcsInternetGateway_isReported() {
    Finding finding = single(new RouteTargetOtherVpcRule(), Baseline.with(Baseline.vpc("Other", "10.1.0.0/16"),
        new InternetGateway(id("OtherIgw"), "", id("Other")),
        Baseline.PUBLIC_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "OtherIgw")))));
    assertEquals(List.of("PublicRt", "OtherIgw"), ids(finding));
    assertTrue(finding.message().contains("of VPC Other"), finding.message());
  }

  @Test
  void routeTargetOtherVpc_routeToAPeeringOfTwoOtherVpcs_isReported() {
    Finding finding = single(new RouteTargetOtherVpcRule(), Baseline.with(Baseline.vpc("B", "10.1.0.0/16"),
        Baseline.vpc("C", "10.2.0.0/16"), new PeeringConnection(id("PcxBc"), "", id("B"), id("C")),
        Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("10.1.0.0/16", "PcxBc")))));
    assertEquals(List.of("PrivateRt", "PcxBc"), ids(finding));
  }

  @Test
  void routeTargetOtherVpc_routeToAPeeringOfItsOwnVpc_isAccepted() {
    none(new RouteTargetOtherVpcRule(), Baseline.with(Baseline.vpc("B", "10.1.0.0/16"),
        new PeeringConnection(id("Pcx"), "", id("B"), Baseline.VPC.id()),
        Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("10.1.0.0/16", "Pcx")))));
  }

  @Test
  void routeDuplicateDestination_twoRoutesToOneCidr_isReported() {
    Finding finding = single(new RouteDuplicateDestinationRule(),
        Baseline.with(Baseline.PUBLIC_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Igw"), Route.of("0.0.0.0/0", "Nat")))));
    assertEquals(List.of("PublicRt", "Nat", "Igw"), ids(finding));
  }

  @Test
  void routeDuplicateDestination_routeForExactlyTheVpcBlock_duplicatesTheLocalRoute() {
    Finding finding = single(new RouteDuplicateDestinationRule(),
        Baseline.with(Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("10.0.0.0/16", "Nat")))));
    assertTrue(finding.message().contains("local route"), finding.message());
  }

  @Test
  void routeDuplicateDestination_twoS3GatewayEndpointsOnOneTable_isReported() {
    GatewayEndpoint second = new GatewayEndpoint(id("S3Endpoint2"), "", Baseline.VPC.id(), "com.amazonaws.us-east-1.s3",
        List.of(Baseline.PRIVATE_RT.id()), "");
    Finding finding = single(new RouteDuplicateDestinationRule(), Baseline.with(second));
    assertEquals(List.of("PrivateRt", "S3Endpoint2", "S3Endpoint"), ids(finding));
  }

  @Test
  void routeDuplicateDestination_distinctDestinations_areAccepted() {
    none(new RouteDuplicateDestinationRule(),
        Baseline.with(Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("10.0.0.0/8", "Nat")))));
  }

  @Test
  void subnetImplicitMainTable_subnetWithoutAssociation_isInfoNamingTheMainTable() {
    Finding finding = single(new SubnetImplicitMainTableRule(),
        Baseline.with(Baseline.PRIVATE_RT.withSubnetIds(List.of(Baseline.PRIVATE_A.id()))));
    assertEquals(List.of("PrivateSubnetB", "PrivateRt"), ids(finding));
  }

  @Test
  void subnetImplicitMainTable_noMainTableEither_saysTheSubnetHasOnlyTheLocalRoute() {
    Finding finding = single(new SubnetImplicitMainTableRule(),
        Baseline.with(Baseline.PRIVATE_RT.withMain(false).withSubnetIds(List.of(Baseline.PRIVATE_A.id()))));
    assertEquals(List.of("PrivateSubnetB", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("only has the local route"), finding.message());
  }

  @Test
  void subnetImplicitMainTable_everySubnetAssociated_isAccepted() {
    none(new SubnetImplicitMainTableRule(), Baseline.topology());
  }

  @Test
  void routeTableUnused_tableWithoutSubnets_isInfo() {
    Finding finding = single(new RouteTableUnusedRule(), Baseline.with(Baseline.table("Spare", "Vpc", false, List.of())));
    assertEquals(List.of("Spare"), ids(finding));
  }

  @Test
  void routeTableUnused_mainTableWithoutExplicitSubnets_isAccepted() {
    none(new RouteTableUnusedRule(), Baseline.with(Baseline.PRIVATE_RT.withSubnetIds(List.of())));
  }
}
