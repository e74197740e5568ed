package dev.netwright.model.cfn;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.PrefixListId;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.OpaqueResource;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Designs built for the CloudFormation tests: one that holds every kind of element and every export special case. */
final class CfnDesigns {
  static final Region REGION = Region.US_EAST_1;

  private CfnDesigns() {
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  /**
   * Two peered VPCs (one with a second block), public and private subnets in two zones, a main
   * table used implicitly, internet, NAT (public and private), S3 gateway and SSM interface
   * endpoints, groups that refer to each other and to themselves, a VPN gateway with on-premises
   * networks, an opaque instance, and ids that are no valid logical ids.
   */
  static Document everything() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("AppVpc"), "App VPC", List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16")), true, true, REGION));
    elements.add(new Vpc(id("vpc-0shared"), "Shared services", List.of(Cidr.parse("10.2.0.0/16")), true, false, REGION));
    elements.add(subnet("PublicA", "Public A", "AppVpc", "10.0.0.0/24", "us-east-1a"));
    elements.add(subnet("PublicB", "Public B", "AppVpc", "10.0.1.0/24", "us-east-1b"));
    elements.add(subnet("PrivateA", "Private A", "AppVpc", "10.0.10.0/24", "us-east-1a"));
    elements.add(subnet("PrivateB", "Private B", "AppVpc", "10.0.11.0/24", "us-east-1b"));
    elements.add(subnet("Isolated", "", "AppVpc", "10.1.0.0/24", "us-east-1a"));
    elements.add(subnet("subnet-0abc", "Shared A", "vpc-0shared", "10.2.0.0/24", "us-east-1a"));
    elements.add(new RouteTable(id("MainRt"), "Main", id("AppVpc"), true, List.of(Route.of("10.2.0.0/16", "Peering")), List.of()));
    elements.add(new RouteTable(id("PublicRt"), "Public", id("AppVpc"), false, List.of(Route.of("0.0.0.0/0", "Igw")),
        List.of(id("PublicA"), id("PublicB"))));
    elements.add(new RouteTable(id("PrivateRt"), "Private", id("AppVpc"), false,
        List.of(Route.of("0.0.0.0/0", "Nat"), Route.of("192.168.0.0/16", "Vgw"), Route.of("10.2.0.0/16", "Peering")),
        List.of(id("PrivateA"), id("PrivateB"))));
    elements.add(new RouteTable(id("rtb-0shared"), "Shared main", id("vpc-0shared"), true, List.of(Route.of("10.0.0.0/16", "Peering")),
        List.of(id("subnet-0abc"))));
    elements.add(new InternetGateway(id("Igw"), "App IGW", id("AppVpc")));
    elements.add(new NatGateway(id("Nat"), "NAT A", id("PublicA"), true, ""));
    elements.add(new NatGateway(id("InnerNat"), "Private NAT", id("PrivateB"), false, ""));
    elements.add(new GatewayEndpoint(id("S3Endpoint"), "S3", id("AppVpc"), "com.amazonaws.us-east-1.s3",
        List.of(id("PrivateRt"), id("MainRt")),
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}"));
    elements.add(new GatewayEndpoint(id("DynamoEndpoint"), "", id("AppVpc"), "com.amazonaws.us-east-1.dynamodb", List.of(),
        "{ \"Statement\": [] }"));
    elements.add(new InterfaceEndpoint(id("SsmEndpoint"), "SSM", id("AppVpc"), "com.amazonaws.us-east-1.ssm",
        List.of(id("PrivateA"), id("PrivateB")), List.of(id("EndpointSg")), true, ""));
    elements.add(new SecurityGroup(id("AppSg"), "App", id("AppVpc"), "App servers",
        List.of(new SecurityRule(Protocol.TCP, PortRange.single(22), new RulePeer.CidrPeer(Cidr.parse("192.168.0.0/16")), "ssh"),
            SecurityRule.tcp(8080, new RulePeer.GroupPeer(id("AppSg")))),
        List.of(SecurityRule.all(new RulePeer.CidrPeer(Cidr.ANYWHERE)))));
    elements.add(new SecurityGroup(id("EndpointSg"), "Endpoints", id("AppVpc"), "",
        List.of(SecurityRule.tcp(443, new RulePeer.GroupPeer(id("AppSg"))),
            new SecurityRule(Protocol.UDP, new PortRange(1000, 2000), new RulePeer.PrefixListPeer(PrefixListId.of("pl-63a5400a")), "")),
        List.of()));
    elements.add(new SecurityGroup(id("WebSg"), "Web", id("AppVpc"), "Web's tier (public)",
        List.of(SecurityRule.tcp(443, new RulePeer.CidrPeer(Cidr.ANYWHERE))),
        List.of(SecurityRule.tcp(8080, new RulePeer.GroupPeer(id("DbSg"))), new SecurityRule(Protocol.ICMP, PortRange.ALL,
            new RulePeer.CidrPeer(Cidr.parse("10.0.0.0/8")), ""))));
    elements.add(new SecurityGroup(id("DbSg"), "Db", id("AppVpc"), "Databases",
        List.of(SecurityRule.tcp(5432, new RulePeer.GroupPeer(id("WebSg")))), List.of(SecurityRule.tcp(443, new RulePeer.GroupPeer(id("WebSg"))))));
    elements.add(new PeeringConnection(id("Peering"), "App to shared", id("AppVpc"), id("vpc-0shared")));
    elements.add(new dev.netwright.model.topology.NetworkAcl(id("PrivateAcl"), "Private ACL", id("AppVpc"), false,
        List.of(dev.netwright.model.topology.AclRule.tcp(100, new PortRange(1024, 65535), Cidr.ANYWHERE,
                dev.netwright.model.topology.AclAction.ALLOW),
            new dev.netwright.model.topology.AclRule(110, Protocol.ICMP, null, 0, Cidr.parse("10.0.0.0/8"),
                dev.netwright.model.topology.AclAction.ALLOW)),
        List.of(dev.netwright.model.topology.AclRule.tcp(90, PortRange.single(22), Cidr.ANYWHERE, dev.netwright.model.topology.AclAction.DENY),
            new dev.netwright.model.topology.AclRule(100, Protocol.UDP, new PortRange(53, 53), -1, Cidr.parse("10.0.0.2/32"),
                dev.netwright.model.topology.AclAction.ALLOW),
            dev.netwright.model.topology.AclRule.allowAll(200)),
        List.of(id("PrivateA"))));
    elements.add(new dev.netwright.model.topology.NetworkAcl(id("AppDefaultAcl"), "", id("AppVpc"), true,
        List.of(dev.netwright.model.topology.AclRule.allowAll(100)), List.of(dev.netwright.model.topology.AclRule.allowAll(100)), List.of()));
    elements.add(new dev.netwright.model.topology.Workload(id("Web1"), "web 1", dev.netwright.model.topology.WorkloadType.EC2_INSTANCE,
        id("PublicA"), dev.netwright.model.IpAddress.parse("10.0.0.10"), true, List.of(id("WebSg"))));
    elements.add(new dev.netwright.model.topology.Workload(id("Worker"), "", dev.netwright.model.topology.WorkloadType.EC2_INSTANCE,
        id("PrivateA"), null, false, List.of()));
    elements.add(new dev.netwright.model.topology.Workload(id("ReportFn"), "report", dev.netwright.model.topology.WorkloadType.LAMBDA,
        id("PrivateB"), null, true, List.of(id("AppSg"), id("DbSg"))));
    elements.add(new VpnGateway(id("Vgw"), "Office VPN", id("AppVpc"), List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("172.16.0.0/20"))));
    elements.add(new VpnGateway(id("SpareVgw"), "", id("vpc-0shared"), List.of()));
    elements.add(new OpaqueResource(id("Bastion"), "bastion", "AWS::EC2::Instance",
        "{\"Type\":\"AWS::EC2::Instance\",\"Properties\":{\"ImageId\":\"ami-12345678\",\"SubnetId\":{\"Ref\":\"PublicA\"},"
            + "\"Tags\":[{\"Key\":\"Name\",\"Value\":\"bastion\"}]}}"));
    elements.add(new OpaqueResource(id("dopt-0123"), "Options", "AWS::EC2::DHCPOptions", "{\"DomainName\":\"corp.internal\"}"));
    return new Document("Everything", "Every kind of element", REGION, Topology.of(elements), Layout.empty());
  }

