package dev.netwright.model.format;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.IpAddress;
import dev.netwright.model.PortRange;
import dev.netwright.model.Protocol;
import dev.netwright.model.Region;
import dev.netwright.model.document.Document;
import dev.netwright.model.layout.AutoLayout;
import dev.netwright.model.topology.AclAction;
import dev.netwright.model.topology.AclRule;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.NetworkAcl;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.Workload;
import dev.netwright.model.topology.WorkloadType;
import java.util.List;

/** The sample {@code samples/locked-down-acl.json}: a locked-down network ACL and workloads whose groups decide their way. */
final class LockedDownAclSample {
  static final String FILE = "locked-down-acl.json";
  private static final Region REGION = Region.US_EAST_1;

  private LockedDownAclSample() {
  }

  private static ElementId id(String value) {
    return ElementId.of(value);
  }

  private static Subnet subnet(String id, String name, String cidr, char zone) {
    return new Subnet(id(id), name, id("AppVpc"), Cidr.parse(cidr), AvailabilityZone.of(REGION.name() + zone));
  }

  private static SecurityRule tcp(int port, String peer, String description) {
    return new SecurityRule(Protocol.TCP, PortRange.single(port), RulePeer.parse(peer), description);
  }

  private static AclRule allow(int number, String ports, String cidr) {
    return AclRule.tcp(number, PortRange.parse(ports), Cidr.parse(cidr), AclAction.ALLOW);
  }

  /** The replies from inside the VPC and from S3's published ranges in us-east-1, and nothing else. */
  private static List<AclRule> lockedInbound() {
    List<AclRule> rules = new java.util.ArrayList<>(List.of(allow(100, "1024-65535", "10.0.0.0/16")));
    int number = 200;
    for (Cidr block : S3_RANGES) {
      rules.add(allow(number, "1024-65535", block.toString()));
      number += 10;
    }
    return rules;
  }

  /** PostgreSQL to the data subnet, HTTPS to the VPC's own addresses and to S3's published ranges, and nothing else. */
  private static List<AclRule> lockedOutbound() {
    List<AclRule> rules = new java.util.ArrayList<>(List.of(allow(100, "5432", "10.0.20.0/24"), allow(110, "443", "10.0.0.0/16")));
    int number = 200;
    for (Cidr block : S3_RANGES) {
      rules.add(allow(number, "443", block.toString()));
      number += 10;
    }
    return rules;
  }

  /** S3's published ranges in the region, adjacent blocks merged so the ACL stays within AWS's 20 rules per direction. */
  private static final List<Cidr> S3_RANGES = merged(dev.netwright.model.path.AwsServiceRanges.standard().of(REGION, "s3").orElseThrow());

  /** The same addresses in fewer blocks: two halves of one block become that block, until none are left to join. */
  static List<Cidr> merged(List<Cidr> blocks) {
    java.util.TreeSet<Cidr> set = new java.util.TreeSet<>(blocks);
    List<Cidr> all = List.copyOf(set);
    set.removeIf(block -> all.stream().anyMatch(other -> !other.equals(block) && other.contains(block)));
    boolean joined = true;
    while (joined) {
      joined = false;
      for (Cidr block : set) {
        if (block.prefixLength() == 0) {
          continue;
        }
        Cidr parent = new Cidr(block.network() & Cidr.mask(block.prefixLength() - 1), block.prefixLength() - 1);
        Cidr sibling = parent.subnet(block.prefixLength(), parent.network() == block.network() ? 1 : 0);
        if (set.contains(sibling)) {
          set.remove(block);
          set.remove(sibling);
          set.add(parent);
          joined = true;
          break;
        }
      }
    }
    return List.copyOf(set);
  }

