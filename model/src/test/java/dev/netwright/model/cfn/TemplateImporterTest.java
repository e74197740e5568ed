package dev.netwright.model.cfn;

import static dev.netwright.model.cfn.CfnDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.check.Finding;
import dev.netwright.model.check.Severity;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written templates of the shapes public examples use, read into designs. */
class TemplateImporterTest {

  private static ImportResult load(String name) throws Exception {
    return TemplateImporter.parse(CfnDesigns.resource(name), name, null);
  }

  @Test
  void publicPrivateTemplate_givesSubnetsInTwoZones_routesThroughIgwAndNat_andS3EndpointOnThePrivateTable() throws Exception {
    Topology topology = load("public-private-s3.yaml").document().topology();

    Vpc vpc = topology.require(id("VPC"), Vpc.class);
    assertEquals(List.of(Cidr.parse("10.192.0.0/16")), vpc.cidrBlocks());
    assertEquals("demo", vpc.name());
    assertTrue(vpc.dnsHostnames());
    assertEquals(Region.US_EAST_1, vpc.region());
    Subnet public2 = topology.require(id("PublicSubnet2"), Subnet.class);
    assertEquals(AvailabilityZone.of("us-east-1b"), public2.zone());
    assertEquals(Cidr.parse("10.192.11.0/24"), public2.cidr());
    assertEquals("demo Public Subnet (AZ2)", public2.name());
    assertEquals(id("VPC"), topology.require(id("InternetGateway"), InternetGateway.class).vpcId());
    NatGateway nat = topology.require(id("NatGateway"), NatGateway.class);
    assertEquals(id("PublicSubnet1"), nat.subnetId());
    assertTrue(nat.publicConnectivity());
    assertTrue(nat.hasElasticIp(), "an EIP resource without an Address is still an Elastic IP: " + nat);
    RouteTable publicTable = topology.require(id("PublicRouteTable"), RouteTable.class);
    assertEquals(List.of(Route.of("0.0.0.0/0", "InternetGateway")), publicTable.routes());
    assertEquals(List.of(id("PublicSubnet1"), id("PublicSubnet2")), publicTable.subnetIds());
    RouteTable privateTable = topology.require(id("PrivateRouteTable"), RouteTable.class);
    assertEquals(List.of(Route.of("0.0.0.0/0", "NatGateway")), privateTable.routes());
    GatewayEndpoint s3 = topology.require(id("S3GatewayEndpoint"), GatewayEndpoint.class);
    assertEquals("com.amazonaws.us-east-1.s3", s3.service());
    assertEquals(List.of(id("PrivateRouteTable")), s3.routeTableIds());
    // the EIP, the attachment, the routes and associations are folded into elements, not kept beside them
    assertTrue(topology.all(OpaqueResource.class).isEmpty());
    assertEquals(11, topology.size(), "ten resources and the VPC's main route table");
  }

  @Test
  void everyVpcOfATemplate_getsTheMainRouteTableCloudFormationCreates_forTheSubnetsWithoutAssociation() throws Exception {
    Topology topology = load("interface-endpoint.json").document().topology();

    RouteTable main = topology.require(id("VpcMainRouteTable"), RouteTable.class);
    assertTrue(main.main());
    assertEquals(List.of(), main.routes(), "the local routes are implied");
    assertEquals(main, topology.routeTableOf(id("AppSubnetA")).orElseThrow());
  }

  @Test
  void regionOption_placesGetAzsSubnetsAndServiceNamesInThatRegion() throws Exception {
    Topology topology = TemplateImporter.parse(CfnDesigns.resource("public-private-s3.yaml"), "t.yaml", Region.of("eu-central-1"))
        .document().topology();

    assertEquals(AvailabilityZone.of("eu-central-1a"), topology.require(id("PrivateSubnet1"), Subnet.class).zone());
    assertEquals("com.amazonaws.eu-central-1.s3", topology.require(id("S3GatewayEndpoint"), GatewayEndpoint.class).service());
  }

