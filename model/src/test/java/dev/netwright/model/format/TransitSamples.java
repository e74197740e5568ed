package dev.netwright.model.format;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.AliasRecord;
import dev.netwright.model.topology.CustomerGateway;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.HostedZone;
import dev.netwright.model.topology.InboundResolverDns;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.ResolverEndpoint;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.TransitGateway;
import dev.netwright.model.topology.TransitGatewayRoute;
import dev.netwright.model.topology.TransitGatewayRouteTable;
import dev.netwright.model.topology.TransitGatewayVpcAttachment;
import dev.netwright.model.topology.TransitGatewayVpnAttachment;
import dev.netwright.model.topology.Vpc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The samples of designs joined by a transit gateway: {@code hub-and-spoke.json} (two spokes, shared
 * interface endpoints behind private hosted zones, an egress VPC) and {@code onprem-tgw-vpn.json}
 * (on-premises through a VPN attachment, names resolved by a Resolver inbound endpoint).
 */
final class TransitSamples {
  static final String HUB_AND_SPOKE = "hub-and-spoke.json";
  static final String ONPREM_TGW_VPN = "onprem-tgw-vpn.json";
  private static final Region REGION = Region.US_EAST_1;
  private static final SecurityRule ALL_OUT = rule(Protocol.ALL, PortRange.ALL, "0.0.0.0/0", "all outbound traffic");

  private TransitSamples() {
  }

