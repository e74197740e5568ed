package dev.netwright.bench;

import dev.netwright.model.AvailabilityZone;
import dev.netwright.model.Cidr;
import dev.netwright.model.ElementId;
import dev.netwright.model.Region;
import dev.netwright.model.topology.Element;
import dev.netwright.model.topology.GatewayEndpoint;
import dev.netwright.model.topology.InterfaceEndpoint;
import dev.netwright.model.topology.InternetGateway;
import dev.netwright.model.topology.NatGateway;
import dev.netwright.model.topology.PeeringConnection;
import dev.netwright.model.topology.Route;
import dev.netwright.model.topology.RouteDestination;
import dev.netwright.model.topology.RouteTable;
import dev.netwright.model.topology.RulePeer;
import dev.netwright.model.topology.SecurityGroup;
import dev.netwright.model.topology.SecurityRule;
import dev.netwright.model.topology.Subnet;
import dev.netwright.model.topology.Topology;
import dev.netwright.model.topology.Vpc;
import dev.netwright.model.topology.VpnGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * Realistic designs of any size for the benchmarks, built the way teams build production VPCs.
 * Each VPC (a /20 of 10.0.0.0/8, us-east-1) has six subnets over three Availability Zones (a
 * public and a private /24 in each), an internet gateway, a NAT gateway in each public subnet, the
 * main route table (default route to the internet gateway, used by the public subnets) and a
 * private route table per zone (default route to that zone's NAT gateway), S3 and DynamoDB gateway
 * endpoints on the private tables, four interface endpoints (ssm, ecr.api, sts, logs) with private
 * DNS and an interface in each private subnet, and three security groups (web, app, endpoints).
 * VPCs are peered in pairs (each private table routes the peer's block to the peering), and the
 * first VPC has a VPN gateway to an on-premises 192.168.0.0/16 that its private tables route to.
 */
public final class DesignGenerator {
  static final List<String> INTERFACE_SERVICES = List.of("ssm", "ecr.api", "sts", "logs");
  private static final Region REGION = Region.US_EAST_1;
  private static final String ZONES = "abc";

  private DesignGenerator() {
  }

  /** A design of at least {@code subnets} subnets: ⌈subnets / 6⌉ VPCs of six. */
  public static Topology generate(int subnets) {
    int vpcs = (subnets + 5) / 6;
    if (vpcs > 4096) {
      throw new IllegalArgumentException("10.0.0.0/8 holds 4096 VPCs of /20, not " + vpcs);
    }
    List<Element> elements = new ArrayList<>();
    for (int v = 0; v < vpcs; v++) {
      addVpc(elements, v, vpcs);
    }
    for (int v = 0; v + 1 < vpcs; v += 2) {
      elements.add(new PeeringConnection(id("Pcx", v), "", id("Vpc", v), id("Vpc", v + 1)));
    }
    return Topology.of(elements);
  }

  /** The block of VPC {@code v}: the v-th /20 of 10.0.0.0/8. */
  static Cidr block(int v) {
    return Cidr.parse("10.0.0.0/8").subnet(20, v);
  }

  /** The id of element {@code kind} of VPC {@code v}, e.g. {@code PrivateRtA-17}. */
  public static ElementId id(String kind, int v) {
    return ElementId.of(kind + "-" + v);
  }

  private static void addVpc(List<Element> elements, int v, int vpcs) {
    ElementId vpc = id("Vpc", v);
    Cidr block = block(v);
    elements.add(new Vpc(vpc, "vpc-" + v, List.of(block), true, true, REGION));
    List<ElementId> publicSubnets = new ArrayList<>();
    List<ElementId> privateSubnets = new ArrayList<>();
    for (int z = 0; z < 3; z++) {
      String zone = String.valueOf(Character.toUpperCase(ZONES.charAt(z)));
      AvailabilityZone az = REGION.zone(ZONES.charAt(z));
      ElementId publicSubnet = id("Public" + zone, v);
      ElementId privateSubnet = id("Private" + zone, v);
      elements.add(new Subnet(publicSubnet, "", vpc, block.subnet(24, z), az));
      elements.add(new Subnet(privateSubnet, "", vpc, block.subnet(24, 3 + z), az));
      publicSubnets.add(publicSubnet);
      privateSubnets.add(privateSubnet);
      elements.add(new NatGateway(id("Nat" + zone, v), "", publicSubnet, true, "eipalloc-" + v + zone.toLowerCase()));
    }
    elements.add(new InternetGateway(id("Igw", v), "", vpc));
    elements.add(new RouteTable(id("MainRt", v), "", vpc, true,
        List.of(new Route(RouteDestination.of(Cidr.ANYWHERE), id("Igw", v))), List.of()));
    int peer = v % 2 == 0 ? v + 1 : v - 1;
    List<ElementId> privateTables = new ArrayList<>();
    for (int z = 0; z < 3; z++) {
      String zone = String.valueOf(Character.toUpperCase(ZONES.charAt(z)));
      List<Route> routes = new ArrayList<>();
      routes.add(new Route(RouteDestination.of(Cidr.ANYWHERE), id("Nat" + zone, v)));
      if (peer < vpcs) {
        routes.add(new Route(RouteDestination.of(block(peer)), id("Pcx", Math.min(v, peer))));
      }
      if (v == 0) {
        routes.add(Route.of("192.168.0.0/16", id("Vgw", 0).value()));
      }
      ElementId table = id("PrivateRt" + zone, v);
      elements.add(new RouteTable(table, "", vpc, false, routes, List.of(privateSubnets.get(z))));
      privateTables.add(table);
    }
    elements.add(new GatewayEndpoint(id("S3", v), "", vpc, "com.amazonaws.us-east-1.s3", privateTables, ""));
    elements.add(new GatewayEndpoint(id("DynamoDb", v), "", vpc, "com.amazonaws.us-east-1.dynamodb", privateTables, ""));
    RulePeer fromVpc = new RulePeer.CidrPeer(block);
    elements.add(new SecurityGroup(id("WebSg", v), "web", vpc, "load balancers",
        List.of(SecurityRule.tcp(443, new RulePeer.CidrPeer(Cidr.ANYWHERE))), List.of(SecurityRule.all(new RulePeer.CidrPeer(Cidr.ANYWHERE)))));
    elements.add(new SecurityGroup(id("AppSg", v), "app", vpc, "application servers",
        List.of(SecurityRule.tcp(8080, new RulePeer.GroupPeer(id("WebSg", v)))), List.of(SecurityRule.all(new RulePeer.CidrPeer(Cidr.ANYWHERE)))));
    elements.add(new SecurityGroup(id("EndpointSg", v), "endpoints", vpc, "interface endpoints",
        v == 0 ? List.of(SecurityRule.tcp(443, fromVpc), SecurityRule.tcp(443, new RulePeer.CidrPeer(Cidr.parse("192.168.0.0/16"))))
            : List.of(SecurityRule.tcp(443, fromVpc)),
        List.of()));
    for (String service : INTERFACE_SERVICES) {
      elements.add(new InterfaceEndpoint(id(endpointName(service), v), "", vpc, "com.amazonaws.us-east-1." + service, privateSubnets,
          List.of(id("EndpointSg", v)), true, ""));
    }
    if (v == 0) {
      elements.add(new VpnGateway(id("Vgw", 0), "", vpc, List.of(Cidr.parse("192.168.0.0/16"))));
    }
  }

  /** The id stem of a service's interface endpoint: {@code ecr.api} gives {@code EcrApiEndpoint}. */
  static String endpointName(String service) {
    StringBuilder name = new StringBuilder();
    for (String part : service.split("\\.")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name + "Endpoint";
  }
}
