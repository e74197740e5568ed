package dev.netwright.model.format;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.cost.TrafficAssumption;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.path.Target;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
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
import dev.netwright.model.traffic.Traffic;
import dev.netwright.model.traffic.TrafficFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios of DOMAIN.md as designs: how the JSON files in {@code samples/} were first made
 * (laid out by {@link AutoLayout}). {@link SampleGenerator} writes them; the committed files are
 * what the application and the tests read.
 */
final class SampleDesigns {
  static final Region REGION = Region.US_EAST_1;
  private static final SecurityRule ALL_OUT = rule(Protocol.ALL, PortRange.ALL, "0.0.0.0/0", "all outbound traffic");

  private SampleDesigns() {
  }

  /** Each sample's file name and document, in the order of COMMON.md. */
  static Map<String, Document> all() {
    Map<String, Document> samples = new LinkedHashMap<>();
    samples.put("s3-gateway-endpoints.json", traffic(s3GatewayEndpoints(), 100, flow("PrivateSubnetA", "s3", 3000, 0),
        flow("PrivateSubnetB", "dynamodb", 150, 250)));
    samples.put("ssm-interface-endpoints.json", traffic(ssmInterfaceEndpoints(), 5, flow("PrivateSubnetA", "service:ssm", 2, 0),
        flow("PrivateSubnetB", "service:ssm", 2, 0)));
    samples.put("three-tier.json", traffic(threeTier(), 100, flow("PrivateSubnetA", "internet", 300, 1500),
        flow("PrivateSubnetB", "internet", 300, 1500)));
    samples.put("s3-cost-leak.json", traffic(s3CostLeak(), 100, flow("AppSubnetA", "s3", 8000, 12000),
        flow("AppSubnetB", "s3", 8000, 12000)));
    samples.put("onprem-vpn-s3-interface.json", traffic(onPremisesVpnS3Interface(), 100, flow("VpnGateway", "s3", 1500, 3000)));
    samples.put("peered-vpcs.json", traffic(peeredVpcs(), 100, flow("AppSubnetA", "DatabaseSubnetA", 500, 2000),
        flow("AppSubnetB", "DatabaseSubnetA", 500, 2000)));
    samples.put(LockedDownAclSample.FILE, LockedDownAclSample.document());
    samples.put(TransitSamples.HUB_AND_SPOKE, traffic(TransitSamples.hubAndSpoke(), 50, flow("AppSubnetA", "service:ecr.dkr", 400, 4000)));
    samples.put(TransitSamples.ONPREM_TGW_VPN, traffic(TransitSamples.onPremisesTransitVpn(), 50, flow("OfficeVpn", "s3", 1000, 2000)));
    return samples;
  }

  /** The traffic a sample states: flows named from-target, and the default for the rest. */
  private static Document traffic(Document document, double gbPerSubnet, TrafficFlow... flows) {
    return document.withTraffic(new Traffic(TrafficAssumption.of(gbPerSubnet), List.of(flows)));
  }

  private static TrafficFlow flow(String from, String to, double sent, double received) {
    Target target = Target.parse(to);
    return new TrafficFlow(ElementId.of(from + "-" + target.text().replace("service:", "")), ElementId.of(from), target,
        TrafficFlow.gigabytes(sent, "sent"), TrafficFlow.gigabytes(received, "received"));
  }