  @Test
  void cidrAndGetAzs_carveTheVpcBlockAndSpreadSubnets_withParametersConditionsAndMappings() throws Exception {
    ImportResult result = load("cidr-getazs.yaml");
    Topology topology = result.document().topology();

    Vpc vpc = topology.require(id("Vpc"), Vpc.class);
    assertEquals("netwright-prod-vpc", vpc.name());
    assertTrue(vpc.dnsHostnames(), "Fn::FindInMap reads the prod mapping");
    assertTrue(vpc.dnsSupport(), "EnableDnsSupport defaults to true");
    Subnet a = topology.require(id("SubnetA"), Subnet.class);
    Subnet b = topology.require(id("SubnetB"), Subnet.class);
    Subnet c = topology.require(id("SubnetC"), Subnet.class);
    assertEquals(Cidr.parse("10.50.0.0/24"), a.cidr());
    assertEquals(Cidr.parse("10.50.1.0/24"), b.cidr());
    assertEquals(Cidr.parse("10.50.2.0/24"), c.cidr());
    assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c"), List.of(a.zone().name(), b.zone().name(), c.zone().name()));
    assertEquals("prod-a", a.name());
    assertEquals("prod-b", b.name());
    assertFalse(topology.contains(id("DevOnlySubnet")), "its condition is false");
    assertTrue(result.findings().stream().anyMatch(finding -> finding.rule().equals(TemplateImporter.NOT_CREATED)
        && finding.elements().equals(List.of(id("DevOnlySubnet")))));
    assertEquals(List.of(id("SubnetA"), id("SubnetB")), topology.require(id("RouteTable"), RouteTable.class).subnetIds());
  }

  @Test
  void interfaceEndpointJson_keepsItsSubnetsGroupAndPrivateDns_inTheRegionOfItsZones() throws Exception {
    ImportResult result = load("interface-endpoint.json");
    Topology topology = result.document().topology();

    assertEquals(Region.of("eu-west-1"), result.document().region());
    InterfaceEndpoint endpoint = topology.require(id("SsmEndpoint"), InterfaceEndpoint.class);
    assertEquals("com.amazonaws.eu-west-1.ssm", endpoint.service());
    assertEquals(List.of(id("AppSubnetA"), id("AppSubnetB")), endpoint.subnetIds());
    assertEquals(List.of(id("EndpointSecurityGroup")), endpoint.securityGroupIds());
    assertTrue(endpoint.privateDns());
    SecurityGroup group = topology.require(id("EndpointSecurityGroup"), SecurityGroup.class);
    assertEquals(List.of(SecurityRule.tcp(443, new dev.netwright.model.topology.RulePeer.CidrPeer(Cidr.parse("10.20.0.0/16")))),
        group.ingress(), "Fn::GetAtt Vpc.CidrBlock is the VPC's block; the IPv6 rule is left out");
    assertEquals(List.of(SecurityRule.all(new dev.netwright.model.topology.RulePeer.CidrPeer(Cidr.ANYWHERE))), group.egress(),
        "no SecurityGroupEgress means CloudFormation's default: all traffic out");
    assertTrue(result.findings().stream().anyMatch(finding -> finding.rule().equals(SecurityGroupImport.IPV6_RULE)));
  }