  static Document hubAndSpoke() {
    List<Element> e = new ArrayList<>();
    e.add(TransitGateway.of(id("Tgw"), "hub", REGION).withDefaults(false, false));
    // two spokes: each sends everything to the transit gateway
    e.add(vpc("SpokeAVpc", "spoke-a", "10.1.0.0/16"));
    e.add(subnet("AppSubnetA", "app-a", "SpokeAVpc", "10.1.1.0/24", 'a'));
    e.add(subnet("AppSubnetB", "app-b", "SpokeAVpc", "10.1.2.0/24", 'b'));
    e.add(subnet("SpokeATgwSubnetA", "spoke-a-tgw-a", "SpokeAVpc", "10.1.250.0/28", 'a'));
    e.add(subnet("SpokeATgwSubnetB", "spoke-a-tgw-b", "SpokeAVpc", "10.1.250.16/28", 'b'));
    e.add(table("SpokeARouteTable", "spoke-a-rt", "SpokeAVpc", List.of(Route.of("0.0.0.0/0", "Tgw")),
        "AppSubnetA", "AppSubnetB", "SpokeATgwSubnetA", "SpokeATgwSubnetB"));
    e.add(attachment("SpokeAAttachment", "spoke-a", "SpokeAVpc", "SpokeATgwSubnetA", "SpokeATgwSubnetB"));
    e.add(vpc("SpokeBVpc", "spoke-b", "10.2.0.0/16"));
    e.add(subnet("BatchSubnetA", "batch-a", "SpokeBVpc", "10.2.1.0/24", 'a'));
    e.add(subnet("BatchSubnetB", "batch-b", "SpokeBVpc", "10.2.2.0/24", 'b'));
    e.add(subnet("SpokeBTgwSubnetA", "spoke-b-tgw-a", "SpokeBVpc", "10.2.250.0/28", 'a'));
    e.add(table("SpokeBRouteTable", "spoke-b-rt", "SpokeBVpc", List.of(Route.of("0.0.0.0/0", "Tgw")),
        "BatchSubnetA", "BatchSubnetB", "SpokeBTgwSubnetA"));
    e.add(attachment("SpokeBAttachment", "spoke-b", "SpokeBVpc", "SpokeBTgwSubnetA"));
    // shared services: the interface endpoints every spoke uses, private DNS off, behind private hosted zones
    e.add(vpc("SharedVpc", "shared-services", "10.100.0.0/16"));
    e.add(subnet("SharedSubnetA", "shared-a", "SharedVpc", "10.100.1.0/24", 'a'));
    e.add(subnet("SharedSubnetB", "shared-b", "SharedVpc", "10.100.2.0/24", 'b'));
    e.add(table("SharedRouteTable", "shared-rt", "SharedVpc", List.of(Route.of("10.0.0.0/8", "Tgw")), "SharedSubnetA", "SharedSubnetB"));
    e.add(attachment("SharedAttachment", "shared-services", "SharedVpc", "SharedSubnetA", "SharedSubnetB"));
    e.add(new SecurityGroup(id("SharedEndpointSecurityGroup"), "shared-endpoints-sg", id("SharedVpc"),
        "HTTPS to the shared endpoints from every VPC of the network",
        List.of(rule(Protocol.TCP, PortRange.single(443), "10.0.0.0/8", "HTTPS from the spokes and shared services")),
        List.of(ALL_OUT)));
    List<String> zones = new ArrayList<>();
    for (String[] service : new String[][] {{"Ssm", "ssm", "ssm"}, {"Sts", "sts", "sts"}, {"EcrApi", "ecr.api", "api.ecr"},
        {"EcrDkr", "ecr.dkr", "dkr.ecr"}}) {
      String endpoint = service[0] + "Endpoint";
      e.add(endpoint(endpoint, service[1] + "-shared", "SharedVpc", service[1], false, List.of("SharedSubnetA", "SharedSubnetB"),
          "SharedEndpointSecurityGroup"));
      String domain = service[2] + "." + REGION.name() + ".amazonaws.com";
      List<AliasRecord> records = new ArrayList<>(List.of(AliasRecord.of(domain, endpoint)));
      if (service[1].equals("ecr.dkr")) {
        records.add(AliasRecord.of("*." + domain, endpoint));
      }
      // the STS zone is not associated with spoke B: there sts resolves publicly and goes out through the egress VPC
      List<String> vpcs = service[1].equals("sts") ? List.of("SharedVpc", "SpokeAVpc") : List.of("SharedVpc", "SpokeAVpc", "SpokeBVpc");
      e.add(new HostedZone(id(service[0] + "Zone"), domain, domain, vpcs.stream().map(ElementId::of).toList(), records));
      zones.add(service[0] + "Zone");
    }
    // egress: the NAT gateways of the whole network
    e.add(vpc("EgressVpc", "egress", "10.200.0.0/16"));
    e.add(subnet("EgressPublicSubnetA", "egress-public-a", "EgressVpc", "10.200.1.0/24", 'a'));
    e.add(subnet("EgressPublicSubnetB", "egress-public-b", "EgressVpc", "10.200.2.0/24", 'b'));
    e.add(subnet("EgressTgwSubnetA", "egress-tgw-a", "EgressVpc", "10.200.250.0/28", 'a'));
    e.add(subnet("EgressTgwSubnetB", "egress-tgw-b", "EgressVpc", "10.200.250.16/28", 'b'));
    e.add(new InternetGateway(id("EgressInternetGateway"), "egress-igw", id("EgressVpc")));
    e.add(new NatGateway(id("EgressNatA"), "egress-nat-a", id("EgressPublicSubnetA"), true, "new"));
    e.add(new NatGateway(id("EgressNatB"), "egress-nat-b", id("EgressPublicSubnetB"), true, "new"));
    e.add(table("EgressPublicRouteTable", "egress-public-to-internet", "EgressVpc",
        List.of(Route.of("0.0.0.0/0", "EgressInternetGateway"), Route.of("10.0.0.0/8", "Tgw")), "EgressPublicSubnetA", "EgressPublicSubnetB"));
    e.add(table("EgressTgwRouteTableA", "egress-tgw-subnet-a-to-nat-a", "EgressVpc", List.of(Route.of("0.0.0.0/0", "EgressNatA")), "EgressTgwSubnetA"));
    e.add(table("EgressTgwRouteTableB", "egress-tgw-subnet-b-to-nat-b", "EgressVpc", List.of(Route.of("0.0.0.0/0", "EgressNatB")), "EgressTgwSubnetB"));
    e.add(attachment("EgressAttachment", "egress", "EgressVpc", "EgressTgwSubnetA", "EgressTgwSubnetB"));
    // the transit gateway's two route tables: spokes see shared services and the way out, not each other
    e.add(new TransitGatewayRouteTable(id("SpokeTgwRouteTable"), "spokes", id("Tgw"), false,
        ids("SpokeAAttachment", "SpokeBAttachment"), ids("SharedAttachment"),
        List.of(TransitGatewayRoute.to(Cidr.parse("0.0.0.0/0"), id("EgressAttachment")),
            TransitGatewayRoute.blackhole(Cidr.parse("10.0.0.0/8")))));
    e.add(new TransitGatewayRouteTable(id("SharedTgwRouteTable"), "shared-and-egress", id("Tgw"), false,
        ids("SharedAttachment", "EgressAttachment"), ids("SpokeAAttachment", "SpokeBAttachment", "SharedAttachment"), List.of()));
    return document("Hub and spoke: shared endpoints and central egress through a transit gateway",
        "Two spoke VPCs, a shared-services VPC and an egress VPC joined by transit gateway Tgw. The spokes send everything"
            + " (0.0.0.0/0) to Tgw. Their attachments are associated with SpokeTgwRouteTable, which holds the shared-services"
            + " block (propagated), 0.0.0.0/0 to the egress VPC and a blackhole for 10.0.0.0/8, so spokes never reach each other;"
            + " SharedTgwRouteTable, for the shared-services and egress attachments, holds every VPC's block for the way back."
            + " The SSM, STS and ECR (api and dkr) interface endpoints live once, in SharedVpc, with private DNS off; a private"
            + " hosted zone per service (ssm.us-east-1.amazonaws.com, ...) holds an alias record to its endpoint and is"
            + " associated with the spokes and SharedVpc. What to look at: AppSubnetA and AppSubnetB reach"
            + " service:ssm, service:sts, service:ecr.api and service:ecr.dkr through the shared endpoints (the hosted zone,"
            + " Tgw, the endpoint: $0.02 transit gateway + $0.01 endpoint per GB, never the internet); AppSubnetA and"
            + " BatchSubnetA reach the internet through Tgw and EgressNatA in the egress VPC; AppSubnetA does not reach"
            + " BatchSubnetA (the blackhole 10.0.0.0/8 drops it); BatchSubnetA reaches service:ssm through the shared endpoint"
            + " but resolves service:sts publicly (the STS zone is not associated with SpokeBVpc), so its STS traffic leaves"
            + " through the egress NAT gateway and the internet, paying NAT processing: validate warns SHARED-ENDPOINT-PUBLIC-DNS;"
            + " BatchSubnetB"
            + " reaches nothing outside its VPC, because SpokeBAttachment has no subnet in us-east-1b (a zone without an"
            + " attachment subnet cannot reach the transit gateway). SharedSubnetA reaches AppSubnetA and its replies come back.",
        e);
  }