  static Document s3GatewayEndpoints() {
    List<Element> e = new ArrayList<>();
    e.add(vpc("AppVpc", "app-vpc", "10.0.0.0/16"));
    e.add(subnet("PublicSubnetA", "public-a", "AppVpc", "10.0.0.0/24", 'a'));
    e.add(subnet("PublicSubnetB", "public-b", "AppVpc", "10.0.1.0/24", 'b'));
    e.add(subnet("PrivateSubnetA", "private-a", "AppVpc", "10.0.10.0/24", 'a'));
    e.add(subnet("PrivateSubnetB", "private-b", "AppVpc", "10.0.11.0/24", 'b'));
    e.add(new InternetGateway(id("InternetGateway"), "app-igw", id("AppVpc")));
    e.add(new NatGateway(id("NatGatewayA"), "nat-a", id("PublicSubnetA"), true, "new"));
    e.add(table("PublicRouteTable", "public-rt", "AppVpc", List.of(Route.of("0.0.0.0/0", "InternetGateway")),
        "PublicSubnetA", "PublicSubnetB"));
    e.add(table("PrivateRouteTable", "private-rt", "AppVpc", List.of(Route.of("0.0.0.0/0", "NatGatewayA")),
        "PrivateSubnetA", "PrivateSubnetB"));
    e.add(gateway("S3GatewayEndpoint", "s3-gateway", "AppVpc", "s3", "PrivateRouteTable"));
    e.add(gateway("DynamoDbGatewayEndpoint", "dynamodb-gateway", "AppVpc", "dynamodb", "PrivateRouteTable"));
    e.add(new SecurityGroup(id("AppSecurityGroup"), "app-sg", id("AppVpc"), "Application servers in the private subnets",
        List.of(rule(Protocol.TCP, PortRange.single(8080), "10.0.0.0/16", "health checks and calls from inside the VPC")),
        List.of(rule(Protocol.TCP, PortRange.single(443), "pl-63a5400a", "HTTPS to S3 (its prefix list)"),
            rule(Protocol.TCP, PortRange.single(443), "pl-02cd2c6b", "HTTPS to DynamoDB (its prefix list)"),
            rule(Protocol.TCP, PortRange.single(443), "0.0.0.0/0", "HTTPS to other APIs through the NAT gateway"))));
    return document("S3 and DynamoDB through gateway endpoints",
        "Private subnets in two Availability Zones reach Amazon S3 and DynamoDB through gateway endpoints, so that their"
            + " traffic to those services stays on the AWS network and skips the NAT gateway (gateway endpoints are free;"
            + " the NAT gateway charges per GB). What to look at: PrivateRouteTable is associated with both"
            + " S3GatewayEndpoint and DynamoDbGatewayEndpoint, which adds the routes from the services' prefix lists to"
            + " them; those routes are more specific than 0.0.0.0/0, so a path from PrivateSubnetA or PrivateSubnetB to S3"
            + " uses S3GatewayEndpoint, while the rest of their internet traffic goes through NatGatewayA in PublicSubnetA"
            + " and InternetGateway. The public subnets reach S3 over the internet: try associating PublicRouteTable with"
            + " the endpoint and see their path change.",
        e);
  }

  static Document ssmInterfaceEndpoints() {
    List<Element> e = new ArrayList<>();
    e.add(vpc("ManagedVpc", "managed-vpc", "10.20.0.0/16"));
    e.add(subnet("PrivateSubnetA", "private-a", "ManagedVpc", "10.20.1.0/24", 'a'));
    e.add(subnet("PrivateSubnetB", "private-b", "ManagedVpc", "10.20.2.0/24", 'b'));
    e.add(table("PrivateRouteTable", "private-rt", "ManagedVpc", List.of(), "PrivateSubnetA", "PrivateSubnetB"));
    e.add(new SecurityGroup(id("EndpointSecurityGroup"), "ssm-endpoints-sg", id("ManagedVpc"),
        "HTTPS from the private subnets to the Systems Manager endpoints",
        List.of(rule(Protocol.TCP, PortRange.single(443), "10.20.1.0/24", "HTTPS from private-a"),
            rule(Protocol.TCP, PortRange.single(443), "10.20.2.0/24", "HTTPS from private-b")),
        List.of(ALL_OUT)));
    e.add(new SecurityGroup(id("InstanceSecurityGroup"), "managed-instances-sg", id("ManagedVpc"),
        "Instances managed through Session Manager: no inbound rule at all",
        List.of(),
        List.of(rule(Protocol.TCP, PortRange.single(443), "EndpointSecurityGroup", "HTTPS to the Systems Manager endpoints"))));
    e.add(endpoint("SsmEndpoint", "ssm", "ManagedVpc", "ssm", true, List.of("PrivateSubnetA", "PrivateSubnetB"), "EndpointSecurityGroup"));
    e.add(endpoint("SsmMessagesEndpoint", "ssmmessages", "ManagedVpc", "ssmmessages", true,
        List.of("PrivateSubnetA", "PrivateSubnetB"), "EndpointSecurityGroup"));
    e.add(endpoint("Ec2MessagesEndpoint", "ec2messages", "ManagedVpc", "ec2messages", true,
        List.of("PrivateSubnetA", "PrivateSubnetB"), "EndpointSecurityGroup"));
    return document("Session Manager through interface endpoints",
        "Instances in private subnets with no internet gateway and no NAT gateway are managed with AWS Systems Manager"
            + " Session Manager through three interface endpoints (ssm, ssmmessages, ec2messages), each with a network"
            + " interface in both Availability Zones. What to look at: private DNS is on for every endpoint and the VPC has"
            + " both DNS support and DNS hostnames on, so the services' public names resolve to the endpoints;"
            + " EndpointSecurityGroup admits TCP 443 from both private subnets; each subnet reaches each endpoint in its own"
            + " zone, with no cross-AZ charge. Try turning off DNS hostnames on ManagedVpc, or removing a rule of"
            + " EndpointSecurityGroup, and see which paths break and why.",
        e);
  }

