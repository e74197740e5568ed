package dev.netwright.model.format;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.document.Bounds;
import dev.netwright.model.document.Document;
import dev.netwright.model.document.Layout;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayPeeringAttachment;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.NetworkAcl;
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
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;
import java.util.Map;

/** A small design with one element of every kind and every kind of route and rule peer, for format tests. */
final class EveryKindDesign {
  private EveryKindDesign() {
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  static Document document() {
    Region region = Region.US_EAST_1;
    List<Element> elements = List.of(
        // listed out of file order on purpose: the writer sorts
        new SecurityGroup(id("EndpointSg"), "endpoints", id("AppVpc"), "HTTPS from the app",
            List.of(new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("10.0.0.0/16"), "app subnets"),
                new SecurityRule(Protocol.TCP, new PortRange(1024, 65535), RulePeer.parse("AppSg"), ""),
                new SecurityRule(Protocol.TCP, PortRange.single(443), RulePeer.parse("pl-63a5400a"), "s3 \"list\"")),
            List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0")))),
        new SecurityGroup(id("AppSg"), "", id("AppVpc"), "", List.of(), List.of(SecurityRule.all(RulePeer.parse("0.0.0.0/0")))),
        new Vpc(id("AppVpc"), "app", List.of(Cidr.parse("10.0.0.0/16"), Cidr.parse("100.64.0.0/24")), true, true, region),
        new Vpc(id("OtherVpc"), "other", List.of(Cidr.parse("10.1.0.0/16")), false, false, region),
        Vpc.external(id("vpc-0partner"), List.of(Cidr.parse("10.2.0.0/16")), Region.of("eu-west-1"), "444455556666"),
        new Subnet(id("PublicSubnetA"), "public a", id("AppVpc"), Cidr.parse("10.0.0.0/24"), AvailabilityZone.of("us-east-1a")),
        new Subnet(id("PrivateSubnetA"), "private a", id("AppVpc"), Cidr.parse("10.0.10.0/24"), AvailabilityZone.of("us-east-1a")),
        new RouteTable(id("PublicRouteTable"), "public", id("AppVpc"), false, List.of(Route.of("0.0.0.0/0", "Igw")),
            List.of(id("PublicSubnetA"))),
        new RouteTable(id("PrivateRouteTable"), "private", id("AppVpc"), true,
            List.of(Route.of("0.0.0.0/0", "NatA"), Route.of("10.1.0.0/16", "Peering"), Route.of("192.168.0.0/16", "Vgw"),
                Route.of("pl-02cd2c6b", "SsmEndpoint"), Route.of("172.16.0.0/12", "Tgw")),
            List.of(id("PrivateSubnetA"))),
        new InternetGateway(id("Igw"), "igw", id("AppVpc")),
        new NatGateway(id("NatA"), "nat a", id("PublicSubnetA"), true, "eipalloc-0abc"),
        new GatewayEndpoint(id("S3Endpoint"), "s3", id("AppVpc"), "com.amazonaws.us-east-1.s3", List.of(id("PrivateRouteTable")),
            "{\"Statement\":[]}"),
        new InterfaceEndpoint(id("SsmEndpoint"), "ssm", id("AppVpc"), "com.amazonaws.us-east-1.ssm", List.of(id("PrivateSubnetA")),
            List.of(id("EndpointSg")), true, ""),
        new InterfaceEndpoint(id("S3Interface"), "s3 for on-premises", id("AppVpc"), "com.amazonaws.us-east-1.s3",
            List.of(id("PrivateSubnetA")), List.of(id("EndpointSg")), true, "", InboundResolverDns.ONLY_INBOUND_RESOLVER),
        new TransitGateway(id("Tgw"), "hub", region, 64512, true, false),
        new TransitGateway(id("TgwWest"), "hub west", Region.of("eu-west-1"), 4_200_000_001L, false, false),
        new TransitGatewayVpcAttachment(id("AppAttachment"), "app", id("Tgw"), id("AppVpc"), List.of(id("PrivateSubnetA"))),
        new TransitGatewayVpnAttachment(id("OfficeVpn"), "office", id("Tgw"), List.of(Cidr.parse("172.16.0.0/12")),
            new dev.netwright.model.topology.CustomerGateway("198.51.100.7", 65010)),
        new TransitGatewayPeeringAttachment(id("TgwPeering"), "east-west", id("Tgw"), id("TgwWest")),
        new TransitGatewayRouteTable(id("HubRoutes"), "hub routes", id("Tgw"), true, List.of(id("AppAttachment"), id("OfficeVpn")),
            List.of(id("AppAttachment")), List.of(TransitGatewayRoute.to(Cidr.parse("10.50.0.0/16"), id("TgwPeering")),
                TransitGatewayRoute.blackhole(Cidr.parse("10.99.0.0/16")))),
        new HostedZone(id("SsmZone"), "ssm", "ssm.us-east-1.amazonaws.com", List.of(id("OtherVpc")),
            List.of(AliasRecord.of("ssm.us-east-1.amazonaws.com", "SsmEndpoint"))),
        new ResolverEndpoint(id("Resolver"), "inbound", id("AppVpc"), List.of(id("PrivateSubnetA"), id("PublicSubnetA")),
            List.of(id("EndpointSg"))),
        new PeeringConnection(id("Peering"), "app-other", id("AppVpc"), id("OtherVpc")),
        new PeeringConnection(id("pcx-0partner"), "app-partner", id("AppVpc"), id("vpc-0partner")),
        new NetworkAcl(id("PrivateAcl"), "private", id("AppVpc"), false,
            List.of(AclRule.tcp(100, new PortRange(1024, 65535), Cidr.parse("0.0.0.0/0"), AclAction.ALLOW),
                new AclRule(110, Protocol.ICMP, null, 0, Cidr.parse("10.0.0.0/16"), AclAction.ALLOW)),
            List.of(AclRule.tcp(200, PortRange.single(22), Cidr.parse("0.0.0.0/0"), AclAction.DENY), AclRule.allowAll(100)),
            List.of(id("PrivateSubnetA"))),
        new NetworkAcl(id("DefaultAcl"), "", id("AppVpc"), true, List.of(AclRule.allowAll(100)), List.of(AclRule.allowAll(100)),
            List.of()),
        new Workload(id("Web1"), "web 1", WorkloadType.EC2_INSTANCE, id("PrivateSubnetA"), IpAddress.parse("10.0.10.25"), false,
            List.of(id("AppSg"))),
        new Workload(id("Fn"), "", WorkloadType.LAMBDA, id("PrivateSubnetA"), null, true, List.of()),
        new VpnGateway(id("Vgw"), "vgw", id("AppVpc"), List.of(Cidr.parse("192.168.0.0/16"))),
        new OpaqueResource(id("Instance"), "web", "AWS::EC2::Instance", "{\"ImageId\":\"ami-1\"}"));
    Layout layout = Layout.of(Map.of(
        id("AppVpc"), new Bounds(40, 40, 800, 500.5),
        id("PrivateSubnetA"), new Bounds(60, 112, 220, 110),
        id("Instance"), new Bounds(-10.25, 0, 150, 56)));
    return new Document("Every kind", "One of each, for tests.\nSecond line.", region, Topology.of(elements), layout);
  }
}