  @Test
  void resourcesNetwrightDoesNotModel_areKeptOpaque_reportedAsInfo_andWrittenBackAsTheyCame() throws Exception {
    ImportResult result = load("unmodelled-resources.yaml");
    Topology topology = result.document().topology();

    OpaqueResource server = topology.require(id("Server"), OpaqueResource.class);
    assertEquals("AWS::EC2::Instance", server.resourceType());
    assertEquals("app server", server.name());
    assertTrue(server.definition().contains("{\"Ref\":\"Subnet\"}"), server.definition());
    assertEquals("AWS::S3::Bucket", topology.require(id("Bucket"), OpaqueResource.class).resourceType());
    assertEquals("AWS::IAM::Role", topology.require(id("Role"), OpaqueResource.class).resourceType());
    // modelled types that refer outside the template, or hold what Netwright does not model, are kept too
    assertEquals("AWS::EC2::Subnet", topology.require(id("SubnetOfAnotherStack"), OpaqueResource.class).resourceType());
    assertEquals("AWS::EC2::VPCCidrBlock", topology.require(id("Ipv6Block"), OpaqueResource.class).resourceType());
    assertInstanceOf(Subnet.class, topology.find(id("Subnet")).orElseThrow());
    List<Finding> unmodelled = result.findings().stream().filter(finding -> finding.rule().equals(OpaqueImport.UNMODELLED)).toList();
    assertEquals(5, unmodelled.size());
    assertTrue(unmodelled.stream().allMatch(finding -> finding.severity() == Severity.INFO));
    assertTrue(unmodelled.stream().anyMatch(finding -> finding.elements().equals(List.of(id("SubnetOfAnotherStack")))
        && finding.message().contains("vpc-0123456789abcdef0")), unmodelled.toString());

    String exported = TemplateExporter.export(result.document(), TemplateFormat.YAML);
    Topology again = TemplateImporter.parse(exported, "again.yaml", null).document().topology();
    assertEquals(topology.require(id("Server"), OpaqueResource.class), again.require(id("Server"), OpaqueResource.class));
    assertEquals(topology.require(id("Bucket"), OpaqueResource.class), again.require(id("Bucket"), OpaqueResource.class));
    assertTrue(exported.contains("DeletionPolicy: Retain"), "attributes of opaque resources are written back");
  }

  @Test
  void anOpaqueResourceWaitingForAFoldedAttachment_stillWaitsForItAfterExport() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  Gateway:\n    Type: AWS::EC2::InternetGateway\n"
        + "  AttachGateway:\n    Type: AWS::EC2::VPCGatewayAttachment\n    Properties:\n      VpcId: !Ref Vpc\n"
        + "      InternetGatewayId: !Ref Gateway\n"
        + "  Server:\n    Type: AWS::EC2::Instance\n    DependsOn: [AttachGateway, Vpc]\n    Properties:\n      ImageId: ami-1\n";

    ImportResult imported = TemplateImporter.parse(yaml, "t.yaml", null);
    com.fasterxml.jackson.databind.node.ObjectNode template = TemplateExporter.template(imported.document());