  static Document threeTier() {
    List<Element> e = new ArrayList<>();
    e.add(vpc("ThreeTierVpc", "three-tier-vpc", "10.0.0.0/16"));
    e.add(new InternetGateway(id("InternetGateway"), "three-tier-igw", id("ThreeTierVpc")));
    List<String> publicSubnets = new ArrayList<>();
    char[] zones = {'a', 'b', 'c'};
    for (int i = 0; i < zones.length; i++) {
      char zone = zones[i];
      String upper = String.valueOf(Character.toUpperCase(zone));
      e.add(subnet("PublicSubnet" + upper, "public-" + zone, "ThreeTierVpc", "10.0." + i + ".0/24", zone));
      e.add(subnet("PrivateSubnet" + upper, "app-" + zone, "ThreeTierVpc", "10.0." + (10 + i) + ".0/24", zone));
      e.add(subnet("IsolatedSubnet" + upper, "data-" + zone, "ThreeTierVpc", "10.0." + (20 + i) + ".0/24", zone));
      e.add(new NatGateway(id("NatGateway" + upper), "nat-" + zone, id("PublicSubnet" + upper), true, "new"));
      e.add(table("PrivateRouteTable" + upper, "app-rt-" + zone, "ThreeTierVpc", List.of(Route.of("0.0.0.0/0", "NatGateway" + upper)),
          "PrivateSubnet" + upper));
      publicSubnets.add("PublicSubnet" + upper);
    }
    e.add(table("PublicRouteTable", "public-rt", "ThreeTierVpc", List.of(Route.of("0.0.0.0/0", "InternetGateway")),
        publicSubnets.toArray(String[]::new)));
    e.add(table("IsolatedRouteTable", "data-rt", "ThreeTierVpc", List.of(), "IsolatedSubnetA", "IsolatedSubnetB", "IsolatedSubnetC"));
    e.add(new SecurityGroup(id("WebSecurityGroup"), "web-sg", id("ThreeTierVpc"), "Load balancers in the public subnets",
        List.of(rule(Protocol.TCP, PortRange.single(443), "0.0.0.0/0", "HTTPS from anywhere"),
            rule(Protocol.TCP, PortRange.single(80), "0.0.0.0/0", "HTTP from anywhere, redirected to HTTPS")),
        List.of(rule(Protocol.TCP, PortRange.single(8080), "AppSecurityGroup", "to the application servers"))));
    e.add(new SecurityGroup(id("AppSecurityGroup"), "app-sg", id("ThreeTierVpc"), "Application servers in the private subnets",
        List.of(rule(Protocol.TCP, PortRange.single(8080), "WebSecurityGroup", "from the load balancers")),
        List.of(ALL_OUT)));
    e.add(new SecurityGroup(id("DatabaseSecurityGroup"), "db-sg", id("ThreeTierVpc"), "Databases in the isolated subnets",
        List.of(rule(Protocol.TCP, PortRange.single(5432), "AppSecurityGroup", "PostgreSQL from the application servers")),
        List.of()));
    return document("Three-tier VPC with a NAT gateway per zone",
        "A classic three-tier VPC across three Availability Zones: public subnets for load balancers (routed to"
            + " InternetGateway), private subnets for application servers, isolated subnets for databases (no route out"
            + " of the VPC at all). Each zone has its own NAT gateway with an Elastic IP in its public subnet, and each"
            + " private subnet's route table sends 0.0.0.0/0 to the NAT gateway of its own zone, so losing a zone does not"
            + " cut the others off and no traffic pays for crossing zones. What to look at: PrivateRouteTableA, B and C"
            + " each point at their own zone's NAT gateway; the isolated subnets reach nothing outside 10.0.0.0/16; the"
            + " security groups chain web-sg to app-sg to db-sg. Point PrivateRouteTableB at NatGatewayA to see a"
            + " cross-AZ path appear.",
        e);
  }