  static Document onPremisesTransitVpn() {
    List<Element> e = new ArrayList<>();
    e.add(TransitGateway.of(id("Tgw"), "hybrid-hub", REGION));
    e.add(new TransitGatewayRouteTable(id("TgwDefaultRouteTable"), "default", id("Tgw"), true, List.of(), List.of(), List.of()));
    // the office's VPN device at a documentation address (RFC 5737), so that the sample applies
    e.add(new TransitGatewayVpnAttachment(id("OfficeVpn"), "office-vpn", id("Tgw"), List.of(Cidr.parse("192.168.0.0/16")),
        new CustomerGateway("203.0.113.10", CustomerGateway.DEFAULT_ASN)));
    e.add(vpc("AppVpc", "app", "10.10.0.0/16"));
    e.add(subnet("AppSubnetA", "app-a", "AppVpc", "10.10.1.0/24", 'a'));
    e.add(subnet("AppSubnetB", "app-b", "AppVpc", "10.10.2.0/24", 'b'));
    e.add(table("AppRouteTable", "app-rt", "AppVpc", List.of(Route.of("192.168.0.0/16", "Tgw"), Route.of("10.20.0.0/16", "Tgw"), Route.of("10.30.0.0/16", "Tgw")),
        "AppSubnetA", "AppSubnetB"));
    e.add(attachment("AppAttachment", "app", "AppVpc", "AppSubnetA", "AppSubnetB"));
    e.add(vpc("SharedVpc", "shared-dns-and-endpoints", "10.20.0.0/16"));
    e.add(subnet("SharedSubnetA", "shared-a", "SharedVpc", "10.20.1.0/24", 'a'));
    e.add(subnet("SharedSubnetB", "shared-b", "SharedVpc", "10.20.2.0/24", 'b'));
    e.add(table("SharedRouteTable", "shared-rt", "SharedVpc",
        List.of(Route.of("192.168.0.0/16", "Tgw"), Route.of("10.10.0.0/16", "Tgw")), "SharedSubnetA", "SharedSubnetB"));
    e.add(attachment("SharedAttachment", "shared", "SharedVpc", "SharedSubnetA", "SharedSubnetB"));
    e.add(new SecurityGroup(id("EndpointSecurityGroup"), "endpoints-sg", id("SharedVpc"), "HTTPS from the office and the VPCs",
        List.of(rule(Protocol.TCP, PortRange.single(443), "192.168.0.0/16", "HTTPS from the office"),
            rule(Protocol.TCP, PortRange.single(443), "10.0.0.0/8", "HTTPS from the VPCs")),
        List.of(ALL_OUT)));
    e.add(new SecurityGroup(id("ResolverSecurityGroup"), "resolver-sg", id("SharedVpc"), "DNS from the office",
        List.of(rule(Protocol.UDP, PortRange.single(53), "192.168.0.0/16", "DNS from the office resolvers"),
            rule(Protocol.TCP, PortRange.single(53), "192.168.0.0/16", "DNS over TCP from the office resolvers")),
        List.of(ALL_OUT)));
    e.add(new GatewayEndpoint(id("S3GatewayEndpoint"), "s3-gateway", id("SharedVpc"), "com.amazonaws." + REGION.name() + ".s3",
        List.of(id("SharedRouteTable")), ""));
    e.add(new InterfaceEndpoint(id("S3InterfaceEndpoint"), "s3-for-the-office", id("SharedVpc"), "com.amazonaws." + REGION.name() + ".s3",
        ids("SharedSubnetA", "SharedSubnetB"), ids("EndpointSecurityGroup"), true, "", InboundResolverDns.ONLY_INBOUND_RESOLVER));
    e.add(endpoint("SsmEndpoint", "ssm", "SharedVpc", "ssm", true, List.of("SharedSubnetA", "SharedSubnetB"), "EndpointSecurityGroup"));
    e.add(new ResolverEndpoint(id("InboundResolver"), "office-dns", id("SharedVpc"), ids("SharedSubnetA", "SharedSubnetB"),
        ids("ResolverSecurityGroup")));
    e.add(vpc("DataVpc", "data", "10.30.0.0/16"));
    e.add(subnet("DataSubnetA", "data-a", "DataVpc", "10.30.1.0/24", 'a'));
    e.add(table("DataRouteTable", "data-rt", "DataVpc", List.of(Route.of("10.10.0.0/16", "Tgw")), "DataSubnetA"));
    e.add(attachment("DataAttachment", "data", "DataVpc", "DataSubnetA"));
    return document("On-premises through a transit gateway VPN attachment",
        "The office network (192.168.0.0/16) reaches AWS through a site-to-site VPN attached to transit gateway Tgw. Tgw keeps"
            + " its defaults: every attachment is associated with, and propagates into, TgwDefaultRouteTable. SharedVpc holds an"
            + " S3 interface endpoint (private DNS on, PrivateDnsOnlyForInboundResolverEndpoint OnlyInboundResolver) next to"
            + " an S3 gateway endpoint, an SSM interface endpoint with private DNS, and a Route 53 Resolver inbound endpoint"
            + " where the office's DNS forwards amazonaws.com. What to look at: OfficeVpn reaches service:s3"
            + " privately through S3InterfaceEndpoint (the Resolver endpoint gives on-premises the interface's addresses) and"
            + " service:ssm through SsmEndpoint, each across Tgw; SharedSubnetA reaches s3 through the free gateway endpoint"
            + " (OnlyInboundResolver keeps the VPC's own traffic there); OfficeVpn reaches AppSubnetA and AppSubnetA reaches"
            + " OfficeVpn, replies included; AppSubnetA does not reach s3 (AppVpc has no endpoint and no default route);"
            + " OfficeVpn does not reach the internet through AWS; DataSubnetA does not reach OfficeVpn (DataRouteTable has no"
            + " route to 192.168.0.0/16), and OfficeVpn's traffic to DataSubnetA gets there but its replies do not come back"
            + " for the same reason: validate reports it as NO-RETURN-ROUTE (an error, so validate exits 1 on this sample by"
            + " design). Add 192.168.0.0/16 to Tgw in DataRouteTable to fix both.",
        e);
  }