  /**
   * Own VPCs peered with external ones (a VPC the design does not create): one in another account
   * and region with two blocks and a name, reached from both own VPCs, and one in the design's
   * region, unnamed and of no named account; a route table routes to each peering.
   */
  static Document externalPeers() {
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("AppVpc"), "App VPC", List.of(Cidr.parse("10.0.0.0/16")), true, true, REGION));
    elements.add(new Vpc(id("DataVpc"), "Data VPC", List.of(Cidr.parse("10.1.0.0/16")), true, false, REGION));
    elements.add(Vpc.external(id("vpc-0partner"), List.of(Cidr.parse("10.8.0.0/16"), Cidr.parse("10.9.0.0/16")), Region.of("eu-west-1"),
        "444455556666").withName("Partner's VPC"));
    elements.add(Vpc.external(id("vpc-0neighbour"), List.of(Cidr.parse("172.20.0.0/16")), REGION, ""));
    elements.add(subnet("AppA", "App A", "AppVpc", "10.0.0.0/24", "us-east-1a"));
    elements.add(new RouteTable(id("AppRt"), "App", id("AppVpc"), true,
        List.of(Route.of("10.8.0.0/16", "pcx-0partner"), Route.of("172.20.0.0/16", "NeighbourPeering")), List.of(id("AppA"))));
    elements.add(new RouteTable(id("DataRt"), "", id("DataVpc"), true, List.of(Route.of("10.9.0.0/16", "DataPartnerPeering")), List.of()));
    elements.add(new PeeringConnection(id("pcx-0partner"), "App to partner", id("AppVpc"), id("vpc-0partner")));
    elements.add(new PeeringConnection(id("DataPartnerPeering"), "", id("DataVpc"), id("vpc-0partner")));
    elements.add(new PeeringConnection(id("NeighbourPeering"), "neighbour", id("AppVpc"), id("vpc-0neighbour")));
    return new Document("External peers", "Peered with VPCs it does not create", REGION, Topology.of(elements), Layout.empty());
  }

  /**
   * A hub, a spoke and a VPC of another region joined by transit gateways: VPC, VPN and peering
   * attachments; a default route table with explicit and implied associations and propagations, a
   * route to the VPN and a blackhole; a second table and the peer gateway's table; a gateway with
   * its defaults on but no default table; VPC routes to the transit gateway; a peering across
   * regions; a private hosted zone with alias records to an interface endpoint; an S3 interface
   * endpoint for on-premises only; and a Resolver inbound endpoint.
   */
  static Document transit() {
    Region west = Region.of("eu-west-1");
    List<Element> elements = new ArrayList<>();
    elements.add(new Vpc(id("HubVpc"), "Hub", List.of(Cidr.parse("10.0.0.0/16")), true, true, REGION));
    elements.add(new Vpc(id("SpokeVpc"), "Spoke", List.of(Cidr.parse("10.1.0.0/16")), true, true, REGION));
    elements.add(new Vpc(id("WestVpc"), "West", List.of(Cidr.parse("10.2.0.0/16")), true, true, west));
    elements.add(subnet("HubA", "Hub A", "HubVpc", "10.0.0.0/24", "us-east-1a"));
    elements.add(subnet("HubB", "Hub B", "HubVpc", "10.0.1.0/24", "us-east-1b"));
    elements.add(subnet("SpokeA", "Spoke A", "SpokeVpc", "10.1.0.0/24", "us-east-1a"));
    elements.add(subnet("WestA", "West A", "WestVpc", "10.2.0.0/24", "eu-west-1a"));
    elements.add(new RouteTable(id("HubRt"), "Hub", id("HubVpc"), true, List.of(Route.of("10.1.0.0/16", "Tgw")), List.of()));
    elements.add(new RouteTable(id("SpokeRt"), "Spoke", id("SpokeVpc"), true,
        List.of(Route.of("0.0.0.0/0", "Tgw"), Route.of("10.2.0.0/16", "WestPeering")), List.of(id("SpokeA"))));
    elements.add(new RouteTable(id("WestRt"), "West", id("WestVpc"), true, List.of(Route.of("10.1.0.0/16", "WestPeering")), List.of()));
    elements.add(new SecurityGroup(id("EndpointSg"), "Endpoints", id("HubVpc"), "HTTPS from the spokes",
        List.of(new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("10.0.0.0/8"), "")), List.of()));
    elements.add(new SecurityGroup(id("ResolverSg"), "Resolver", id("HubVpc"), "DNS from on-premises",
        List.of(new SecurityRule(Protocol.TCP, PortRange.single(53), RulePeer.parse("192.168.0.0/16"), ""),
            new SecurityRule(Protocol.UDP, PortRange.single(53), RulePeer.parse("192.168.0.0/16"), "")), List.of()));
    elements.add(new InterfaceEndpoint(id("SsmEndpoint"), "SSM", id("HubVpc"), "com.amazonaws.us-east-1.ssm",
        List.of(id("HubA"), id("HubB")), List.of(id("EndpointSg")), false, ""));
    elements.add(new GatewayEndpoint(id("S3Gateway"), "S3", id("HubVpc"), "com.amazonaws.us-east-1.s3", List.of(id("HubRt")), ""));
    elements.add(new InterfaceEndpoint(id("S3Interface"), "S3 for on-premises", id("HubVpc"), "com.amazonaws.us-east-1.s3",
        List.of(id("HubA")), List.of(id("EndpointSg")), true, "",
        dev.netwright.model.topology.InboundResolverDns.ONLY_INBOUND_RESOLVER));
    elements.add(new dev.netwright.model.topology.TransitGateway(id("Tgw"), "Hub TGW", REGION, 64512, true, true));
    elements.add(new dev.netwright.model.topology.TransitGateway(id("TgwWest"), "West TGW", west, 4_200_000_001L, false, false));
    elements.add(new dev.netwright.model.topology.TransitGateway(id("TgwSpare"), "", REGION, 65000, true, false));
    elements.add(new dev.netwright.model.topology.TransitGatewayVpcAttachment(id("HubAttachment"), "Hub", id("Tgw"), id("HubVpc"),
        List.of(id("HubA"), id("HubB"))));
    elements.add(new dev.netwright.model.topology.TransitGatewayVpcAttachment(id("SpokeAttachment"), "", id("Tgw"), id("SpokeVpc"),
        List.of(id("SpokeA"))));
    elements.add(new dev.netwright.model.topology.TransitGatewayVpcAttachment(id("WestAttachment"), "West", id("TgwWest"), id("WestVpc"),
        List.of(id("WestA"))));
    elements.add(new dev.netwright.model.topology.TransitGatewayVpnAttachment(id("OfficeVpn"), "Office", id("Tgw"),
        List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("172.16.0.0/12"))));
    elements.add(new dev.netwright.model.topology.TransitGatewayPeeringAttachment(id("TgwPeering"), "East-west", id("Tgw"), id("TgwWest")));
    elements.add(new dev.netwright.model.topology.TransitGatewayRouteTable(id("HubRoutes"), "Hub routes", id("Tgw"), true,
        List.of(id("HubAttachment")), List.of(),
        List.of(dev.netwright.model.topology.TransitGatewayRoute.to(Cidr.parse("10.2.0.0/16"), id("TgwPeering")),
            dev.netwright.model.topology.TransitGatewayRoute.to(Cidr.parse("172.16.0.0/12"), id("OfficeVpn")),
            dev.netwright.model.topology.TransitGatewayRoute.blackhole(Cidr.parse("10.99.0.0/16")))));
    elements.add(new dev.netwright.model.topology.TransitGatewayRouteTable(id("SpokeRoutes"), "Spoke routes", id("Tgw"), false,
        List.of(id("SpokeAttachment"), id("TgwPeering")), List.of(id("HubAttachment"), id("OfficeVpn")),
        List.of(dev.netwright.model.topology.TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("HubAttachment")))));
    elements.add(new dev.netwright.model.topology.TransitGatewayRouteTable(id("WestRoutes"), "", id("TgwWest"), false,
        List.of(id("WestAttachment"), id("TgwPeering")), List.of(id("WestAttachment")),
        List.of(dev.netwright.model.topology.TransitGatewayRoute.to(Cidr.parse("10.0.0.0/8"), id("TgwPeering")))));
    elements.add(new PeeringConnection(id("WestPeering"), "Spoke to west", id("SpokeVpc"), id("WestVpc")));
    elements.add(new dev.netwright.model.topology.HostedZone(id("SsmZone"), "SSM zone", "ssm.us-east-1.amazonaws.com",
        List.of(id("SpokeVpc"), id("WestVpc")),
        List.of(dev.netwright.model.topology.AliasRecord.of("ssm.us-east-1.amazonaws.com", "SsmEndpoint"),
            dev.netwright.model.topology.AliasRecord.of("*.ssm.us-east-1.amazonaws.com", "SsmEndpoint"))));
    elements.add(new dev.netwright.model.topology.HostedZone(id("EmptyZone"), "", "internal.example", List.of(), List.of()));
    elements.add(new dev.netwright.model.topology.ResolverEndpoint(id("Resolver"), "Inbound", id("HubVpc"),
        List.of(id("HubA"), id("HubB")), List.of(id("ResolverSg"))));
    return new Document("Transit", "Hub and spokes across regions", REGION, Topology.of(elements), Layout.empty());
  }

  static Subnet subnet(String id, String name, String vpc, String cidr, String zone) {
    return new Subnet(id(id), name, id(vpc), Cidr.parse(cidr), AvailabilityZone.of(zone));
  }

  /** The samples folder the build names, failing clearly when the tests run without it. */
  static Path samplesFolder() {
    String folder = System.getProperty("netwright.samples");
    if (folder == null || folder.isBlank()) {
      throw new IllegalStateException("the system property netwright.samples is not set: run the tests through Maven from the project root");
    }
    return Path.of(folder);
  }

  static List<Path> samples() throws IOException {
    Path folder = samplesFolder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.list(folder)) {
      return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
  }

  static String resource(String name) throws IOException {
    // a name with a folder is of another test folder (e.g. a template of another test folder)
    try (var in = CfnDesigns.class.getResourceAsStream(name.contains("/") ? "/" + name : "/cfn/" + name)) {
      if (in == null) {
        throw new IOException("no test resource cfn/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