  static Document s3CostLeak() {
    List<Element> e = new ArrayList<>();
    e.add(vpc("AnalyticsVpc", "analytics-vpc", "10.30.0.0/16"));
    e.add(subnet("PublicSubnetA", "public-a", "AnalyticsVpc", "10.30.0.0/24", 'a'));
    e.add(subnet("AppSubnetA", "app-a", "AnalyticsVpc", "10.30.10.0/24", 'a'));
    e.add(subnet("AppSubnetB", "app-b", "AnalyticsVpc", "10.30.11.0/24", 'b'));
    e.add(new InternetGateway(id("InternetGateway"), "analytics-igw", id("AnalyticsVpc")));
    e.add(new NatGateway(id("NatGateway"), "nat-a", id("PublicSubnetA"), true, "new"));
    e.add(table("PublicRouteTable", "public-rt", "AnalyticsVpc", List.of(Route.of("0.0.0.0/0", "InternetGateway")), "PublicSubnetA"));
    e.add(table("AppRouteTable", "app-rt", "AnalyticsVpc", List.of(Route.of("0.0.0.0/0", "NatGateway")), "AppSubnetA", "AppSubnetB"));
    // the leak: the endpoint is attached to the public subnet's table, not to the app subnets' one
    e.add(gateway("S3GatewayEndpoint", "s3-gateway", "AnalyticsVpc", "s3", "PublicRouteTable"));
    e.add(new SecurityGroup(id("AppSecurityGroup"), "etl-workers-sg", id("AnalyticsVpc"), "ETL workers that read and write S3",
        List.of(), List.of(ALL_OUT)));
    return document("S3 cost leak: endpoint on the wrong route table",
        "An analytics VPC whose ETL workers in AppSubnetA and AppSubnetB move terabytes to and from Amazon S3. An S3"
            + " gateway endpoint exists, but it is associated with PublicRouteTable instead of AppRouteTable, so the app"
            + " subnets' S3 traffic follows 0.0.0.0/0 to NatGateway and pays the NAT gateway's per-GB charge (about"
            + " $0.045 per GB in us-east-1) although the endpoint would carry it for free. What to look at: the path from"
            + " AppSubnetA to S3 goes through NatGateway, whose own subnet's table (PublicRouteTable) hands it to the endpoint:"
            + " it stays off the internet but pays the NAT charge; validate warns NAT-COST-LEAK, and advise shows the saving."
            + " The fix: associate S3GatewayEndpoint with AppRouteTable, and watch the path switch to the endpoint and"
            + " its cost drop to zero.",
        e);
  }

  static Document onPremisesVpnS3Interface() {
    List<Element> e = new ArrayList<>();
    e.add(vpc("HybridVpc", "hybrid-vpc", "10.50.0.0/16"));
    e.add(subnet("PrivateSubnetA", "private-a", "HybridVpc", "10.50.1.0/24", 'a'));
    e.add(subnet("PrivateSubnetB", "private-b", "HybridVpc", "10.50.2.0/24", 'b'));
    e.add(new VpnGateway(id("VpnGateway"), "datacenter-vgw", id("HybridVpc"),
        List.of(Cidr.parse("192.168.0.0/16"), Cidr.parse("172.20.0.0/16"))));
    e.add(table("PrivateRouteTable", "private-rt", "HybridVpc",
        List.of(Route.of("172.20.0.0/16", "VpnGateway"), Route.of("192.168.0.0/16", "VpnGateway")), "PrivateSubnetA", "PrivateSubnetB"));
    e.add(new SecurityGroup(id("S3EndpointSecurityGroup"), "s3-endpoint-sg", id("HybridVpc"),
        "HTTPS to S3 from the on-premises networks and the VPC",
        List.of(rule(Protocol.TCP, PortRange.single(443), "192.168.0.0/16", "HTTPS from the data center"),
            rule(Protocol.TCP, PortRange.single(443), "172.20.0.0/16", "HTTPS from the offices"),
            rule(Protocol.TCP, PortRange.single(443), "10.50.0.0/16", "HTTPS from the VPC")),
        List.of(ALL_OUT)));
    e.add(endpoint("S3InterfaceEndpoint", "s3-interface", "HybridVpc", "s3", false, List.of("PrivateSubnetA", "PrivateSubnetB"),
        "S3EndpointSecurityGroup"));
    return document("On-premises to S3 over VPN through an interface endpoint",
        "The data center (192.168.0.0/16) and the offices (172.20.0.0/16) sit behind a site-to-site VPN on VpnGateway"
            + " and need Amazon S3 without crossing the internet. A gateway endpoint cannot serve them: its prefix-list"
            + " routes apply only to traffic that starts in the VPC. An S3 interface endpoint can: its network interfaces"
            + " in PrivateSubnetA and PrivateSubnetB have private addresses that the VPN reaches, and on-premises clients"
            + " use the endpoint's own DNS names (bucket.vpce-....s3.us-east-1.vpce.amazonaws.com), so private DNS is off."
            + " What to look at: S3EndpointSecurityGroup admits TCP 443 from both on-premises networks; PrivateRouteTable"
            + " routes both networks back to VpnGateway; the on-premises path to S3 uses S3InterfaceEndpoint. Try a gateway"
            + " endpoint instead and see the on-premises path fail.",
        e);
  }