    assertEquals("[\"GatewayAttachment\",\"Vpc\"]", template.path("Resources").path("Server").path("DependsOn").toString());
    assertEquals("AWS::EC2::VPCGatewayAttachment", template.path("Resources").path("GatewayAttachment").path("Type").asText());
  }

  @Test
  void malformedYaml_isAnErrorNamingTheFileAndLine() throws Exception {
    TemplateException error = assertThrows(TemplateException.class, () -> load("malformed.yaml"));

    assertEquals(11, error.line());
    assertTrue(error.getMessage().startsWith("malformed.yaml line 11: not valid YAML"), error.getMessage());
  }

  @Test
  void malformedJson_isAnErrorNamingTheLine() {
    String json = "{\n  \"Resources\": {\n    \"Vpc\": {\"Type\": \"AWS::EC2::VPC\",}\n  }\n}\n";

    TemplateException error = assertThrows(TemplateException.class, () -> TemplateImporter.parse(json, "t.json", null));

    assertEquals(3, error.line());
  }

  @Test
  void refToAnUndeclaredName_isAnErrorAtItsLine() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vcp\n      CidrBlock: 10.0.1.0/24\n";

    TemplateException error = assertThrows(TemplateException.class, () -> TemplateImporter.parse(yaml, "t.yaml", null));

    assertEquals(9, error.line());
    assertTrue(error.getMessage().contains("'Vcp'"), error.getMessage());
  }

  @Test
  void aFunctionCloudFormationDoesNotHave_isAnError() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Cidrs [10.0.0.0/8, 1, 16]\n";

    TemplateException error = assertThrows(TemplateException.class, () -> TemplateImporter.parse(yaml, "t.yaml", null));

    assertEquals(5, error.line());
    assertTrue(error.getMessage().contains("Fn::Cidrs"), error.getMessage());
  }

  @Test
  void aKeyGivenTwice_isAnError() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n      CidrBlock: 10.1.0.0/16\n";

    TemplateException error = assertThrows(TemplateException.class, () -> TemplateImporter.parse(yaml, "t.yaml", null));

    assertEquals(6, error.line());
  }

  @Test
  void aSubnetCidrWithHostBits_isAnErrorAtItsProperty() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.1/16\n";

    TemplateException error = assertThrows(TemplateException.class, () -> TemplateImporter.parse(yaml, "t.yaml", null));

    assertEquals(5, error.line());
    assertTrue(error.getMessage().contains("host bits"), error.getMessage());
  }

  @Test
  void aTemplateWithoutResources_isAnError() {
    TemplateException error = assertThrows(TemplateException.class,
        () -> TemplateImporter.parse("AWSTemplateFormatVersion: '2010-09-09'\n", "t.yaml", null));

    assertTrue(error.getMessage().contains("no Resources"), error.getMessage());
  }

  @Test
  void aParameterWithoutDefault_leavesWhatNeedsItOpaque_andWhatDependsOnThatToo() {
    String yaml = "Parameters:\n  Block:\n    Type: String\n"
        + "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Ref Block\n"
        + "  Gateway:\n    Type: AWS::EC2::InternetGateway\n    Properties:\n"
        + "  Attachment:\n    Type: AWS::EC2::VPCGatewayAttachment\n    Properties:\n      VpcId: !Ref Vpc\n"
        + "      InternetGatewayId: !Ref Gateway\n";

    ImportResult result = TemplateImporter.parse(yaml, "t.yaml", null);

    Topology topology = result.document().topology();
    assertEquals(List.of("Vpc", "Gateway", "Attachment"),
        topology.all(OpaqueResource.class).stream().map(opaque -> opaque.id().value()).toList());
    assertTrue(result.findings().stream().anyMatch(finding -> finding.elements().equals(List.of(id("Vpc")))
        && finding.message().contains("parameter Block has no default value")), result.findings().toString());
    assertTrue(topology.require(id("Vpc"), OpaqueResource.class).definition().contains("\"Parameters\":{\"Block\""),
        "the opaque VPC carries the parameter it uses");
  }

  @Test
  void aPeeringWithAVpcOutsideTheTemplate_reachesAnExternalVpcOfItsRoutedBlocks_whileAliasesAreRead() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: &block 10.0.0.0/16\n"
        + "  Peering:\n    Type: AWS::EC2::VPCPeeringConnection\n    Properties:\n      VpcId: !Ref Vpc\n      PeerVpcId: vpc-0abcdef\n"
        + "  Table:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: !Ref Vpc\n"
        + "  ToPeer:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Table\n"
        + "      DestinationCidrBlock: 10.1.0.0/16\n      VpcPeeringConnectionId: !Ref Peering\n"
        + "  Local:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Table\n"
        + "      DestinationCidrBlock: *block\n      VpcPeeringConnectionId: !Ref Peering\n";

    Topology topology = TemplateImporter.parse(yaml, "t.yaml", null).document().topology();

    assertEquals(Cidr.parse("10.0.0.0/16"), topology.require(id("Vpc"), Vpc.class).primaryCidr());
    assertEquals(id("vpc-0abcdef"), topology.require(id("Peering"), PeeringConnection.class).accepterVpcId());
    // the route to the VPC's own block tells nothing of the peer
    assertEquals(List.of(Cidr.parse("10.1.0.0/16")), topology.require(id("vpc-0abcdef"), Vpc.class).cidrBlocks());
    assertEquals(List.of(Route.of("10.1.0.0/16", "Peering"), Route.of("10.0.0.0/16", "Peering")),
        topology.require(id("Table"), RouteTable.class).routes());
  }

  @Test
  void aStaticVpnConnection_givesItsGatewayTheOnPremisesNetworksOfItsRoutes() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n"
        + "  Vgw:\n    Type: AWS::EC2::VPNGateway\n    Properties:\n      Type: ipsec.1\n"
        + "  VgwAttach:\n    Type: AWS::EC2::VPCGatewayAttachment\n    Properties:\n      VpcId: !Ref Vpc\n      VpnGatewayId: !Ref Vgw\n"
        + "  Office:\n    Type: AWS::EC2::CustomerGateway\n    Properties:\n      Type: ipsec.1\n      BgpAsn: 65000\n"
        + "      IpAddress: 203.0.113.12\n"
        + "  Tunnel:\n    Type: AWS::EC2::VPNConnection\n    Properties:\n      Type: ipsec.1\n      StaticRoutesOnly: true\n"
        + "      CustomerGatewayId: !Ref Office\n      VpnGatewayId: !Ref Vgw\n"
        + "  OfficeRoute:\n    Type: AWS::EC2::VPNConnectionRoute\n    Properties:\n      VpnConnectionId: !Ref Tunnel\n"
        + "      DestinationCidrBlock: 192.168.10.0/24\n"
        + "  Propagation:\n    Type: AWS::EC2::VPNGatewayRoutePropagation\n    DependsOn: VgwAttach\n    Properties:\n"
        + "      VpnGatewayId: !Ref Vgw\n      RouteTableIds: []\n";

    ImportResult result = TemplateImporter.parse(yaml, "t.yaml", null);
    Topology topology = result.document().topology();

    dev.netwright.model.topology.VpnGateway vgw = topology.require(id("Vgw"), dev.netwright.model.topology.VpnGateway.class);
    assertEquals(id("Vpc"), vgw.vpcId());
    assertEquals(List.of(Cidr.parse("192.168.10.0/24")), vgw.onPremisesCidrs());
    assertEquals(List.of("Propagation"), topology.all(OpaqueResource.class).stream().map(opaque -> opaque.id().value()).toList());
    String exported = TemplateExporter.export(result.document(), TemplateFormat.YAML);
    assertTrue(exported.contains("  Propagation:\n    Type: AWS::EC2::VPNGatewayRoutePropagation\n    DependsOn: VgwAttachment\n"), exported);
  }

  @Test
  void withoutZonesOrMetadata_theRegionIsUsEast1() {
    String yaml = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n";

    ImportResult result = TemplateImporter.parse(yaml, "t.yaml", null);

    assertEquals(Region.US_EAST_1, result.document().region());
    assertEquals(Region.US_EAST_1, result.document().topology().require(ElementId.of("Vpc"), Vpc.class).region());
  }

  @Test
  void designsAreTemplatesOnlyWhenTheyLookLikeOne() {
    assertTrue(TemplateImporter.looksLikeTemplate("Resources: {}\n"));
    assertTrue(TemplateImporter.looksLikeTemplate("{\"AWSTemplateFormatVersion\": \"2010-09-09\"}"));
    assertFalse(TemplateImporter.looksLikeTemplate("{\"format\": \"netwright-design\", \"schemaVersion\": 1}"));
  }

  @Test
  void importedDesign_isLaidOut() throws Exception {
    ImportResult result = load("public-private-s3.yaml");

    for (var element : result.document().topology().elements()) {
      assertTrue(result.document().layout().find(element.id()).isPresent(), "no bounds for " + element.id());
    }
  }
}