  static Document document() {
    List<Element> e = List.of(
        new Vpc(id("AppVpc"), "app-vpc", List.of(Cidr.parse("10.0.0.0/16")), true, true, REGION),
        subnet("AppSubnet", "app", "10.0.10.0/24", 'a'),
        subnet("DataSubnet", "data", "10.0.20.0/24", 'b'),
        subnet("EndpointSubnet", "endpoints", "10.0.30.0/24", 'a'),
        new RouteTable(id("PrivateRouteTable"), "private-rt", id("AppVpc"), true, List.<Route>of(),
            List.of(id("AppSubnet"), id("DataSubnet"), id("EndpointSubnet"))),
        new GatewayEndpoint(id("S3GatewayEndpoint"), "s3-gateway", id("AppVpc"), "com.amazonaws.us-east-1.s3",
            List.of(id("PrivateRouteTable")), ""),
        new InterfaceEndpoint(id("SsmEndpoint"), "ssm", id("AppVpc"), "com.amazonaws.us-east-1.ssm", List.of(id("EndpointSubnet")),
            List.of(id("EndpointSecurityGroup")), true, ""),
        new SecurityGroup(id("EndpointSecurityGroup"), "endpoints-sg", id("AppVpc"), "HTTPS from the VPC to its interface endpoints",
            List.of(tcp(443, "10.0.0.0/16", "HTTPS from the VPC")), List.of()),
        new SecurityGroup(id("WebSecurityGroup"), "web-sg", id("AppVpc"), "Web servers: the database and the VPC's endpoints only",
            List.of(), List.of(tcp(5432, "DatabaseSecurityGroup", "PostgreSQL to the database"),
                tcp(443, "10.0.0.0/16", "HTTPS to the interface endpoints inside the VPC"))),
        new SecurityGroup(id("ReportSecurityGroup"), "report-sg", id("AppVpc"), "The report function: anything, anywhere",
            List.of(), List.of(new SecurityRule(Protocol.ALL, PortRange.ALL, RulePeer.parse("0.0.0.0/0"), "all outbound traffic"))),
        new SecurityGroup(id("DatabaseSecurityGroup"), "db-sg", id("AppVpc"), "PostgreSQL from the web servers only",
            List.of(tcp(5432, "WebSecurityGroup", "PostgreSQL from the web servers")),
            List.of(new SecurityRule(Protocol.ALL, PortRange.ALL, RulePeer.parse("0.0.0.0/0"), "all outbound traffic"))),
        new NetworkAcl(id("DefaultAcl"), "default-acl", id("AppVpc"), true, List.of(AclRule.allowAll(100)),
            List.of(AclRule.allowAll(100)), List.of()),
        new NetworkAcl(id("LockedAcl"), "locked-acl", id("AppVpc"), false, lockedInbound(), lockedOutbound(), List.of(id("AppSubnet"))),
        new Workload(id("Web1"), "web-1", WorkloadType.EC2_INSTANCE, id("AppSubnet"), IpAddress.parse("10.0.10.10"), false,
            List.of(id("WebSecurityGroup"))),
        new Workload(id("ReportFunction"), "report-fn", WorkloadType.LAMBDA, id("AppSubnet"), null, false,
            List.of(id("ReportSecurityGroup"))),
        new Workload(id("OrdersDatabase"), "orders-db", WorkloadType.RDS, id("DataSubnet"), IpAddress.parse("10.0.20.20"), false,
            List.of(id("DatabaseSecurityGroup"))));
    Topology topology = Topology.of(e);
    return new Document("A locked-down network ACL and workload security groups",
        "Private subnets with no way to the internet: the app subnet's network ACL (LockedAcl) lets out only PostgreSQL to the"
            + " data subnet and HTTPS to the VPC's own addresses and to S3's published ranges (rules 200"
            + "-" + (190 + 10 * S3_RANGES.size()) + ", as of " + dev.netwright.model.path.AwsServiceRanges.standard().asOf()
            + "), and lets in only"
            + " their replies; the data and endpoint subnets keep the default ACL. S3 is reached through S3GatewayEndpoint,"
            + " Systems Manager through SsmEndpoint in the endpoints subnet. What to look at: Web1 reaches OrdersDatabase on"
            + " TCP 5432 (web-sg lets PostgreSQL out to db-sg, db-sg admits web-sg, LockedAcl lets it out and the replies in)"
            + " and reaches service:ssm (HTTPS to 10.0.0.0/16); Web1 does not reach s3: web-sg allows HTTPS only to"
            + " 10.0.0.0/16, not to S3's addresses behind the gateway endpoint (add an egress rule to pl-63a5400a), which the"
            + " Problems panel reports. ReportFunction, whose group lets everything out, reaches s3 through the endpoint and"
            + " LockedAcl's S3 rules; it does not reach OrdersDatabase on TCP 22 (LockedAcl's outbound rule * stops it) nor on"
            + " TCP 5432 (db-sg admits only web-sg).",
        REGION, topology, AutoLayout.layout(topology));
  }
}