  static Document peeredVpcs() {
    List<Element> e = new ArrayList<>();
    e.add(vpc("AppVpc", "app-vpc", "10.0.0.0/16"));
    e.add(vpc("DataVpc", "data-vpc", "10.1.0.0/16"));
    e.add(subnet("AppSubnetA", "app-a", "AppVpc", "10.0.1.0/24", 'a'));
    e.add(subnet("AppSubnetB", "app-b", "AppVpc", "10.0.2.0/24", 'b'));
    e.add(subnet("DatabaseSubnetA", "db-a", "DataVpc", "10.1.1.0/24", 'a'));
    e.add(subnet("DatabaseSubnetB", "db-b", "DataVpc", "10.1.2.0/24", 'b'));
    e.add(new PeeringConnection(id("AppDataPeering"), "app-to-data", id("AppVpc"), id("DataVpc")));
    e.add(table("AppRouteTable", "app-rt", "AppVpc", List.of(Route.of("10.1.0.0/16", "AppDataPeering")), "AppSubnetA", "AppSubnetB"));
    e.add(table("DataRouteTable", "data-rt", "DataVpc", List.of(Route.of("10.0.0.0/16", "AppDataPeering")),
        "DatabaseSubnetA", "DatabaseSubnetB"));
    e.add(new SecurityGroup(id("AppSecurityGroup"), "app-sg", id("AppVpc"), "Application servers",
        List.of(), List.of(rule(Protocol.TCP, PortRange.single(5432), "10.1.0.0/16", "PostgreSQL in the data VPC"))));
    e.add(new SecurityGroup(id("DatabaseSecurityGroup"), "db-sg", id("DataVpc"), "Databases shared with the app VPC",
        List.of(rule(Protocol.TCP, PortRange.single(5432), "10.0.0.0/16", "PostgreSQL from the app VPC")), List.of()));
    return document("Two peered VPCs",
        "An application VPC (10.0.0.0/16) and a data VPC (10.1.0.0/16) joined by a VPC peering connection. Their blocks do"
            + " not overlap, which peering requires, and each side's route table sends the other VPC's block to"
            + " AppDataPeering. What to look at: the path from AppSubnetA to DatabaseSubnetB crosses the peering"
            + " connection; DatabaseSecurityGroup admits PostgreSQL only from 10.0.0.0/16. Peering is not transitive:"
            + " a third VPC peered with DataVpc would not reach AppVpc through it. Remove the route in DataRouteTable to"
            + " see the return path break.",
        e);
  }

  private static Document document(String name, String description, List<Element> elements) {
    Topology topology = Topology.of(elements);
    return new Document(name, description, REGION, topology, AutoLayout.layout(topology));
  }

  static ElementId id(String value) {
    return ElementId.of(value);
  }

  private static Vpc vpc(String id, String name, String cidr) {
    return new Vpc(id(id), name, List.of(Cidr.parse(cidr)), true, true, REGION);
  }

  private static Subnet subnet(String id, String name, String vpc, String cidr, char zone) {
    return new Subnet(id(id), name, id(vpc), Cidr.parse(cidr), AvailabilityZone.of(REGION.name() + zone));
  }

  private static RouteTable table(String id, String name, String vpc, List<Route> routes, String... subnets) {
    return new RouteTable(id(id), name, id(vpc), false, routes, Arrays.stream(subnets).map(ElementId::of).toList());
  }

  private static GatewayEndpoint gateway(String id, String name, String vpc, String service, String... tables) {
    return new GatewayEndpoint(id(id), name, id(vpc), "com.amazonaws." + REGION.name() + "." + service,
        Arrays.stream(tables).map(ElementId::of).toList(), "");
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
