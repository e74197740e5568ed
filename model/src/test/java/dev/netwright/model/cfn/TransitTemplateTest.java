package dev.netwright.model.cfn;

import static dev.netwright.model.cfn.CfnDesigns.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.Region;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Transit gateways, hosted zones, Resolver endpoints and DNS options, from hand-written templates and back. */
class TransitTemplateTest {

  private static ImportResult load(String name) throws Exception {
    return TemplateImporter.parse(CfnDesigns.resource(name), name, null);
  }

  @Test
  void aHubAndSpokeTemplate_comesInWhole_withTheDefaultRouteTableAwsGivesTheGateway() throws Exception {
    ImportResult result = load("transit-hub.yaml");
    Topology topology = result.document().topology();

    assertTrue(topology.all(OpaqueResource.class).isEmpty(), topology.all(OpaqueResource.class).toString());
    TransitGateway tgw = topology.require(id("Tgw"), TransitGateway.class);
    assertEquals(new TransitGateway(id("Tgw"), "hub tgw", Region.US_EAST_1, 64600, true, true), tgw);
    TransitGatewayRouteTable defaultTable = topology.defaultTransitGatewayRouteTable(id("Tgw")).orElseThrow();
    assertEquals(id("TgwDefaultRouteTable"), defaultTable.id());
    assertEquals(defaultTable, topology.transitGatewayRouteTableOf(id("HubAttachment"), id("Tgw")).orElseThrow());
    assertEquals(defaultTable, topology.transitGatewayRouteTableOf(id("OfficeVpn"), id("Tgw")).orElseThrow());
    assertEquals(List.of(id("HubAttachment"), id("SpokeAttachment"), id("OfficeVpn")),
        topology.propagationsOf(defaultTable).stream().map(attachment -> attachment.id()).toList());

    TransitGatewayRouteTable spokes = topology.require(id("SpokeTgwRoutes"), TransitGatewayRouteTable.class);
    assertEquals(spokes, topology.transitGatewayRouteTableOf(id("SpokeAttachment"), id("Tgw")).orElseThrow());
    assertEquals(List.of(id("HubAttachment")), spokes.propagations());
    assertEquals(List.of(TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("HubAttachment")),
        TransitGatewayRoute.blackhole(Cidr.parse("10.1.0.0/16"))), spokes.routes());
    assertEquals(List.of(id("HubSubnetA"), id("HubSubnetB")),
        topology.require(id("HubAttachment"), TransitGatewayVpcAttachment.class).subnetIds());
    assertEquals(new TransitGatewayVpnAttachment(id("OfficeVpn"), "office", id("Tgw"), List.of(Cidr.parse("192.168.0.0/16")),
        new dev.netwright.model.topology.CustomerGateway("203.0.113.10", 65010)),
        topology.require(id("OfficeVpn"), TransitGatewayVpnAttachment.class));
    assertTrue(topology.require(id("SpokeRouteTable"), RouteTable.class).routes().contains(Route.of("0.0.0.0/0", "Tgw")));

    HostedZone zone = topology.require(id("SsmZone"), HostedZone.class);
    assertEquals(List.of(id("HubVpc"), id("SpokeVpc")), zone.vpcIds());
    assertEquals(List.of(AliasRecord.of("ssm.us-east-1.amazonaws.com", "SsmEndpoint")), zone.records());
    assertEquals(new ResolverEndpoint(id("InboundResolver"), "", id("HubVpc"), List.of(id("HubSubnetA"), id("HubSubnetB")),
        List.of(id("ResolverSg"))), topology.require(id("InboundResolver"), ResolverEndpoint.class));
    assertEquals(InboundResolverDns.ONLY_INBOUND_RESOLVER,
        topology.require(id("S3Interface"), InterfaceEndpoint.class).privateDnsOnlyForInboundResolverEndpoint());
  }

  @Test
  void aHubAndSpokeTemplate_exportedAndReadAgain_givesTheSameDesign() throws Exception {
    Topology first = load("transit-hub.yaml").document().topology();
    for (TemplateFormat format : TemplateFormat.values()) {
      String exported = TemplateExporter.export(load("transit-hub.yaml").document(), format);

      assertEquals(first, TemplateImporter.parse(exported, "again." + format.slug(), null).document().topology());
      assertTrue(exported.contains("ImpliedByDefaultRouteTable"), "the default table's associations are written explicitly");
      assertTrue(exported.contains("DnsEntries"), exported);
    }
  }

  @Test
  void theDefaultTableNamedThroughTheGateway_aPeerNamedByItsId_andWhatIsNotModelled() throws Exception {
    String template = """
        Resources:
          Tgw:
            Type: AWS::EC2::TransitGateway
          Peering:
            Type: AWS::EC2::TransitGatewayPeeringAttachment
            Properties:
              TransitGatewayId: !Ref Tgw
              PeerTransitGatewayId: tgw-0abc
              PeerAccountId: "111122223333"
              PeerRegion: eu-west-1
          ToPeer:
            Type: AWS::EC2::TransitGatewayRoute
            Properties:
              TransitGatewayRouteTableId: !GetAtt Tgw.AssociationDefaultRouteTableId
              DestinationCidrBlock: 10.8.0.0/16
              TransitGatewayAttachmentId: !Ref Peering
          PublicZone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
          Outbound:
            Type: AWS::Route53Resolver::ResolverEndpoint
            Properties:
              Direction: OUTBOUND
              IpAddresses: [{SubnetId: subnet-1}, {SubnetId: subnet-2}]
              SecurityGroupIds: [sg-1]
        """;
    Topology topology = TemplateImporter.parse(template, "t.yaml", null).document().topology();

    assertEquals(Region.of("eu-west-1"), topology.require(id("tgw-0abc"), TransitGateway.class).region());
    assertEquals(new TransitGatewayPeeringAttachment(id("Peering"), "", id("Tgw"), id("tgw-0abc")),
        topology.require(id("Peering"), TransitGatewayPeeringAttachment.class));
    assertEquals(List.of(TransitGatewayRoute.to(Cidr.parse("10.8.0.0/16"), id("Peering"))),
        topology.defaultTransitGatewayRouteTable(id("Tgw")).orElseThrow().routes());
    assertEquals("AWS::Route53::HostedZone", topology.require(id("PublicZone"), OpaqueResource.class).resourceType());
    assertEquals("AWS::Route53Resolver::ResolverEndpoint", topology.require(id("Outbound"), OpaqueResource.class).resourceType());
  }

  @Test
  void theTransitDesign_exportsTheDefaultTableAsItsOwn_withTheGatewaysDefaultsOff_andNotesWhatCloudFormationCannotSay() {
    String yaml = TemplateExporter.export(CfnDesigns.transit(), TemplateFormat.YAML);

    assertTrue(yaml.contains("DefaultRouteTableAssociation: disable"), yaml);
    assertTrue(yaml.contains("Blackhole: true"), yaml);
    assertTrue(yaml.contains("PeerRegion: eu-west-1"), yaml);
    assertTrue(yaml.contains("PrivateDnsOnlyForInboundResolverEndpoint: OnlyInboundResolver"), yaml);
    assertTrue(yaml.contains("DnsName") || yaml.contains("DNSName"), yaml);
    assertTrue(yaml.contains("cannot name the transit gateway attachment of a VPN connection"), yaml);
    assertFalse(yaml.contains("AWS::EC2::VPNConnectionRoute"), "a transit gateway's VPN has no VPN connection routes");
  }
}
