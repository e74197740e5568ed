package dev.netwright.model.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A peering whose PeerVpcId is a literal id imports its peer as an external VPC, or refuses saying what to add. */
class ExternalPeerImportTest {
  private static final String HEAD = """
      Resources:
        AppVpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        AppRt:
          Type: AWS::EC2::RouteTable
          Properties:
            VpcId: !Ref AppVpc
        PartnerPeering:
          Type: AWS::EC2::VPCPeeringConnection
          Properties:
            VpcId: !Ref AppVpc
            PeerVpcId: vpc-0abc1234
            PeerOwnerId: '111122223333'
      """;

  private static Vpc vpc(Topology topology, String id) {
    return topology.require(ElementId.of(id), Vpc.class);
  }

  @ParameterizedTest
  @EnumSource(TemplateFormat.class)
  void aDesignWithExternalPeers_comesBackEqual_fromItsOwnTemplate(TemplateFormat format) {
    Document design = CfnDesigns.externalPeers();
    String template = TemplateExporter.export(design, format);

    Document imported = TemplateImporter.parse(template, "peers." + format.slug(), null).document();

    assertEquals(design.topology(), imported.topology());
    Vpc partner = vpc(imported.topology(), "vpc-0partner");
    assertTrue(partner.external());
    assertEquals(List.of(Cidr.parse("10.8.0.0/16"), Cidr.parse("10.9.0.0/16")), partner.cidrBlocks());
    assertEquals(Region.of("eu-west-1"), partner.region());
    assertEquals("444455556666", partner.accountId());
    assertEquals("Partner's VPC", partner.name());
    assertEquals(CfnDesigns.REGION, vpc(imported.topology(), "vpc-0neighbour").region());
    assertEquals(template, TemplateExporter.export(imported, format));
  }

  @Test
  void aHandWrittenLiteralPeer_takesItsBlocksFromTheRoutesToThePeering_andSaysSo() {
    String yaml = HEAD + """
            PeerRegion: eu-west-2
        ToPartner:
          Type: AWS::EC2::Route
          Properties:
            RouteTableId: !Ref AppRt
            DestinationCidrBlock: 10.5.0.0/16
            VpcPeeringConnectionId: !Ref PartnerPeering
        ToPartnerHost:
          Type: AWS::EC2::Route
          Properties:
            RouteTableId: !Ref AppRt
            DestinationCidrBlock: 10.5.7.0/24
            VpcPeeringConnectionId: !Ref PartnerPeering
        ToOtherPartner:
          Type: AWS::EC2::Route
          Properties:
            RouteTableId: !Ref AppRt
            DestinationCidrBlock: 10.6.0.0/16
            VpcPeeringConnectionId: !Ref PartnerPeering
      """;

    ImportResult imported = TemplateImporter.parse(yaml, "hand.yaml", null);

    Topology topology = imported.document().topology();
    Vpc peer = vpc(topology, "vpc-0abc1234");
    assertTrue(peer.external());
    assertEquals(List.of(Cidr.parse("10.5.0.0/16"), Cidr.parse("10.6.0.0/16")), peer.cidrBlocks(), "a route inside another adds no block");
    assertEquals("111122223333", peer.accountId());
    assertEquals(Region.of("eu-west-2"), peer.region());
    PeeringConnection peering = topology.require(ElementId.of("PartnerPeering"), PeeringConnection.class);
    assertEquals(ElementId.of("vpc-0abc1234"), peering.accepterVpcId());
    assertEquals(3, topology.require(ElementId.of("AppRt"), RouteTable.class).routes().size(), "the routes still go to the peering");
    assertFalse(topology.all(RouteTable.class).stream().anyMatch(table -> table.vpcId().equals(peer.id())),
        "an external VPC gets no main route table");
    assertTrue(imported.findings().stream().anyMatch(finding -> finding.rule().equals(ExternalPeerImport.BLOCKS_FROM_ROUTES)
        && finding.message().contains("10.5.0.0/16")), imported.findings().toString());
  }

  @Test
  void aHandWrittenLiteralPeer_withNeitherBlocksNorRoutes_isRefusedNamingThePeeringAndWhatToAdd() {
    TemplateException error = assertThrows(TemplateException.class, () -> TemplateImporter.parse(HEAD, "hand.yaml", null));

    String message = error.getMessage();
    assertTrue(message.startsWith("hand.yaml line 10: resource PartnerPeering: its PeerVpcId vpc-0abc1234 is a VPC outside the template"),
        message);
    assertTrue(message.contains("PeerCidrBlocks") && message.contains("add a route to PartnerPeering"), message);
    assertFalse(message.contains("\n"), "one line");
  }
}
