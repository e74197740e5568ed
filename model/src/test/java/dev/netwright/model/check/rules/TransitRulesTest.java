package dev.netwright.model.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.check.Checks;
import dev.netwright.model.check.Finding;
import dev.netwright.model.format.DesignFile;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transit gateway, hosted zone and endpoint DNS rules: each found where it should be, and not where it should not. */
class TransitRulesTest {
  private static final Path SAMPLES = Path.of(System.getProperty("netwright.samples", "../samples"));
  private final Topology hub = new DesignFile().read(SAMPLES.resolve("hub-and-spoke.json")).topology();
  private final Topology onPremises = new DesignFile().read(SAMPLES.resolve("onprem-tgw-vpn.json")).topology();

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  private static List<Finding> of(Topology topology, String rule) {
    return Checks.run(topology).stream().filter(finding -> finding.rule().equals(rule)).toList();
  }

  private static void assertOne(Topology topology, String rule, String messagePart) {
    List<Finding> found = of(topology, rule);
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).message().contains(messagePart), found.get(0).message());
  }

  @Test
  void theHubAndSpokeSample_hasOnlyItsStatedWarning() {
    assertEquals(List.of("SHARED-ENDPOINT-PUBLIC-DNS"), Checks.run(hub).stream().map(Finding::rule).toList());
    assertEquals(List.of("NO-RETURN-ROUTE"), Checks.run(onPremises).stream().map(Finding::rule).toList());
  }

  @Test
  void attachmentWithTwoSubnetsInOneZone() {
    assertEquals(List.of(), of(hub, TgwAttachmentTwoSubnetsOneAzRule.ID));
    TransitGatewayVpcAttachment spokeA = hub.require(id("SpokeAAttachment"), TransitGatewayVpcAttachment.class);
    Topology twoInA = hub.with(spokeA.withSubnets(List.of(id("SpokeATgwSubnetA"), id("AppSubnetA"), id("SpokeATgwSubnetB"))));
    assertOne(twoInA, TgwAttachmentTwoSubnetsOneAzRule.ID, "2 subnets in us-east-1a");
  }

  @Test
  void routeToAGatewayTheVpcIsNotAttachedTo() {
    assertEquals(List.of(), of(hub, RouteToUnattachedTgwRule.ID));
    Topology detached = hub.without(id("SpokeBAttachment"));
    assertOne(detached, RouteToUnattachedTgwRule.ID, "VPC SpokeBVpc is not attached to it");
  }

  @Test
  void attachmentAssociatedWithNoRouteTable() {
    assertEquals(List.of(), of(hub, TgwAttachmentNoRouteTableRule.ID));
    TransitGatewayRouteTable spokes = hub.require(id("SpokeTgwRouteTable"), TransitGatewayRouteTable.class);
    Topology unassociated = hub.with(spokes.withAssociations(List.of(id("SpokeAAttachment"))));
    assertOne(unassociated, TgwAttachmentNoRouteTableRule.ID, "SpokeBAttachment");
  }

  @Test
  void blackholeThatCutsASpokeFromItsSharedEndpoints() {
    assertEquals(List.of(), of(hub, SharedEndpointCutRule.ID));
    TransitGatewayRouteTable spokes = hub.require(id("SpokeTgwRouteTable"), TransitGatewayRouteTable.class);
    List<TransitGatewayRoute> routes = new ArrayList<>(spokes.routes());
    routes.add(TransitGatewayRoute.blackhole(Cidr.parse("10.100.0.0/16")));
    List<Finding> found = of(hub.with(spokes.withRoutes(routes)), SharedEndpointCutRule.ID);
    assertTrue(found.size() >= 4 && found.get(0).message().contains("is a blackhole"), found.toString());
  }

  @Test
  void hostedZoneForANameAnEndpointOfTheVpcHoldsWithPrivateDns() {
    assertEquals(List.of(), of(hub, HostedZonePrivateDnsConflictRule.ID));
    InterfaceEndpoint ssm = hub.require(id("SsmEndpoint"), InterfaceEndpoint.class);
    assertOne(hub.with(ssm.withPrivateDns(true)), HostedZonePrivateDnsConflictRule.ID, "AWS refuses the conflicting domain");
  }

  @Test
  void twoEndpointsForOneServiceWithPrivateDnsInOneVpc() {
    assertEquals(List.of(), of(onPremises, EndpointPrivateDnsDuplicateRule.ID));
    InterfaceEndpoint ssm = onPremises.require(id("SsmEndpoint"), InterfaceEndpoint.class);
    InterfaceEndpoint second = new InterfaceEndpoint(id("SsmEndpoint2"), "ssm again", ssm.vpcId(), ssm.service(), ssm.subnetIds(),
        ssm.securityGroupIds(), true, "");
    assertOne(onPremises.with(second), EndpointPrivateDnsDuplicateRule.ID, "only one endpoint per service");
  }

  @Test
  void twoGatewayEndpointsForOneServiceOnOneRouteTable() {
    assertEquals(List.of(), of(onPremises, GatewayEndpointDuplicateRule.ID));
    GatewayEndpoint s3 = onPremises.require(id("S3GatewayEndpoint"), GatewayEndpoint.class);
    GatewayEndpoint second = new GatewayEndpoint(id("S3GatewayEndpoint2"), "s3 again", s3.vpcId(), s3.service(), s3.routeTableIds(), "");
    assertOne(onPremises.with(second), GatewayEndpointDuplicateRule.ID, "Route table SharedRouteTable");
  }

  @Test
  void spokeThatResolvesASharedEndpointsServicePublicly() {
    assertOne(hub, SharedEndpointPublicDnsRule.ID, "VPC SpokeBVpc");
    HostedZone sts = hub.require(id("StsZone"), HostedZone.class);
    List<ElementId> all = new ArrayList<>(sts.vpcIds());
    all.add(id("SpokeBVpc"));
    assertEquals(List.of(), of(hub.with(sts.withVpcs(all)), SharedEndpointPublicDnsRule.ID));
  }

  @Test
  void transitOrPeeringPathWithNoReturnRoute() {
    assertOne(onPremises, NoReturnRouteRule.ID, "no route table of DataVpc sends 192.168.0.0/16 back");
    RouteTable data = onPremises.require(id("DataRouteTable"), RouteTable.class);
    List<Route> routes = new ArrayList<>(data.routes());
    routes.add(Route.of("192.168.0.0/16", "Tgw"));
    assertEquals(List.of(), of(onPremises.with(data.withRoutes(routes)), NoReturnRouteRule.ID));
    RouteTable shared = hub.require(id("SharedRouteTable"), RouteTable.class);
    Topology noWayBack = hub.with(hub.require(id("SpokeARouteTable"), RouteTable.class).withRoutes(List.of(Route.of("10.100.0.0/16", "Tgw"))))
        .with(shared);
    assertEquals(List.of(), of(noWayBack, NoReturnRouteRule.ID), "spoke A still routes the shared block back");
    Topology spokeWithoutRoutes = hub.with(hub.require(id("SpokeARouteTable"), RouteTable.class).withRoutes(List.of()));
    assertOne(spokeWithoutRoutes, NoReturnRouteRule.ID, "no route table of SpokeAVpc sends 10.100.0.0/16 back");
  }
}