  private static Document document(String name, String description, List<Element> elements) {
    Topology topology = Topology.of(elements);
    return new Document(name, description, REGION, topology, AutoLayout.layout(topology));
  }

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  private static List<ElementId> ids(String... values) {
    return Arrays.stream(values).map(ElementId::of).toList();
  }

  private static Vpc vpc(String id, String name, String cidr) {
    return new Vpc(id(id), name, List.of(Cidr.parse(cidr)), true, true, REGION);
  }

  private static Subnet subnet(String id, String name, String vpc, String cidr, char zone) {
    return new Subnet(id(id), name, id(vpc), Cidr.parse(cidr), AvailabilityZone.of(REGION.name() + zone));
  }

  private static RouteTable table(String id, String name, String vpc, List<Route> routes, String... subnets) {
    return new RouteTable(id(id), name, id(vpc), false, routes, ids(subnets));
  }

  private static TransitGatewayVpcAttachment attachment(String id, String name, String vpc, String... subnets) {
    return new TransitGatewayVpcAttachment(id(id), name, id("Tgw"), id(vpc), ids(subnets));
  }

  private static InterfaceEndpoint endpoint(String id, String name, String vpc, String service, boolean privateDns, List<String> subnets,
      String group) {
    return new InterfaceEndpoint(id(id), name, id(vpc), "com.amazonaws." + REGION.name() + "." + service,
        subnets.stream().map(ElementId::of).toList(), List.of(id(group)), privateDns, "");
  }

  private static SecurityRule rule(Protocol protocol, PortRange ports, String peer, String description) {
    return new SecurityRule(protocol, ports, RulePeer.parse(peer), description);
  }
}
