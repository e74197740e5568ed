package dev.netwright.model.check.rules;

import static dev.netwright.model.check.Baseline.id;
import static dev.netwright.model.check.RuleAssert.ids;
import static dev.netwright.model.check.RuleAssert.none;
import static dev.netwright.model.check.RuleAssert.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.check.Baseline;
import dev.netwright.model.check.Finding;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.VpnGateway;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointRulesTest {
  @Test
  void gatewayEndpointService_gatewayEndpointForSqs_isReported() {
    Finding finding = single(new GatewayEndpointServiceRule(), Baseline.with(Baseline.S3.withService("com.amazonaws.us-east-1.sqs")));
    assertEquals(List.of("S3Endpoint"), ids(finding));
    assertTrue(finding.message().contains("interface endpoint for sqs"), finding.message());
  }

  @Test
  void gatewayEndpointService_dynamoDbByShortName_isAccepted() {
    none(new GatewayEndpointServiceRule(), Baseline.with(Baseline.S3.withService("dynamodb")));
  }

  @Test
  void gatewayEndpointRegion_s3OfAnotherRegion_isReportedWithTheRightName() {
    Finding finding = single(new GatewayEndpointRegionRule(), Baseline.with(Baseline.S3.withService("com.amazonaws.eu-west-1.s3")));
    assertEquals(List.of("S3Endpoint", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("use com.amazonaws.us-east-1.s3"), finding.message());
  }

  @Test
  void gatewayEndpointRegion_s3OfTheVpcsRegion_isAccepted() {
    none(new GatewayEndpointRegionRule(), Baseline.topology());
  }

  @Test
  void gatewayEndpointNoRouteTable_endpointOnNoTable_isWarned() {
    Finding finding = single(new GatewayEndpointNoRouteTableRule(), Baseline.with(Baseline.S3.withRouteTables(List.of())));
    assertEquals(List.of("S3Endpoint", "Vpc"), ids(finding));
  }

  @Test
  void gatewayEndpointNoRouteTable_endpointOnATable_isAccepted() {
    none(new GatewayEndpointNoRouteTableRule(), Baseline.topology());
  }

  @Test
  void interfaceEndpointDefaultSg_endpointWithoutGroups_isWarned() {
    Finding finding = single(new InterfaceEndpointDefaultSgRule(), Baseline.with(Baseline.SSM.withSecurityGroups(List.of())));
    assertEquals(List.of("SsmEndpoint", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("default security group"), finding.message());
  }

  @Test
  void interfaceEndpointDefaultSg_endpointWithAGroup_isAccepted() {
    none(new InterfaceEndpointDefaultSgRule(), Baseline.topology());
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingOnlyPort80_isReportedWithTheFix() {
    SecurityGroup http = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(80, RulePeer.parse("10.0.0.0/16")));
    Finding finding = single(new InterfaceEndpointSg443Rule(), Baseline.with(http));
    assertEquals(List.of("SsmEndpoint", "EndpointSg"), ids(finding));
    assertTrue(finding.message().contains("TCP 443 from 10.0.0.0/16 to EndpointSg"), finding.message());
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingAnotherNetwork_isReported() {
    SecurityGroup elsewhere = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("172.16.0.0/12")));
    single(new InterfaceEndpointSg443Rule(), Baseline.with(elsewhere));
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingOneSubnet_isAccepted() {
    SecurityGroup one = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("10.0.1.0/24")));
    none(new InterfaceEndpointSg443Rule(), Baseline.with(one));
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingOnlyTheOnPremisesNetwork_isAccepted() {
    SecurityGroup onPrem = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("192.168.0.0/16")));
    VpnGateway vpn = new VpnGateway(id("Vgw"), "", Baseline.VPC.id(), List.of(Cidr.parse("192.168.10.0/24")));
    none(new InterfaceEndpointSg443Rule(), Baseline.with(onPrem, vpn));
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingAGroupOfItsVpc_isAccepted() {
    SecurityGroup clients = Baseline.group("ClientSg", "Vpc");
    SecurityGroup byGroup = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("ClientSg")));
    none(new InterfaceEndpointSg443Rule(), Baseline.with(clients, byGroup));
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingOnlyAGroupOfAnotherVpc_isReported() {
    SecurityGroup foreignClients = Baseline.group("PeerSg", "Other");
    SecurityGroup byForeignGroup = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("PeerSg")));
    single(new InterfaceEndpointSg443Rule(), Baseline.with(Baseline.vpc("Other", "10.1.0.0/16"), foreignClients, byForeignGroup));
  }

  @Test
  void interfaceEndpointSg443_groupAdmittingAPrefixList_isAccepted() {
    SecurityGroup byList = Baseline.group("EndpointSg", "Vpc", SecurityRule.tcp(443, RulePeer.parse("pl-0123abcd")));
    none(new InterfaceEndpointSg443Rule(), Baseline.with(byList));
  }

  @Test
  void privateDnsVpcDns_privateDnsWithoutDnsHostnames_isReported() {
    Finding finding = single(new PrivateDnsVpcDnsRule(), Baseline.with(Baseline.VPC.withDns(true, false)));
    assertEquals(List.of("SsmEndpoint", "Vpc"), ids(finding));
    assertTrue(finding.message().contains("turn on DNS hostnames"), finding.message());
  }

  @Test
  void privateDnsVpcDns_privateDnsOffInAVpcWithoutDns_isAccepted() {
    none(new PrivateDnsVpcDnsRule(), Baseline.with(Baseline.VPC.withDns(false, false), Baseline.SSM.withPrivateDns(false)));
  }

  @Test
  void natCostLeak_privateTableWithoutTheS3Endpoint_isWarnedPerSubnet() {
    List<Finding> findings = new NatCostLeakRule().check(Baseline.with(Baseline.S3.withRouteTables(List.of(Baseline.PUBLIC_RT.id()))));
    assertEquals(2, findings.size(), findings::toString);
    Finding first = findings.get(0);
    assertEquals(List.of("PrivateSubnetA", "PrivateRt", "S3Endpoint", "Nat"), ids(first));
    assertTrue(first.message().startsWith("Associate S3 endpoint (S3Endpoint) with route table PrivateRt, or S3 traffic from"
        + " PrivateSubnetA keeps going through NAT gateway NAT A (Nat) at $0.045/GB"), first.message());
  }

  @Test
  void natCostLeak_endpointOnTheSubnetsTable_isAccepted() {
    none(new NatCostLeakRule(), Baseline.topology());
  }

  @Test
  void natCostLeak_noGatewayEndpointInTheVpc_isAccepted() {
    none(new NatCostLeakRule(), Baseline.without("S3Endpoint"));
  }

  @Test
  void natCostLeak_s3InterfaceEndpointWithPrivateDns_takesTheTrafficInstead() {
    InterfaceEndpoint s3Interface = new InterfaceEndpoint(id("S3Interface"), "", Baseline.VPC.id(), "com.amazonaws.us-east-1.s3",
        List.of(Baseline.PRIVATE_A.id()), List.of(Baseline.ENDPOINT_SG.id()), true, "");
    none(new NatCostLeakRule(), Baseline.with(Baseline.S3.withRouteTables(List.of()), s3Interface));
  }

  @Test
  void natCostLeak_storedPrefixListRouteToTheEndpoint_isAccepted() {
    GatewayEndpoint unassociated = Baseline.S3.withRouteTables(List.of());
    none(new NatCostLeakRule(), Baseline.with(unassociated,
        Baseline.PRIVATE_RT.withRoutes(List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("pl-63a5400a", "S3Endpoint")))));
  }
}
